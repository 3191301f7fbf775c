import { h } from './dom.ts';

const MAX_NOTICES = 3;

/** Visible, dismissable error lines above the composer: a failure is never a silent nothing. */
export class Notices {
  readonly #container: HTMLElement;
  #dismissLabel: string;

  constructor(container: HTMLElement, dismissLabel: string) {
    this.#container = container;
    this.#dismissLabel = dismissLabel;
  }

  setDismissLabel(label: string): void {
    this.#dismissLabel = label;
  }

  /** Shows `text`; a `key` replaces the previous notice with the same key instead of stacking. */
  show(text: string, key?: string): void {
    if (key) this.clear(key);
    const close = h('button', { type: 'button', class: 'pg-notice-close', 'aria-label': this.#dismissLabel }, ['×']);
    const notice = h('div', { class: 'pg-notice', role: 'alert', 'data-key': key }, [h('span', {}, [text]), close]);
    close.addEventListener('click', () => notice.remove());
    this.#container.append(notice);
    while (this.#container.children.length > MAX_NOTICES) this.#container.firstElementChild?.remove();
  }

  /**
   * Clears the notices about what the person did last (not the standing ones with a key, like a lost connection): the
   * next thing they do starts with a clean slate, so an old error never reads as the answer to a new command.
   */
  clearTransient(): void {
    for (const notice of Array.from(this.#container.querySelectorAll<HTMLElement>('.pg-notice'))) {
      if (notice.dataset.key === undefined) notice.remove();
    }
  }

  clear(key: string): void {
    for (const notice of Array.from(this.#container.querySelectorAll<HTMLElement>('.pg-notice'))) {
      if (notice.dataset.key === key) notice.remove();
    }
  }
}
