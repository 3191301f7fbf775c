import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { Country } from '../domain/countries.ts';
import type { WorldRegion } from '../domain/geography.ts';
import type { Project } from '../domain/schema.ts';
import type { Authority, Suggestion } from '../search/catalog.ts';
import type { Locale } from '../i18n/index.ts';
import { LIMITS, shortenAtWord, truncate } from './limits.ts';
import { displayTitle, flags, headline } from './projectText.ts';

export type Choice = APIApplicationCommandOptionChoice<string>;

/**
 * Autocomplete choices: at most 25, names within 1–100 characters, unique values within the option's own maximum
 * length (`maxValue`, at most 100): Discord refuses a choice its option could not take as typed.
 */
export function choices(entries: { name: string; value: string }[], maxValue: number): Choice[] {
  const seen = new Set<string>();
  const result: Choice[] = [];
  for (const { name, value } of entries) {
    const fittedValue = shortenAtWord(value, Math.min(maxValue, LIMITS.choiceValue));
    if (seen.has(fittedValue) || fittedValue.trim() === '') continue;
    seen.add(fittedValue);
    result.push({ name: truncate(name, LIMITS.choiceName), value: fittedValue });
    if (result.length === LIMITS.choices) break;
  }
  return result;
}

export function authorityChoiceName(authority: Authority, { t, language }: Locale): string {
  const side = authority.side === 'french' ? t.choices.lead : t.choices.partner;
  const place =
    'flag' in authority.place ? `${authority.place.flag} ${authority.place.name[language]}` : authority.place.name;
  return `${authority.name} · ${side} · ${place} · ${t.choices.projects(authority.projects.length)}`;
}

export function countryChoiceName(country: Country, projectCount: number, { t, language }: Locale): string {
  return `${country.flag} ${country.name[language]} (${country.code}) · ${t.choices.projects(projectCount)}`;
}

/** A project as a choice names it, titled in the reader's language (the curated English title for English). */
export function projectChoiceName(project: Project, locale: Locale): string {
  return `${flags(project)} ${headline(project)} · ${displayTitle(project, locale)}`;
}

/** A mixed suggestion for the `search` option; its value is the text to search for. */
export function suggestionChoice(suggestion: Suggestion, locale: Locale): { name: string; value: string } {
  const { t, language } = locale;
  switch (suggestion.kind) {
    case 'authority':
      return { name: `🏛️ ${authorityChoiceName(suggestion.authority, locale)}`, value: suggestion.authority.name };
    case 'country':
      return {
        name: countryChoiceName(suggestion.country, suggestion.projectCount, locale),
        value: suggestion.country.name[language],
      };
    case 'region':
      return {
        name: `📍 ${suggestion.region.name} · ${t.choices.kinds.region} · ${t.choices.projects(suggestion.projectCount)}`,
        value: suggestion.region.name,
      };
    case 'theme':
      return {
        name: `${suggestion.theme.emoji} ${suggestion.theme.label[language]} · ${t.choices.kinds.theme} · ${t.choices.projects(suggestion.projectCount)}`,
        value: suggestion.theme.label[language],
      };
    case 'project':
      return {
        name: `📄 ${projectChoiceName(suggestion.project, locale)}`,
        value: displayTitle(suggestion.project, locale),
      };
  }
}

/** A continent, sub-region or grouping for the `search` option; its value is its name, which search reads as a place. */
export function worldRegionChoice(
  { region, projectCount }: { region: WorldRegion; projectCount: number },
  { t, language }: Locale,
): { name: string; value: string } {
  return {
    name: `🌍 ${region.name[language]} · ${t.ask.worldRegion} · ${t.choices.projects(projectCount)}`,
    value: region.name[language],
  };
}
