import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** The system Chromium (Debian's `chromium` package): playwright-core never downloads browsers. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
export const MISSING_CHROMIUM = `browser tests skipped: ${CHROMIUM_PATH} not found (apt-get install chromium)`;

/** Headless, quiet, offline-friendly: no first-run UI, no background downloads or sync. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
