import type { Language } from '../domain/countries.ts';
import { en, type Catalogue } from './en.ts';
import { fr } from './fr.ts';

export type { Catalogue };

const CATALOGUES: Record<Language, Catalogue> = { en, fr };

/** The language of a Discord locale ("fr", "en-US", "pt-BR"…): French for French, English otherwise. */
export function languageOf(discordLocale: string | undefined): Language {
  return discordLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function catalogue(language: Language): Catalogue {
  return CATALOGUES[language];
}

/**
 * One formatter per language, made once: each Intl.DateTimeFormat holds native ICU memory that the garbage collector
 * doesn't see, so one per card made the process's memory climb by hundreds of MB under load (test/load-burst.test.ts).
 * Made on first use: a date formatter reads about 6 MB of ICU locale data, which a bot that has shown no date yet
 * need not hold.
 */
const DATE_FORMATS: Partial<Record<Language, Intl.DateTimeFormat>> = {};
const DATE_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Dates as people of that language write them: "28 avril 2021", "28 April 2021". */
export function formatDate(isoDate: string, language: Language): string {
  const format = (DATE_FORMATS[language] ??= new Intl.DateTimeFormat(DATE_LOCALES[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The language of the person who asked and its catalogue: what every view needs to speak to them. */
export interface Locale {
  language: Language;
  t: Catalogue;
}

export function localeFor(discordLocale: string | undefined): Locale {
  const language = languageOf(discordLocale);
  return { language, t: catalogue(language) };
}

export interface CommandText {
  name: string;
  description: string;
}

/** The catalogue's name and description of a subcommand's option, or undefined if the catalogue lacks it. */
export function optionText(
  t: Catalogue,
  subcommand: keyof Catalogue['subcommands'],
  option: string,
): CommandText | undefined {
  const entry: CommandText & { options?: Partial<Record<string, CommandText>> } = t.subcommands[subcommand];
  return entry.options?.[option];
}
