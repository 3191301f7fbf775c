import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userNamed } from '../../src/playground/users.ts';
import type { Playground } from '../../src/playground/start.ts';
import { startTestPlayground } from '../support/playground.ts';
import { MISSING_CHROMIUM, hasChromium, launchChromium } from './chromium.ts';
import { PlaygroundPage } from './playgroundPage.ts';

const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));
const STEP_TIMEOUT_MS = 20_000;

if (!hasChromium) console.warn(MISSING_CHROMIUM);

/** One person's session in the playground, step by step; each step leaves a screenshot in artifacts/browser/. */
describe.skipIf(!hasChromium)('playground in a browser', () => {
  let playground: Playground;
  let browser: Browser;
  let ui: PlaygroundPage;
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const shot = (name: string) => ui.screenshot(`${ARTIFACTS}${name}.png`);

  beforeAll(async () => {
    playground = await startTestPlayground();
    browser = await launchChromium();
    ui = await PlaygroundPage.open(browser, playground.url);
    ui.page.on('pageerror', (error) => pageErrors.push(error.message));
    ui.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
  });

  it('opens on an empty channel with the composer ready', async () => {
    await shot('01-open');
    expect(await ui.page.locator('#composer-text').getAttribute('placeholder')).toMatch(/Type \//);
  });

  it(
    'runs /laureates country with the bot’s autocomplete and shows both projects in Benin',
    async () => {
      await ui.startCommand('/laureates country');
      await ui.fillOption('name', 'benin');
      const suggestion = ui.suggestion('Benin (BJ) · 2 projects');
      await suggestion.waitFor();
      await shot('02-autocomplete');
      await suggestion.click();
      expect(await ui.option('name').inputValue()).toContain('Benin (BJ)');

      const reply = await ui.send();
      await ui.expectText(reply, 'Benin · 2 projects', 'Région Grand Est', 'Région Centrale', 'Cergy-Pontoise');
      await ui.expectText(reply, 'Porto Novo', 'Only you can see this');
      expect(await reply.locator('discord-command').getAttribute('command')).toBe('/laureates country');
      await shot('03-country-benin');
    },
    STEP_TIMEOUT_MS,
  );

  let listId = '';

  it(
    'pages a 16-result search forward with ▶, updating the message in place',
    async () => {
      await ui.startCommand('/laureates search');
      await ui.fillOption('query', '2021');
      await ui.page.keyboard.press('Escape'); // send what was typed, not the highlighted suggestion
      const list = await ui.send();
      listId = await ui.idOf(list);
      await ui.button(list, 'Page 1/2').waitFor();
      const count = await ui.messages().count();

      await ui.button(list, '▶').click();
      await ui.button(ui.message(listId), 'Page 2/2').waitFor();
      expect(await ui.messages().count()).toBe(count);
      expect(await ui.message(listId).innerText()).toContain('16 projects · Page 2/2');
      // First and last page: the buttons that lead nowhere are drawn disabled.
      expect(await ui.button(ui.message(listId), '▶').getAttribute('disabled')).not.toBeNull();
      await shot('04-search-page-2');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'opens a project card from the menu and shares it under the user’s name',
    async () => {
      await ui.setUserName('Grace Hopper');
      const card = await ui.pickFromMenu(ui.message(listId), 'Ifs → Debar');
      await ui.expectText(card, 'French lead authority', 'Only you can see this');
      await shot('05-card');

      const shared = await ui.clickForNewMessage(card, 'Share in channel');
      await ui.expectText(shared, 'Shared by Grace Hopper');
      expect(await ui.shows(shared, 'Only you can see this')).toBe(false);
      expect(await shared.locator('strong', { hasText: 'Grace Hopper' }).count()).toBe(1);
      await shot('06-shared');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'speaks French after the language switch: composer, options and the bot’s replies',
    async () => {
      await ui.setLanguage('fr');
      expect(await ui.page.locator('#composer-text').getAttribute('placeholder')).toMatch(/Tapez \//);
      await ui.startCommand('/laureats pays');
      expect(await ui.page.locator('.pg-option-name').first().innerText()).toBe('nom:');
      await ui.fillOption('name', 'bénin', 'Bénin (BJ)');
      const reply = await ui.send();
      await ui.expectText(reply, 'Bénin · 2 projets');
      // The page's own chrome speaks French too, the words the Discord components draw included.
      await ui.expectText(reply, 'a utilisé', 'Vous seul pouvez voir ceci', 'Ignorer le message');
      expect(await ui.shows(reply, 'Only you can see this')).toBe(false);
      expect(await ui.shows(reply, /^\s*used\s*$/)).toBe(false);
      expect(await ui.page.locator('.pg-hint').innerText()).toContain('Échap, puis Entrée');

      const card = await ui.pickFromMenu(reply, 'Cergy-Pontoise → Porto Novo');
      await ui.expectText(card, 'Collectivité chef de file');
      // Another person: Grace Hopper shared a card moments ago, and one person shares at most once per 5 s.
      await ui.setUserName('Marie Curie');
      const shared = await ui.clickForNewMessage(card, 'Partager dans le salon');
      await ui.expectText(shared, 'Partagé par Marie Curie');
      await shot('07-french');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows markup typed by the user as text, never as HTML',
    async () => {
      const hostile = '<img src=x onerror=alert(1)>';
      await ui.setUserName(hostile);
      await ui.startCommand('/laureats recherche');
      await ui.fillOption('query', '<b>gras</b>');
      await ui.page.keyboard.press('Escape');
      const reply = await ui.send();
      // Both drawn as the literal text typed: the name in the "used /command" line, the query in the reply.
      await ui.expectText(reply, hostile, '<b>gras</b>');
      expect(await ui.page.locator('img[src="x"], b').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await shot('08-escaped-input');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a notice about the last action goes away with the next one',
    async () => {
      await ui.setLanguage('fr');
      await ui.startCommand('/laureats pays');
      await ui.page.keyboard.press('Enter');
      const notice = ui.page.locator('.pg-notice', { hasText: '« nom » est obligatoire.' });
      await notice.waitFor();
      await ui.page.locator('.pg-chip-cancel').click();
      await ui.startCommand('/laureats stats');
      await ui.send();
      expect(await notice.count()).toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it('reloaded with 200 messages of history, it opens at the latest and a new reply is in view', async () => {
    for (let index = 1; index <= 200; index++) {
      playground.fake.postUserMessage({
        content: `history message ${index}`,
        channel: 'guild',
        user: userNamed('Filler'),
      });
    }
    await ui.page.reload();
    await ui.page.locator('body[data-ready]').waitFor();
    const last = ui.messages().filter({ hasText: 'history message 200' });
    await last.waitFor();
    await expect.poll(() => ui.inView(last), { timeout: 5000 }).toBe(true);

    await ui.startCommand('/laureats stats');
    const reply = await ui.send();
    await ui.expectText(reply, 'Les lauréats en chiffres');
    await expect.poll(() => ui.inView(reply), { timeout: 5000 }).toBe(true);
    await shot('10-reloaded-history');

    // Scrolled up to read: a new message does not pull the reader down…
    await ui.page.locator('#scroller').evaluate((scroller) => (scroller.scrollTop = 0));
    playground.fake.postUserMessage({ content: 'while you read', channel: 'guild', user: userNamed('Filler') });
    const arrived = ui.messages().filter({ hasText: 'while you read' });
    await arrived.waitFor({ state: 'attached' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ui.inView(arrived)).toBe(false);
    expect(await ui.page.locator('#scroller').evaluate((scroller) => scroller.scrollTop)).toBe(0);
    // …and what they send brings them back to the latest, with its answer in view.
    await ui.startCommand('/laureats aide');
    const help = await ui.send();
    await expect.poll(() => ui.inView(help), { timeout: 5000 }).toBe(true);
  }, 30_000);

  it(
    'fits a 390 px phone screen, header included, in both languages',
    async () => {
      const phone = await PlaygroundPage.open(browser, playground.url, 390, 844);
      try {
        for (const locale of ['en-US', 'fr'] as const) {
          await phone.setLanguage(locale);
          const overflow = await phone.page.evaluate(() => {
            const header = document.querySelector('.pg-header') as HTMLElement;
            const outside = Array.from(header.querySelectorAll<HTMLElement>('*')).filter(
              (element) => element.getClientRects().length > 0 && element.getBoundingClientRect().right > 390.5,
            );
            return {
              page: document.documentElement.scrollWidth,
              header: header.scrollWidth - header.clientWidth,
              outside: outside.map((element) => element.className || element.tagName),
            };
          });
          expect(overflow, locale).toEqual({ page: 390, header: 0, outside: [] });
          await phone.screenshot(`${ARTIFACTS}11-phone-390-${locale}.png`);
        }
        expect(await phone.page.locator('.pg-hint').isVisible()).toBe(true);
      } finally {
        await phone.page.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says so on the page when an option is missing or the bot does not answer',
    async () => {
      await ui.startCommand('/laureats pays');
      await ui.page.keyboard.press('Enter');
      await ui.page.locator('.pg-notice', { hasText: '« nom » est obligatoire.' }).waitFor();

      // Every callback the bot tries now fails, as if Discord were down: the page must not stay silent.
      playground.fake.failNext({ method: 'POST', pathIncludes: '/callback' }, { status: 500 }, 100);
      await ui.page.locator('.pg-chip-cancel').click();
      await ui.startCommand('/laureats stats');
      await ui.page.keyboard.press('Enter');
      await ui.page.locator('.pg-notice', { hasText: 'did not respond' }).waitFor({ timeout: 10_000 });
      await shot('09-errors');
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
