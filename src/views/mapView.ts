import type { APIEmbed } from 'discord-api-types/v10';
import { countryByCode, type Country } from '../domain/countries.ts';
import type { Project } from '../domain/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { LIMITS, truncate } from './limits.ts';
import { NEUTRAL_COLOUR } from './palette.ts';
import { quote } from './text.ts';
import type { MapPicture } from './pictures/worldMap.ts';

/** The projects a map shows, and how the person asked for them. */
export interface MapSelection {
  projects: readonly Project[];
  /** The selection in the reader's words ("Normandie · Health"); none for all the laureates. */
  label?: string;
  /** Only partners in these countries (ISO alpha-2) are shown, e.g. the African ones of "projects in Africa". */
  countries?: ReadonlySet<string>;
}

export const MAP_FILE_NAME = 'map.png';
/** Credited under every map. Here, not beside the atlas: the bot's main thread never loads the atlas (~20 MB). */
export const MAP_DATA_ATTRIBUTION = 'Natural Earth via world-atlas';

export interface PartnerCount {
  country: Country;
  count: number;
}

/** Partner countries by number of projects (a project counts once per country), most first, then by name. */
export function partnerCounts({ projects, countries }: MapSelection, language: Locale['language']): PartnerCount[] {
  const counts = new Map<string, number>();
  for (const project of projects) {
    for (const code of new Set(project.partners.map((partner) => partner.country))) {
      if (!countries || countries.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
  }
  return [...counts]
    .flatMap(([code, count]) => {
      const country = countryByCode(code);
      return country ? [{ country, count }] : [];
    })
    .sort((a, b) => b.count - a.count || a.country.name[language].localeCompare(b.country.name[language], language));
}

/** The projects that have a partner shown on the map. */
function mappedProjects(selection: MapSelection): number {
  const { countries } = selection;
  if (!countries) return selection.projects.length;
  return selection.projects.filter((project) => project.partners.some((partner) => countries.has(partner.country)))
    .length;
}

/** What the map shows, in plain data for the renderer, in the reader's language. */
export function mapPicture(selection: MapSelection, callNames: readonly string[], { t, language }: Locale): MapPicture {
  const partners = partnerCounts(selection, language);
  return {
    title: selection.label ? t.map.titleFor(truncate(selection.label, 80)) : t.map.title,
    subtitle: t.map.subtitle(mappedProjects(selection), partners.length, callNames.join(', ')),
    legendTitle: t.map.legend,
    franceLabel: t.map.france,
    attribution: t.map.attribution,
    partners: partners.map(({ country, count }) => ({ alpha2: country.code, label: country.name[language], count })),
  };
}

/** Whether the picture came with the answer, and if not why: the text says so instead of failing the answer. */
export type PictureOutcome = 'drawn' | 'busy' | 'failed';

/**
 * The embed beside the map: the countries and their counts in words (what the picture shows, for people who can't
 * see it), and the picture itself when it was drawn.
 */
export function mapEmbed(selection: MapSelection, outcome: PictureOutcome, { t, language }: Locale): APIEmbed {
  const hasPicture = outcome === 'drawn';
  const partners = partnerCounts(selection, language);
  const list = partners
    .map(({ country, count }) => `${country.flag} ${country.name[language]} **${count}**`)
    .join(' · ');
  return {
    color: NEUTRAL_COLOUR,
    // The label may be a question someone typed: shown literally, never as markdown or a mention.
    title: truncate(t.map.embedTitle(selection.label ? quote(selection.label) : t.map.everything), LIMITS.embedTitle),
    description: truncate(
      [t.map.summary(mappedProjects(selection), partners.length), list, ...pictureNote(outcome, { t, language })].join(
        '\n',
      ),
      LIMITS.embedDescription,
    ),
    ...(hasPicture ? { image: { url: `attachment://${MAP_FILE_NAME}` } } : {}),
    footer: { text: MAP_DATA_ATTRIBUTION },
  };
}

/** The map's alternative text (Discord shows it to screen readers), within Discord's 1,024 characters. */
export function mapAltText(selection: MapSelection, { t, language }: Locale): string {
  const names = partnerCounts(selection, language).map(({ country, count }) => `${country.name[language]} ${count}`);
  return truncate(t.map.alt(names.join(', ')), 1024);
}

/** The line that says why an answer has no picture; none when it has one. */
export function pictureNote(outcome: PictureOutcome, { t }: Locale): string[] {
  if (outcome === 'busy') return [`*${t.map.busy}*`];
  if (outcome === 'failed') return [`*${t.map.failed}*`];
  return [];
}
