import { h } from './dom.ts';
import type { MessageStrings } from './message-strings.ts';

/** Where the page is: the guild channel, or the reader's DM with the bot. */
export type Place = 'guild' | 'dm';

/** The two places a person can talk to the bot, as Discord's sidebar offers them: a server channel and a DM. */
export class Places {
  readonly #nav: HTMLElement;
  readonly #botName: string;
  readonly #onChange: (place: Place) => void;
  #current: Place = 'guild';
  #strings: MessageStrings;

  constructor(nav: HTMLElement, botName: string, strings: MessageStrings, onChange: (place: Place) => void) {
    this.#nav = nav;
    this.#botName = botName;
    this.#strings = strings;
    this.#onChange = onChange;
    this.#draw();
  }

  get current(): Place {
    return this.#current;
  }

  setStrings(strings: MessageStrings): void {
    this.#strings = strings;
    this.#draw();
  }

  #go(place: Place): void {
    if (place === this.#current) return;
    this.#current = place;
    this.#draw();
    this.#onChange(place);
  }

  #draw(): void {
    const tab = (place: Place, mark: string, label: string) => {
      const button = h(
        'button',
        {
          type: 'button',
          class: 'pg-place',
          'data-place': place,
          'aria-pressed': place === this.#current ? 'true' : 'false',
        },
        [h('span', { class: 'pg-place-mark', 'aria-hidden': 'true' }, [mark]), label],
      );
      button.addEventListener('click', () => this.#go(place));
      return button;
    };
    this.#nav.setAttribute('aria-label', this.#strings.places);
    this.#nav.replaceChildren(
      tab('guild', '#', this.#strings.guildChannel),
      tab('dm', '@', this.#strings.dmWith(this.#botName)),
    );
  }
}
