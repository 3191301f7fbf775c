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
 */
const DATE_FORMATS: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  fr: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** Dates as people of that language write them: "28 avril 2021", "28 April 2021". */
export function formatDate(isoDate: string, language: Language): string {
  return DATE_FORMATS[language].format(new Date(`${isoDate}T00:00:00Z`));
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
