import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playground } from '../../src/playground/start.ts';
import { startTestPlayground } from '../support/playground.ts';
import { MISSING_CHROMIUM, hasChromium, launchChromium } from './chromium.ts';
import { PlaygroundPage } from './playgroundPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));
const STEP_TIMEOUT_MS = 20_000;

if (!hasChromium) console.warn(MISSING_CHROMIUM);

/** Plain messages, the DM with the bot and the message menu, used in the page as a person would. */
describe.skipIf(!hasChromium)('playground messages in a browser', () => {
  let playground: Playground;
  let browser: Browser;
  let ui: PlaygroundPage;
  const pageErrors: string[] = [];
  const shot = (name: string) => ui.screenshot(`${ARTIFACTS}${name}.png`);

  beforeAll(async () => {
    playground = await startTestPlayground();
    browser = await launchChromium();
    ui = await PlaygroundPage.open(browser, playground.url);
    ui.page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  const visible = () => ui.page.locator('discord-message:visible');

  it(
    'a typed message mentioning @laureates-bot is answered as a reply quoting it',
    async () => {
      await ui.page.locator('#composer-text').fill('@laureates quels projets au Bénin ?');
      await ui.page.keyboard.press('Enter');
      const asked = visible().filter({ hasText: '@laureates-bot quels projets au Bénin ?' }).first();
      await asked.waitFor();
      const reply = ui.page.locator('discord-message:visible:has(discord-reply)').first();
      await reply.waitFor();
      await ui.expectText(reply.locator('discord-reply'), '@laureates-bot quels projets au Bénin ?');
      expect(await ui.page.locator('#composer-text').inputValue()).toBe('');
      await shot('messages-01-mention-reply');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the answer’s “understood” line (`-# `) is small grey subtext, as Discord draws it, not literal',
    async () => {
      const reply = ui.page.locator('discord-message:visible:has(discord-reply)').first();
      const subtext = reply.locator('.pg-subtext').first();
      await ui.expectText(subtext, /^Compris : /);
      expect(await reply.textContent()).not.toContain('-# ');
      const size = (selector: string) =>
        reply
          .locator(selector)
          .first()
          .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
      expect(await size('.pg-subtext')).toBeLessThan(await size('discord-embed-description'));
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'right-click on a message → Apps → Find laureates answers privately',
    async () => {
      const before = await ui.messages().count();
      const asked = visible().filter({ hasText: '@laureates-bot quels projets au Bénin ?' }).first();
      await asked.click({ button: 'right', position: { x: 200, y: 10 } });
      const item = ui.page.locator('.pg-message-menu .pg-message-menu-item', { hasText: 'Find laureates' });
      await item.waitFor();
      await shot('messages-02-menu');
      await item.click();
      const answer = ui.messages().nth(before);
      await answer.waitFor();
      expect(await answer.getAttribute('ephemeral')).not.toBeNull();
      await ui.expectText(answer.locator('discord-command'), /Find laureates/);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the DM tab shows only this person’s DM, where any message is a question',
    async () => {
      await ui.page.locator('.pg-place[data-place="dm"]').click();
      expect(await visible().count()).toBe(0);
      await ui.page.locator('#composer-text').fill('water');
      await ui.page.keyboard.press('Enter');
      await visible().filter({ hasText: 'water' }).first().waitFor();
      await ui.page.locator('discord-message:visible:has(discord-reply)').first().waitFor();
      await shot('messages-03-dm');
      await ui.page.locator('.pg-place[data-place="guild"]').click();
      await visible().filter({ hasText: '@laureates-bot quels projets au Bénin ?' }).first().waitFor();
      expect(
        await visible()
          .filter({ hasText: /^water$/ })
          .count(),
      ).toBe(0);
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
