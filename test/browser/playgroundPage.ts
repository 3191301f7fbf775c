import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';

const TIMEOUT_MS = 5000;

/**
 * The playground page driven as a person would: type in the composer, pick suggestions, click buttons and menus.
 * Shared by the browser tests and the README screenshot script.
 */
export class PlaygroundPage {
  private constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string, width = 1200, height = 900): Promise<PlaygroundPage> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.goto(url);
    await page.locator('body[data-ready]').waitFor();
    return new PlaygroundPage(page);
  }

  /** Types "/laureates country" (or any subcommand) and picks it from the command list. */
  async startCommand(text: string): Promise<void> {
    await this.page.locator('#composer-text').fill(text);
    await this.suggestion(text).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.pg-command').waitFor();
  }

  option(name: string): Locator {
    return this.page.locator(`.pg-option-input[data-option="${name}"]`);
  }

  suggestion(text: string | RegExp): Locator {
    return this.page.locator('#popup .pg-popup-item', { hasText: text });
  }

  /** Types into an option; with `pick`, waits for that suggestion from the bot and clicks it. */
  async fillOption(name: string, text: string, pick?: string | RegExp): Promise<void> {
    await this.option(name).click();
    await this.option(name).pressSequentially(text, { delay: 20 });
    if (pick !== undefined) await this.suggestion(pick).click();
  }

  /**
   * Enter sends; resolves with the new message once it has arrived in the channel. The newest message is the last one
   * (ids grow with time), whatever the count: with a full history, the oldest leaves as a new one comes.
   */
  async send(): Promise<Locator> {
    const before = this.page.locator('discord-message:last-of-type');
    const previous = (await before.count()) > 0 ? await before.getAttribute('data-message-id') : null;
    await this.page.keyboard.press('Enter');
    await this.page.waitForFunction((id) => {
      const all = document.querySelectorAll('discord-message');
      return all.length > 0 && all[all.length - 1]?.getAttribute('data-message-id') !== id;
    }, previous);
    return this.message(await this.idOf(this.page.locator('discord-message').last()));
  }

  messages(): Locator {
    return this.page.locator('discord-message');
  }

  message(id: string): Locator {
    return this.page.locator(`discord-message[data-message-id="${id}"]`);
  }

  async idOf(message: Locator): Promise<string> {
    const id = await message.getAttribute('data-message-id');
    if (!id) throw new Error('message without id');
    return id;
  }

  /** Waits until `message` shows `text`, in its own markup or in what its web components draw (shadow DOM). */
  async expectText(message: Locator, ...texts: (string | RegExp)[]): Promise<void> {
    for (const text of texts) await message.getByText(text).first().waitFor();
  }

  /** Whether `message` shows `text` right now, looking into what its web components draw. */
  async shows(message: Locator, text: string | RegExp): Promise<boolean> {
    return (await message.getByText(text).count()) > 0;
  }

  /** Whether any part of `message` is within the visible part of the channel (not scrolled away). */
  async inView(message: Locator): Promise<boolean> {
    return message.evaluate((element) => {
      const scroller = document.getElementById('scroller');
      if (!scroller) throw new Error('the page has no #scroller');
      const box = element.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return box.height > 0 && box.bottom > view.top && box.top < view.bottom;
    });
  }

  button(message: Locator, label: string | RegExp): Locator {
    return message.locator('discord-button', { hasText: label });
  }

  /** Opens the message's select menu and picks the option labelled `label`; resolves with the new message. */
  async pickFromMenu(message: Locator, label: string | RegExp): Promise<Locator> {
    const before = await this.messages().count();
    await message.locator('discord-string-select-menu').click();
    await message.locator('discord-string-select-menu-option', { hasText: label }).click();
    await this.messages().nth(before).waitFor();
    return this.messages().nth(before);
  }

  /** Clicks a button that posts a new message (e.g. Share in channel) and resolves with it. */
  async clickForNewMessage(message: Locator, label: string | RegExp): Promise<Locator> {
    const before = await this.messages().count();
    await this.button(message, label).click();
    await this.messages().nth(before).waitFor();
    return this.messages().nth(before);
  }

  async setLanguage(locale: 'en-US' | 'fr'): Promise<void> {
    await this.page.locator('#locale').selectOption(locale);
  }

  async setUserName(name: string): Promise<void> {
    await this.page.locator('#user-name').fill(name);
    await this.page.locator('#user-name').press('Enter');
    await this.page.locator('#user-name').blur();
  }

  async screenshot(path: string): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await this.page.screenshot({ path });
  }
}
