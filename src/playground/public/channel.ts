import type { PageMessage } from '../message-view.ts';
import { renderMessage } from './render.ts';
import type { RenderContext } from './render.ts';

/** Within this many pixels of the bottom, the channel follows new content (as Discord does). */
const STICK_TO_BOTTOM_PX = 80;

/**
 * The channel: messages by id, each re-rendered in place when the bot edits it (pagination) and appended in id order
 * when new. Snowflake ids grow with time, so comparing them orders messages.
 */
export class Channel {
  readonly #list: HTMLElement;
  readonly #scroller: HTMLElement;
  #stuck = true;
  readonly #messages = new Map<string, { data: PageMessage; element: HTMLElement }>();
  readonly #dismissed = new Set<string>();
  #context: RenderContext;
  #shown: (message: PageMessage) => boolean = () => true;

  constructor(list: HTMLElement, scroller: HTMLElement, context: RenderContext) {
    this.#list = list;
    this.#scroller = scroller;
    this.#context = context;
    // The web components draw after insertion, so the height only settles later: follow it while the reader is at
    // the bottom, and leave them be once they scrolled up to read. Only a move up lets go: during the first bulk
    // render of the history the content grows far below a scroll position that has not moved, which once read as
    // "scrolled up" and left the channel mid-history, with every new reply off-screen.
    let lastTop = scroller.scrollTop;
    scroller.addEventListener('scroll', () => {
      const fromBottom = scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight;
      if (fromBottom < STICK_TO_BOTTOM_PX) this.#stuck = true;
      else if (scroller.scrollTop < lastTop) this.#stuck = false;
      lastTop = scroller.scrollTop;
    });
    new ResizeObserver(() => {
      if (this.#stuck) this.#toBottom();
    }).observe(list);
  }

  /** Back to the latest message and following again, as Discord does when you send something. */
  followLatest(): void {
    this.#stuck = true;
    this.#toBottom();
  }

  #toBottom(): void {
    this.#scroller.scrollTop = this.#scroller.scrollHeight;
  }

  upsert(data: PageMessage): void {
    if (this.#dismissed.has(data.id)) return;
    const element = renderMessage(data, this.#context);
    const existing = this.#messages.get(data.id);
    if (existing) {
      existing.element.replaceWith(element);
    } else {
      const later = [...this.#messages.values()].find((entry) => BigInt(entry.data.id) > BigInt(data.id));
      this.#list.insertBefore(element, later?.element ?? null);
    }
    element.hidden = !this.#shown(data);
    this.#messages.set(data.id, { data, element });
  }

  /** Shows only the messages of one place (the guild channel or a DM); the others stay, hidden. */
  setFilter(shown: (message: PageMessage) => boolean): void {
    this.#shown = shown;
    for (const { data, element } of this.#messages.values()) element.hidden = !shown(data);
  }

  /** Redraws a message from what the channel last received (e.g. to close a select menu after a pick). */
  redraw(id: string): void {
    const entry = this.#messages.get(id);
    if (entry) this.upsert(entry.data);
  }

  remove(id: string): void {
    this.#messages.get(id)?.element.remove();
    this.#messages.delete(id);
  }

  /** "Dismiss message" on an ephemeral reply: gone for this page, as on Discord. */
  dismiss(id: string): void {
    this.#dismissed.add(id);
    this.remove(id);
  }

  /** After a language switch: the page's labels change, the bot's words stay as sent. */
  setContext(context: RenderContext): void {
    this.#context = context;
    for (const { data } of [...this.#messages.values()]) this.upsert(data);
  }
}
