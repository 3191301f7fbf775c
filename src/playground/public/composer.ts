import type { LeafOption, OptionValue } from '../command-model.ts';
import type { PageLocale } from '../locales.ts';
import {
  collectValues,
  entryDescription,
  entryLabel,
  fixedChoices,
  fold,
  matchEntries,
  optionDescription,
  optionLabel,
  toValue,
} from './commands.ts';
import type { Collected, CommandEntry } from './commands.ts';
import { h } from './dom.ts';
import type { PageStrings } from './i18n.ts';
import type { Popup } from './popup.ts';

/** Light debounce: one autocomplete interaction per pause in typing, not per key when typing fast. */
const AUTOCOMPLETE_DEBOUNCE_MS = 120;

export interface ComposerDeps {
  entries: CommandEntry[];
  popup: Popup;
  /** Runs the command; rejects with a message to show when it could not. */
  run(subcommand: string, options: Record<string, OptionValue>): Promise<void>;
  /** Posts a plain message (not a command); rejects with a message to show when it could not. */
  say(text: string): Promise<void>;
  suggest(
    subcommand: string,
    options: Record<string, OptionValue>,
    focused: string,
  ): Promise<{ name: string; value: string | number }[]>;
  report(message: string): void;
}

interface Field {
  option: LeafOption;
  input: HTMLInputElement;
  /** The value of the suggestion picked from the list (the input shows its name); typing again drops it. */
  picked: OptionValue | undefined;
}

/**
 * The message box. Typing "/" offers the subcommands; picking one turns the box into that command with one input per
 * option (as Discord shows option chips), whose suggestions come from the choices or from the bot's autocomplete.
 * Enter sends.
 */
export class Composer {
  readonly #box: HTMLElement;
  readonly #deps: ComposerDeps;
  #locale: PageLocale;
  #strings: PageStrings;
  #entry: CommandEntry | undefined;
  #fields: Field[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Answers to an older keystroke must not overwrite newer ones. */
  #requestSerial = 0;
  #sending = false;

  constructor(box: HTMLElement, deps: ComposerDeps, locale: PageLocale, strings: PageStrings) {
    this.#box = box;
    this.#deps = deps;
    this.#locale = locale;
    this.#strings = strings;
    this.#showText('');
  }

  setLocale(locale: PageLocale, strings: PageStrings): void {
    this.#locale = locale;
    this.#strings = strings;
    if (!this.#entry) {
      const input = this.#box.querySelector('input');
      this.#showText(input?.value ?? '');
      return;
    }
    const kept = new Map(this.#fields.map((field) => [field.option.name, field]));
    this.#showCommand(this.#entry);
    for (const field of this.#fields) {
      const old = kept.get(field.option.name);
      field.input.value = old?.input.value ?? '';
      field.picked = old?.picked;
    }
  }

  // ——— Text mode: "/…" offers the subcommands.

  #showText(text: string): void {
    this.#entry = undefined;
    this.#fields = [];
    this.#deps.popup.hide();
    const input = h('input', {
      id: 'composer-text',
      class: 'pg-composer-text',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-label': this.#strings.placeholder,
      placeholder: this.#strings.placeholder,
    });
    input.value = text;
    input.addEventListener('input', () => this.#offerCommands(input));
    input.addEventListener('focus', () => this.#offerCommands(input));
    input.addEventListener('blur', () => this.#deps.popup.hide());
    input.addEventListener('keydown', (event) => this.#onTextKey(event, input));
    this.#box.replaceChildren(input);
    input.focus();
  }

  #offerCommands(input: HTMLInputElement): void {
    const { matches, exact } = matchEntries(input.value, this.#deps.entries);
    // "/laureates country " (name then a space) goes straight to the options, as in Discord.
    if (exact && /\s$/.test(input.value)) {
      this.#showCommand(exact);
      return;
    }
    if (matches.length === 0) {
      this.#deps.popup.hide();
      return;
    }
    const items = matches.map((entry) => ({
      primary: entryLabel(entry, this.#locale),
      secondary: entryDescription(entry, this.#locale),
    }));
    this.#deps.popup.show({ title: this.#strings.commands }, items, (index) => {
      const entry = matches[index];
      if (entry) this.#showCommand(entry);
    });
  }

  #onTextKey(event: KeyboardEvent, input: HTMLInputElement): void {
    if (this.#navigate(event)) return;
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    if (text.startsWith('/')) this.#deps.report(this.#strings.unknownCommand(text));
    else void this.#deliver(() => this.#deps.say(text));
  }

  /** ↑/↓ through suggestions, Enter/Tab to pick, Escape to close: true when the key was used. */
  #navigate(event: KeyboardEvent): boolean {
    const popup = this.#deps.popup;
    if (event.key === 'Escape') {
      // Also drop the answer still on its way, or it would reopen the list and Enter would pick from it.
      this.#cancelSuggestions();
      return false;
    }
    const used =
      (event.key === 'ArrowDown' && popup.move(1)) ||
      (event.key === 'ArrowUp' && popup.move(-1)) ||
      ((event.key === 'Enter' || event.key === 'Tab') && popup.pickActive());
    if (used) event.preventDefault();
    return used;
  }

  #cancelSuggestions(): void {
    clearTimeout(this.#timer);
    this.#requestSerial++;
    this.#deps.popup.hide();
  }

  // ——— Command mode: one input per option.

  #showCommand(entry: CommandEntry): void {
    this.#entry = entry;
    this.#deps.popup.hide();
    const cancel = h('button', { type: 'button', class: 'pg-chip-cancel', 'aria-label': this.#strings.cancel }, ['×']);
    cancel.addEventListener('click', () => this.#showText(''));
    const chip = h('span', { class: 'pg-chip' }, [entryLabel(entry, this.#locale), cancel]);
    this.#fields = entry.subcommand.options.map((option) => this.#field(option));
    const line = h('div', { class: 'pg-command', tabindex: '-1' }, [
      chip,
      ...this.#fields.map((field) => field.input.parentElement ?? field.input),
    ]);
    // Subcommands without options (stats, help…) keep the focus on the line itself: Enter sends, Backspace edits.
    line.addEventListener('keydown', (event) => {
      if (event.target !== line) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        void this.#send();
      } else if (event.key === 'Backspace' || event.key === 'Escape') {
        event.preventDefault();
        this.#showText(event.key === 'Backspace' ? entryLabel(entry, this.#locale) : '');
      }
    });
    this.#box.replaceChildren(line);
    (this.#fields.find((field) => field.option.required) ?? this.#fields[0])?.input.focus();
    if (this.#fields.length === 0) line.focus();
  }

  #field(option: LeafOption): Field {
    const name = optionLabel(option, this.#locale);
    const input = h('input', {
      class: 'pg-option-input',
      type: 'text',
      autocomplete: 'off',
      spellcheck: 'false',
      'data-option': option.name,
      'aria-label': `${name}: ${optionDescription(option, this.#locale)}`,
      maxlength: option.max_length === undefined ? undefined : String(option.max_length),
      'aria-required': option.required ? 'true' : undefined,
    });
    const field: Field = { option, input, picked: undefined };
    h('label', { class: option.required ? 'pg-option pg-option-required' : 'pg-option' }, [
      h('span', { class: 'pg-option-name' }, [`${name}:`]),
      input,
    ]);
    input.addEventListener('focus', () => this.#offerValues(field));
    input.addEventListener('input', () => {
      field.picked = undefined;
      input.removeAttribute('aria-invalid');
      this.#offerValues(field);
    });
    input.addEventListener('blur', () => this.#deps.popup.hide());
    input.addEventListener('keydown', (event) => this.#onFieldKey(event, field));
    return field;
  }

  #onFieldKey(event: KeyboardEvent, field: Field): void {
    if (this.#navigate(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      void this.#send();
    } else if (event.key === 'Backspace' && field.input.value === '' && field === this.#fields[0]) {
      // Backspace past the first option goes back to the command text, as Discord does.
      event.preventDefault();
      this.#showText(entryLabel(this.#entry as CommandEntry, this.#locale));
    }
  }

  /** The popup for a focused option: its description, then its choices or the bot's autocomplete answers. */
  #offerValues(field: Field): void {
    const { option, input } = field;
    const header = { title: optionLabel(option, this.#locale), detail: optionDescription(option, this.#locale) };
    const pick = (choice: { name: string; value: string | number }) => {
      input.value = choice.name;
      field.picked = toValue(option, choice.value);
      input.removeAttribute('aria-invalid');
    };
    clearTimeout(this.#timer);
    const choices = fixedChoices(option, this.#locale, this.#strings);
    if (choices) {
      const typed = fold(input.value);
      const shown =
        field.picked !== undefined ? choices : choices.filter((choice) => fold(choice.name).includes(typed));
      this.#deps.popup.show(
        header,
        shown.map((choice) => ({ primary: choice.name })),
        (index) => {
          const choice = shown[index];
          if (choice) pick(choice);
        },
      );
      return;
    }
    if (!option.autocomplete) {
      this.#deps.popup.show(header, [], () => undefined);
      return;
    }
    const serial = ++this.#requestSerial;
    this.#deps.popup.show(header, [], () => undefined, this.#strings.loading);
    this.#timer = setTimeout(() => {
      const entry = this.#entry;
      if (!entry) return;
      const typed = this.#collect({ lenient: true });
      const values = { ...(typed.ok ? typed.values : {}), [option.name]: input.value };
      this.#deps.suggest(entry.subcommand.name, values, option.name).then(
        (answers) => {
          if (serial !== this.#requestSerial || document.activeElement !== input) return;
          const items = answers.map((answer) => ({ primary: answer.name }));
          const note = answers.length === 0 ? this.#strings.noChoices : undefined;
          this.#deps.popup.show(
            header,
            items,
            (index) => {
              const answer = answers[index];
              if (answer) pick(answer);
            },
            note,
          );
        },
        (error: unknown) => {
          if (serial !== this.#requestSerial) return;
          this.#deps.popup.hide();
          this.#deps.report(error instanceof Error ? error.message : String(error));
        },
      );
    }, AUTOCOMPLETE_DEBOUNCE_MS);
  }

  #collect(mode: { lenient: boolean }): Collected {
    const filled = this.#fields.map(({ option, input, picked }) => ({ option, text: input.value, picked }));
    return collectValues(filled, mode, this.#locale, this.#strings);
  }

  async #send(): Promise<void> {
    const entry = this.#entry;
    if (!entry || this.#sending) return;
    const collected = this.#collect({ lenient: false });
    if (!collected.ok) {
      const field = this.#fields[collected.index];
      field?.input.setAttribute('aria-invalid', 'true');
      field?.input.focus();
      this.#deps.report(collected.message);
      return;
    }
    this.#cancelSuggestions();
    await this.#deliver(() => this.#deps.run(entry.subcommand.name, collected.values));
  }

  /** Sends a command or a message, one at a time. */
  async #deliver(send: () => Promise<void>): Promise<void> {
    if (this.#sending) return;
    this.#sending = true;
    this.#box.setAttribute('aria-busy', 'true');
    try {
      await send();
      // Like Discord: the box empties once the command or message went through, and keeps it when it did not.
      this.#showText('');
    } catch (error) {
      this.#deps.report(error instanceof Error ? error.message : String(error));
    } finally {
      this.#sending = false;
      this.#box.removeAttribute('aria-busy');
    }
  }
}
