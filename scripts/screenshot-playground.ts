/**
 * Regenerates docs/playground.png for the README: the real bot in the playground answering a question asked in
 * words (`/laureates ask`), with one project's card opened from the menu. Needs Chromium at /usr/bin/chromium.
 *
 *   npx tsx scripts/screenshot-playground.ts
 */
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../src/bot/config.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { startPlayground } from '../src/playground/start.ts';
import { MISSING_CHROMIUM, hasChromium, launchChromium } from '../test/browser/chromium.ts';
import { PlaygroundPage } from '../test/browser/playgroundPage.ts';

const OUTPUT = fileURLToPath(new URL('../docs/playground.png', import.meta.url));

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(MISSING_CHROMIUM.replace('browser tests skipped', 'cannot take the screenshot'));
  const logger = pino({ level: 'warn' });
  const playground = await startPlayground({
    config: { ...loadConfig({}), PLAYGROUND_PORT: 0 },
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
  const browser = await launchChromium();
  try {
    const ui = await PlaygroundPage.open(browser, playground.url, 1200, 1450);
    await ui.setLanguage('en-US');
    await ui.startCommand('/laureates ask');
    await ui.fillOption('question', 'which French regions work with Cameroon?');
    const list = await ui.send();
    await ui.expectText(list, 'Douala');
    const card = await ui.pickFromMenu(list, /Bordeaux.*Douala/);
    await ui.expectText(card, 'Share in channel');
    await ui.screenshot(OUTPUT);
    console.log(`Saved ${OUTPUT}`);
  } finally {
    await browser.close();
    await playground.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
