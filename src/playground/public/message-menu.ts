import type { PageMessage } from '../message-view.ts';
import { h } from './dom.ts';
import type { MessageStrings } from './message-strings.ts';

/** A message command as the menu lists it: its name in the page's language. */
export interface MessageCommandItem {
  label: string;
}

/**
 * The "…" button on every message and its right-click menu, as in Discord: Apps → the bot's message commands. One
 * floating menu for the whole page; choosing an item runs that command on the message.
 */
export class MessageMenu {
  readonly #menu: HTMLElement;
  #items: () => MessageCommandItem[];
  #strings: MessageStrings;
  readonly #run: (message: PageMessage) => void;

  constructor(items: () => MessageCommandItem[], strings: MessageStrings, run: (message: PageMessage) => void) {
    this.#items = items;
    this.#strings = strings;
    this.#run = run;
    this.#menu = h('div', { class: 'pg-message-menu', role: 'menu', hidden: true });
    document.body.append(this.#menu);
    document.addEventListener('click', (event) => {
      if (!this.#menu.contains(event.target as Node)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  setStrings(strings: MessageStrings): void {
    this.#strings = strings;
  }

  /** Adds the "…" button to a rendered message, and the same menu on right-click. */
  attach(element: HTMLElement, message: PageMessage): void {
    const more = h(
      'button',
      { type: 'button', class: 'pg-message-more', 'aria-label': this.#strings.moreActions, 'aria-haspopup': 'menu' },
      ['…'],
    );
    more.addEventListener('click', (event) => {
      event.stopPropagation();
      const box = more.getBoundingClientRect();
      this.open(message, box.left, box.bottom);
    });
    element.addEventListener('contextmenu', (event) => {
      event.preventDefault();
      this.open(message, event.clientX, event.clientY);
    });
    element.append(more);
  }

  open(message: PageMessage, x: number, y: number): void {
    const items = this.#items();
    const entries =
      items.length === 0
        ? [h('div', { class: 'pg-message-menu-empty' }, [this.#strings.noMessageCommand])]
        : items.map((item) => {
            const entry = h('button', { type: 'button', class: 'pg-message-menu-item', role: 'menuitem' }, [
              item.label,
            ]);
            entry.addEventListener('click', () => {
              this.close();
              this.#run(message);
            });
            return entry;
          });
    this.#menu.replaceChildren(h('div', { class: 'pg-message-menu-title' }, [this.#strings.apps]), ...entries);
    this.#menu.hidden = false;
    // Kept on screen: opened near the right or bottom edge, it grows towards the middle.
    const { width, height } = this.#menu.getBoundingClientRect();
    this.#menu.style.left = `${Math.max(4, Math.min(x, window.innerWidth - width - 4))}px`;
    this.#menu.style.top = `${Math.max(4, Math.min(y, window.innerHeight - height - 4))}px`;
    this.#menu.querySelector<HTMLElement>('.pg-message-menu-item')?.focus();
  }

  close(): void {
    this.#menu.hidden = true;
  }
}
