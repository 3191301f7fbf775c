import type { LeafOption, OptionChoice, OptionValue, SlashCommand, Subcommand } from '../command-model.ts';
import type { PageLocale } from '../locales.ts';
import { OptionKind } from './discord-numbers.ts';
import { localized } from './i18n.ts';
import type { PageStrings } from './i18n.ts';

/** One thing the composer can run: a root command and one of its subcommands. */
export interface CommandEntry {
  command: SlashCommand;
  subcommand: Subcommand;
}

/** Case and accents ignored, as Discord's command search does ("laureats" finds "lauréats"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function commandEntries(commands: SlashCommand[]): CommandEntry[] {
  return commands.flatMap((command) =>
    command.options
      .filter((option): option is Subcommand => option.type === OptionKind.Subcommand)
      .map((subcommand) => ({ command, subcommand })),
  );
}

type Named = { name: string; name_localizations?: Record<string, string> | null | undefined };

function namesOf(item: Named): string[] {
  return [item.name, ...Object.values(item.name_localizations ?? {})].map(fold);
}

export function nameIn(item: Named, locale: PageLocale): string {
  return localized(item.name, item.name_localizations, locale);
}

export function entryLabel(entry: CommandEntry, locale: PageLocale): string {
  return `/${nameIn(entry.command, locale)} ${nameIn(entry.subcommand, locale)}`;
}

export function entryDescription(entry: CommandEntry, locale: PageLocale): string {
  return localized(entry.subcommand.description, entry.subcommand.description_localizations, locale);
}

/**
 * The subcommands a composer text like "/lau", "/laureats pa" or "/country" offers, names in any language matching.
 * `exact` is set when the text names one subcommand completely ("/laureates country").
 */
export function matchEntries(text: string, entries: CommandEntry[]): { matches: CommandEntry[]; exact?: CommandEntry } {
  if (!text.startsWith('/')) return { matches: [] };
  const [first = '', second, ...rest] = fold(text.slice(1)).trim().split(/\s+/);
  if (rest.length > 0) return { matches: [] };
  const matches = entries.filter(({ command, subcommand }) => {
    const roots = namesOf(command);
    const subs = namesOf(subcommand);
    if (second === undefined) {
      return roots.some((name) => name.startsWith(first)) || subs.some((name) => name.startsWith(first));
    }
    return roots.includes(first) && subs.some((name) => name.startsWith(second));
  });
  const exact =
    second === undefined ? undefined : matches.find(({ subcommand }) => namesOf(subcommand).includes(second));
  return exact ? { matches, exact } : { matches };
}

export function optionLabel(option: LeafOption, locale: PageLocale): string {
  return nameIn(option, locale);
}

export function optionDescription(option: LeafOption, locale: PageLocale): string {
  return localized(option.description, option.description_localizations, locale);
}

/** The fixed choices of an option: its declared choices, or true/false for a boolean. */
export function fixedChoices(option: LeafOption, locale: PageLocale, strings: PageStrings): OptionChoice[] | undefined {
  if (option.type === OptionKind.Boolean) {
    return [
      { name: strings.true, value: 'true' },
      { name: strings.false, value: 'false' },
    ];
  }
  return option.choices?.map((choice) => ({ ...choice, name: nameIn(choice, locale) }));
}

export type Parsed = { ok: true; value: OptionValue } | { ok: false; problem: 'choice' | 'number' };

/** A typed text as the option's value: a choice's value, a number, a boolean or the text itself. */
export function parseTyped(option: LeafOption, text: string, locale: PageLocale, strings: PageStrings): Parsed {
  const choices = fixedChoices(option, locale, strings);
  if (choices) {
    const wanted = fold(text);
    const choice = choices.find(
      (candidate) => fold(candidate.name) === wanted || fold(String(candidate.value)) === wanted,
    );
    if (!choice) return { ok: false, problem: 'choice' };
    return { ok: true, value: toValue(option, choice.value) };
  }
  return toTyped(option, text);
}

/** A picked choice's value in the option's type (boolean choices are carried as text). */
export function toValue(option: LeafOption, value: string | number): OptionValue {
  if (option.type === OptionKind.Boolean) return value === 'true';
  return value;
}

function toTyped(option: LeafOption, text: string): Parsed {
  if (option.type === OptionKind.Integer || option.type === OptionKind.Number) {
    const number = Number(text.replace(',', '.'));
    if (text === '' || !Number.isFinite(number)) return { ok: false, problem: 'number' };
    return { ok: true, value: number };
  }
  return { ok: true, value: text };
}

/** One option as the composer holds it: what is typed, and the value of the suggestion picked, if any. */
export interface FilledOption {
  option: LeafOption;
  text: string;
  picked: OptionValue | undefined;
}

export type Collected =
  { ok: true; values: Record<string, OptionValue> } | { ok: false; index: number; message: string };

/**
 * The values to send, read as Discord's client reads its option fields. Lenient (for autocomplete, while typing)
 * skips what does not parse yet; strict stops at the first missing or unreadable option, saying which.
 */
export function collectValues(
  filled: FilledOption[],
  mode: { lenient: boolean },
  locale: PageLocale,
  strings: PageStrings,
): Collected {
  const values: Record<string, OptionValue> = {};
  for (const [index, { option, text, picked }] of filled.entries()) {
    const name = optionLabel(option, locale);
    if (picked !== undefined) {
      values[option.name] = picked;
      continue;
    }
    if (text.trim() === '') {
      if (option.required && !mode.lenient) return { ok: false, index, message: strings.required(name) };
      continue;
    }
    const parsed = parseTyped(option, text.trim(), locale, strings);
    if (parsed.ok) values[option.name] = parsed.value;
    else if (!mode.lenient) {
      const message = parsed.problem === 'choice' ? strings.pickChoice(name) : strings.notANumber(name);
      return { ok: false, index, message };
    }
  }
  return { ok: true, values };
}
