import { h } from './dom.ts';

export interface PopupItem {
  primary: string;
  secondary?: string;
}

/**
 * The suggestion list above the composer (commands, choices, autocomplete answers): ↑/↓ move, Enter/Tab or a click
 * picks. The first item is active, as in Discord.
 */
export class Popup {
  readonly #element: HTMLElement;
  #items: PopupItem[] = [];
  #active = 0;
  #onPick: (index: number) => void = () => undefined;

  constructor(element: HTMLElement) {
    this.#element = element;
    // Keep the focus in the composer's input while clicking an item.
    element.addEventListener('mousedown', (event) => event.preventDefault());
  }

  get hasItems(): boolean {
    return !this.#element.hidden && this.#items.length > 0;
  }

  show(header: { title: string; detail?: string }, items: PopupItem[], onPick: (index: number) => void, note?: string) {
    this.#items = items;
    this.#active = 0;
    this.#onPick = onPick;
    const head = h('div', { class: 'pg-popup-header' }, [
      h('strong', {}, [header.title]),
      ...(header.detail ? [h('span', {}, [header.detail])] : []),
    ]);
    const rows = items.map((item, index) => {
      const row = h('div', { class: 'pg-popup-item', role: 'option', id: `pg-popup-item-${index}` }, [
        h('span', { class: 'pg-popup-primary' }, [item.primary]),
        ...(item.secondary ? [h('span', { class: 'pg-popup-secondary' }, [item.secondary])] : []),
      ]);
      row.addEventListener('click', () => this.#pick(index));
      row.addEventListener('mousemove', () => this.#highlight(index));
      return row;
    });
    const footer = note ? [h('div', { class: 'pg-popup-note' }, [note])] : [];
    this.#element.replaceChildren(head, ...rows, ...footer);
    this.#element.hidden = false;
    this.#highlight(0);
  }

  hide(): void {
    this.#element.hidden = true;
    this.#items = [];
  }

  /** Moves the active item, wrapping around; false when there is nothing to move through. */
  move(delta: number): boolean {
    if (!this.hasItems) return false;
    this.#highlight((this.#active + delta + this.#items.length) % this.#items.length);
    return true;
  }

  /** Picks the active item; false when the list is closed or empty (the key then does its usual job). */
  pickActive(): boolean {
    if (!this.hasItems) return false;
    this.#pick(this.#active);
    return true;
  }

  #pick(index: number): void {
    const onPick = this.#onPick;
    this.hide();
    onPick(index);
  }

  #highlight(index: number): void {
    this.#active = index;
    const rows = this.#element.querySelectorAll<HTMLElement>('.pg-popup-item');
    rows.forEach((row, i) => row.setAttribute('aria-selected', String(i === index)));
    rows[index]?.scrollIntoView({ block: 'nearest' });
  }
}
