import { allCountries, countryByCode, type Country, type Language } from '../domain/countries.ts';
import { DEPARTEMENTS, departementByCode, type Departement } from '../domain/departements.ts';
import { WORLD_REGIONS, type WorldRegion } from '../domain/geography.ts';
import { worldRegionNames } from '../understanding/lexicon.ts';
import { REGIONS, regionByCode, type Region } from '../domain/regions.ts';
import type { Call, Project } from '../domain/schema.ts';
import { THEMES, type Theme, type ThemeId } from '../domain/themes.ts';
import {
  emptyFilters,
  FILTER_SIDES,
  filterSides,
  hasFilters,
  type Filters,
  type FilterSide,
  type Query,
} from '../understanding/query.ts';
import type { Quantity } from '../understanding/quantity.ts';
import { understand } from '../understanding/understand.ts';
import type { Catalog } from './catalog.ts';
import { misreadsCommonWord } from '../understanding/commonWords.ts';
import { normalize } from '../text/normalize.ts';
import { matchWords, placeCountries, select, type WordMatch } from './selection.ts';

/** One value of a "which" answer, or of the evidence of a "no", with how many of the projects have it. */
export type Value =
  | { kind: 'region'; region: Region; count: number }
  | { kind: 'departement'; departement: Departement; count: number }
  | { kind: 'country'; country: Country; count: number }
  | { kind: 'authority'; name: string; count: number }
  | { kind: 'theme'; theme: Theme; count: number };

export interface Counts {
  projects: number;
  countries: number;
  regions: number;
  /** French lead authorities. */
  authorities: number;
  /** Partner authorities abroad, by name as published (as "which partners" lists them). */
  partners: number;
}

/** For a "no": what one side of the question does instead ("la Normandie coopère avec le Burkina Faso…"). */
export interface Evidence {
  side: FilterSide;
  /** The part of the question this is about (the French side, the partner side, or the theme and words). */
  about: Filters;
  words: string[];
  projects: Project[];
  /** The other side: partner countries for a French side, French regions for a partner side. */
  values: Value[];
}

/** When nothing matches: the closest real projects, and in what way they are close. */
export type Closest =
  | { reason: 'nearby'; near: WorldRegion; projects: Project[] }
  /** A département's question asked of its whole French region. */
  | { reason: 'sameRegion'; region: Region; projects: Project[] }
  | { reason: 'looser'; dropped: Filters; droppedWords: string[]; projects: Project[] };

export interface Answer {
  query: Query;
  /** The projects the question selects, best first. */
  projects: Project[];
  /** For "how many" questions (counting distinct countries and authorities reads every project selected). */
  counts?: Counts;
  /** For "which" questions: the values asked for, most projects first. */
  values: Value[];
  /** For a "no": what exists instead, side by side. */
  evidence: Evidence[];
  closest?: Closest;
  /** For a question about the call itself: the calls the projects answered. */
  calls?: readonly Call[];
  /** Whether the question was read for anything: a filter, what it asks, or words the projects hold. */
  understood: boolean;
}

/** A question read against this catalogue's names; the language falls back to the reader's. */
export function understandQuestion(catalog: Catalog, question: string, fallbackLanguage: Language): Query {
  return understand(question, {
    authorities: catalog.authorityPhrases(),
    isDataWord: (word) => catalog.usesWord(word),
    fallbackLanguage,
  });
}

const partnerCountries = (project: Project) => new Set(project.partners.map((partner) => partner.country));
const partnerNames = (project: Project) => project.partners.map((partner) => partner.name);

/** Per catalogue: how many partner authorities all its projects have (a large one's count is worth keeping). */
const allPartnerCounts = new WeakMap<Catalog, number>();

/**
 * `places`: the partner countries the question names, if any; partners and countries elsewhere are not counted
 * ("combien de collectivités partenaires au Bénin ?" is not Grand Est's partner in Togo).
 */
function countsOf(catalog: Catalog, projects: readonly Project[], places: ReadonlySet<string> = new Set()): Counts {
  // Every project: the catalogue's statistics already hold the counts.
  if (projects.length === catalog.projects.length && places.size === 0) {
    const stats = catalog.stats();
    let partners = allPartnerCounts.get(catalog);
    if (partners === undefined) {
      partners = new Set(projects.flatMap(partnerNames)).size;
      allPartnerCounts.set(catalog, partners);
    }
    return {
      projects: stats.projects,
      countries: stats.partnerCountries,
      regions: stats.regions,
      authorities: stats.leadAuthorities,
      partners,
    };
  }
  const countries = new Set<string>();
  const partners = new Set<string>();
  const regions = new Set<string>();
  const authorities = new Set<number>();
  for (const project of projects) {
    for (const partner of project.partners) {
      if (places.size > 0 && !places.has(partner.country)) continue;
      countries.add(partner.country);
      partners.add(partner.name);
    }
    regions.add(project.region.code);
    authorities.add(catalog.leadAuthorityOf(project));
  }
  return {
    projects: projects.length,
    countries: countries.size,
    regions: regions.size,
    authorities: authorities.size,
    partners: partners.size,
  };
}

/** Values by key with their counts, most projects first, then in the reader's alphabetical order. */
function tally<T extends Value>(keys: Iterable<string>, make: (key: string, count: number) => T | undefined): T[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].flatMap(([key, count]) => make(key, count) ?? []).sort((a, b) => b.count - a.count);
}

/** Where the lead is: its département, none for a région. */
const leadDepartement = (project: Project) => (project.lead.departement ? [project.lead.departement] : []);

function departementsOf(projects: readonly Project[]): Value[] {
  return tally(projects.flatMap(leadDepartement), (code, count) => {
    const departement = departementByCode(code);
    return departement && { kind: 'departement', departement, count };
  });
}

export function regionsOf(projects: readonly Project[]): Value[] {
  return tally(
    projects.map((project) => project.region.code),
    (code, count) => {
      const region = regionByCode(code);
      return region && { kind: 'region', region, count };
    },
  );
}

/** The partner countries of the projects; only those of `places` when it names some ("which countries in Asia"). */
export function countriesOf(projects: readonly Project[], places: ReadonlySet<string> = new Set()): Value[] {
  return tally(
    projects.flatMap((project) =>
      [...partnerCountries(project)].filter((code) => places.size === 0 || places.has(code)),
    ),
    (code, count) => {
      const country = countryByCode(code);
      return country && { kind: 'country', country, count };
    },
  );
}

/** The leads, or the partners (only those in `places` when it names some: "which partners are in Benin"). */
function authoritiesOf(projects: readonly Project[], side: 'french' | 'partner', places: ReadonlySet<string>): Value[] {
  const inPlaces = (partner: Project['partners'][number]) => places.size === 0 || places.has(partner.country);
  const names = projects.flatMap((project) =>
    side === 'french'
      ? [project.lead.name]
      : [...new Set(project.partners.filter(inPlaces).map((partner) => partner.name))],
  );
  return tally(names, (name, count) => ({ kind: 'authority', name, count }));
}

function themesOf(projects: readonly Project[]): Value[] {
  return tally(
    projects.flatMap((project) => project.themes),
    (id, count) => ({ kind: 'theme', theme: THEMES[id as ThemeId], count }),
  );
}

/**
 * The values a "which" question asks for. A project with partners in several countries gives only those the question
 * names: "which partners are in Benin?" is not answered with Grand Est's partner in Togo.
 */
function whichValues(query: Query, projects: readonly Project[]): Value[] {
  const places = placeCountries(query.filters);
  switch (query.which) {
    case 'regions':
      return regionsOf(projects);
    case 'departements':
      return departementsOf(projects);
    case 'countries':
      return countriesOf(projects, places);
    case 'authorities':
      return authoritiesOf(projects, query.whichSide ?? 'french', places);
    case 'themes':
      return themesOf(projects);
    default:
      return [];
  }
}

/** France and the ISO codes of its territories overseas: never a partner country ("pays sans projet"). */
const FRENCH_TERRITORIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC', 'TF']);

/**
 * "quelles régions n'ont aucun projet ?", "which African countries have no project?": the regions, countries or themes
 * the question names (all of them if it names none) that no project of the catalogue has.
 */
function valuesWithoutProjects(catalog: Catalog, query: Query): Value[] {
  const { projects } = catalog;
  const without = <T>(named: readonly T[], all: readonly T[], key: (value: T) => string, has: Set<string>) =>
    (named.length > 0 ? named : all).filter((value) => !has.has(key(value)));
  switch (query.which ?? query.countOf) {
    case 'regions': {
      const named = query.filters.regions.flatMap((code) => regionByCode(code) ?? []);
      const has = new Set(catalog.stats().perRegion.map(({ region }) => region.code));
      return without(named, REGIONS, (region) => region.code, has).map((region) => ({
        kind: 'region',
        region,
        count: 0,
      }));
    }
    case 'departements': {
      const named = query.filters.departements.flatMap((code) => departementByCode(code) ?? []);
      const has = new Set(projects.flatMap(leadDepartement));
      return without(named, DEPARTEMENTS, (departement) => departement.code, has).map((departement) => ({
        kind: 'departement',
        departement,
        count: 0,
      }));
    }
    case 'countries': {
      const named = [...placeCountries(query.filters)]
        .filter((code) => !FRENCH_TERRITORIES.has(code))
        .flatMap((code) => countryByCode(code) ?? []);
      const has = new Set(catalog.stats().perCountry.map(({ country }) => country.code));
      const abroad = allCountries().filter((country) => !FRENCH_TERRITORIES.has(country.code));
      return without(named, abroad, (country) => country.code, has).map((country) => ({
        kind: 'country',
        country,
        count: 0,
      }));
    }
    case 'themes': {
      const named = query.filters.themes.map((id) => THEMES[id]);
      const has = new Set(projects.flatMap((project) => project.themes));
      return without(named, Object.values(THEMES), (theme) => theme.id, has).map((theme) => ({
        kind: 'theme',
        theme,
        count: 0,
      }));
    }
    default:
      return [];
  }
}

/**
 * For a "no" to a question naming several sides: what each side does on its own. The French side is told by its
 * partners' countries, the partner side by French regions, the topic by whichever the question also names.
 */
function evidenceFor(pick: Pick, query: Query, words: WordMatch | undefined): Evidence[] {
  const all = filterSides(query.filters);
  const present = FILTER_SIDES.filter((side) => hasFilters(all[side]) || (side === 'topic' && words !== undefined));
  if (present.length < 2) return [];
  const byCountries = (side: FilterSide) => side === 'french' || (side === 'topic' && present.includes('partner'));
  return present.map((side) => {
    const topic = side === 'topic';
    const projects = pick(all[side], topic ? words : undefined);
    const values = byCountries(side) ? countriesOf(projects) : regionsOf(projects);
    return { side, about: all[side], words: topic ? query.words : [], projects, values };
  });
}

/**
 * For a question asked of each value it names ("toutes les deux"): the question about the first value of a kind with
 * several that selects nothing on its own, if one does.
 */
function firstLacking(pick: Pick, query: Query, words: WordMatch | undefined): Query | undefined {
  for (const kind of Object.keys(query.filters) as FilterKind[]) {
    const values: unknown[] = query.filters[kind];
    if (values.length < 2) continue;
    for (const value of values) {
      const alone = { ...query, filters: { ...query.filters, [kind]: [value] } };
      if (pick(alone.filters, words).length === 0) return alone;
    }
  }
  return undefined;
}

/** The sub-regions, then continents, of the partner countries asked for: the nearest first. */
function nearbyRegions(filters: Filters): WorldRegion[] {
  const asked = placeCountries(filters);
  return WORLD_REGIONS.filter(
    (region) =>
      region.level !== 'grouping' &&
      !filters.worldRegions.includes(region.id) &&
      region.countries.some((code) => asked.has(code)),
  ).sort((a, b) => a.countries.length - b.countries.length);
}

type FilterKind = keyof Filters;

/** The filters without one kind (partner countries and world regions go together, as they are one test). */
function without(filters: Filters, kind: FilterKind | 'place'): { kept: Filters; dropped: Filters } {
  const kinds: FilterKind[] = kind === 'place' ? ['countries', 'worldRegions'] : [kind];
  const kept = { ...filters };
  const dropped = emptyFilters();
  for (const name of kinds) {
    Object.assign(dropped, { [name]: filters[name] });
    Object.assign(kept, { [name]: [] });
  }
  return { kept, dropped };
}

/**
 * The closest real things to a question nothing matches: the same projects elsewhere in the same sub-region, else a
 * looser reading that drops the most restrictive part (the one that selects fewest projects on its own), else the
 * same sub-region without the words.
 */
function closestTo(pick: Pick, query: Query, words: WordMatch | undefined): Closest | undefined {
  return (
    nearby(pick, query.filters, words) ??
    sameRegion(pick, query.filters, words) ??
    looser(pick, query, words) ??
    (words ? nearby(pick, query.filters, undefined) : undefined)
  );
}

function nearby(pick: Pick, filters: Filters, words: WordMatch | undefined): Closest | undefined {
  for (const near of nearbyRegions(filters)) {
    const projects = pick({ ...filters, countries: [], worldRegions: [near.id] }, words);
    if (projects.length > 0) return { reason: 'nearby', near, projects };
  }
  return undefined;
}

/** "projets à Paris": none from the département, so the same question of its region (Île-de-France). */
function sameRegion(pick: Pick, filters: Filters, words: WordMatch | undefined): Closest | undefined {
  const regions = [...new Set(filters.departements.flatMap((code) => departementByCode(code)?.regionCode ?? []))];
  const [region] = regions.flatMap((code) => regionByCode(code) ?? []);
  if (!region || regions.length !== 1 || filters.regions.some((code) => code !== region.code)) return undefined;
  const projects = pick({ ...filters, departements: [], regions: [region.code] }, words);
  return projects.length > 0 ? { reason: 'sameRegion', region, projects } : undefined;
}

function looser(pick: Pick, query: Query, words: WordMatch | undefined): Closest | undefined {
  const { filters } = query;
  const parts: (FilterKind | 'place' | 'words')[] = [
    ...(['regions', 'departements', 'kinds', 'themes', 'authorities'] as const).filter(
      (kind) => filters[kind].length > 0,
    ),
    ...(filters.countries.length + filters.worldRegions.length > 0 ? (['place'] as const) : []),
    ...(words ? (['words'] as const) : []),
  ];
  if (parts.length < 2) return undefined;
  const alone = (part: (typeof parts)[number]) =>
    part === 'words' ? (words?.projects.length ?? 0) : pick(without(filters, part).dropped).length;
  const sizes = new Map(parts.map((part) => [part, alone(part)]));
  const [mostRestrictive] = parts.toSorted((a, b) => (sizes.get(a) ?? 0) - (sizes.get(b) ?? 0));
  if (!mostRestrictive) return undefined;
  if (mostRestrictive === 'words') {
    const projects = pick(filters);
    if (projects.length === 0) return undefined;
    return { reason: 'looser', dropped: emptyFilters(), droppedWords: [...query.words], projects };
  }
  const { kept, dropped } = without(filters, mostRestrictive);
  const projects = pick(kept, words);
  return projects.length > 0 ? { reason: 'looser', dropped, droppedWords: [], projects } : undefined;
}

/** The projects a question selects by some filters (and words), without those it leaves out. */
type Pick = (filters: Filters, words?: WordMatch) => Project[];

/**
 * Selection without what a question leaves out: a project is left out when it matches any one value left out (a
 * partner in Mali is enough for "sauf le Mali").
 */
function picker(catalog: Catalog, excluded: Filters): Pick {
  const kinds = (Object.keys(excluded) as FilterKind[]).filter((kind) => excluded[kind].length > 0);
  if (kinds.length === 0) return (filters, words) => select(catalog, filters, words);
  const out = new Set(kinds.flatMap((kind) => select(catalog, without(excluded, kind).dropped)));
  return (filters, words) => select(catalog, filters, words).filter((project) => !out.has(project));
}

/**
 * The values a "which" (or "how many") question asks for, as each project gives them: its region, its lead, its
 * partners' countries or names, its themes. None for a count of projects.
 */
function whichKeys(query: Query): ((project: Project) => readonly string[]) | undefined {
  switch (query.which ?? query.countOf) {
    case 'regions':
      return (project) => [project.region.code];
    case 'departements':
      return leadDepartement;
    case 'countries':
      return (project) => [...partnerCountries(project)];
    case 'themes':
      return (project) => project.themes;
    case 'authorities':
      return query.whichSide === 'partner' ? partnerNames : (project) => [project.lead.name];
    case 'partners':
      return partnerNames;
    default:
      return undefined;
  }
}

/** What a project gives of the thing a quantity counts ("plusieurs pays": its partner countries). */
function measuredBy(of: Quantity['of']): (project: Project) => readonly string[] {
  switch (of) {
    case 'projects':
      return (project) => [project.id];
    case 'countries':
      return (project) => [...partnerCountries(project)];
    case 'regions':
      return (project) => [project.region.code];
    case 'departements':
      return leadDepartement;
    case 'partners':
      return partnerNames;
    case 'authorities':
      return (project) => [project.lead.name];
    case 'themes':
      return (project) => project.themes;
  }
}

/**
 * With a quantity asked for: the values (their keys) that have that many of what is counted, over the projects
 * selected, and those projects that give one of them ("quelles régions travaillent avec plusieurs pays ?"); or, when
 * the question lists projects, the projects that have that many ("projects with two partner countries").
 */
function withQuantity(query: Query, projects: Project[]): { projects: Project[]; keys?: Set<string> } {
  const { perValue } = query;
  if (!perValue) return { projects };
  const measure = measuredBy(perValue.of);
  const within = (things: ReadonlySet<string>) => things.size >= perValue.min && things.size <= perValue.max;
  // "la Nouvelle-Aquitaine a-t-elle au moins 3 projets ?": what the projects selected have, together.
  if (query.ask === 'yesno') return { projects: within(new Set(projects.flatMap(measure))) ? projects : [] };
  const keysOf = whichKeys(query);
  if (!keysOf) return { projects: projects.filter((project) => within(new Set(measure(project)))) };
  const measured = new Map<string, Set<string>>();
  for (const project of projects) {
    for (const key of keysOf(project)) {
      let things = measured.get(key);
      if (!things) measured.set(key, (things = new Set()));
      for (const thing of measure(project)) things.add(thing);
    }
  }
  const keys = new Set([...measured].filter(([, things]) => within(things)).map(([key]) => key));
  return { projects: projects.filter((project) => keysOf(project).some((key) => keys.has(key))), keys };
}

/** The key of a value, as `whichKeys` gives it. */
export function valueKey(value: Value): string {
  switch (value.kind) {
    case 'region':
      return value.region.code;
    case 'departement':
      return value.departement.code;
    case 'country':
      return value.country.code;
    case 'theme':
      return value.theme.id;
    default:
      return value.name;
  }
}

/**
 * "Which regions do not work with Mali", "which countries does Normandy not work with": without the values that do,
 * whole — not only their projects with Mali (or Normandy). Other "which" questions leave out projects only.
 */
function withoutRefusers(
  catalog: Catalog,
  query: Query,
  projects: Project[],
): { projects: Project[]; refused: ReadonlySet<string> } {
  const keysOf = whichKeys(query);
  if (!query.refuses || !keysOf) return { projects, refused: new Set() };
  const { excluded } = query;
  const kinds = (Object.keys(excluded) as FilterKind[]).filter((kind) => excluded[kind].length > 0);
  const refused = new Set(
    kinds.flatMap((kind) => select(catalog, { ...query.filters, [kind]: excluded[kind] })).flatMap(keysOf),
  );
  return { projects: projects.filter((project) => keysOf(project).some((key) => !refused.has(key))), refused };
}

/** "How many countries does Normandy not work with?": the count of the values asked for, those refused left out. */
function withoutRefused(
  counts: Counts,
  query: Query,
  projects: readonly Project[],
  refused: ReadonlySet<string>,
): Counts {
  const keysOf = whichKeys(query);
  const countOf = query.countOf;
  if (refused.size === 0 || !keysOf || !countOf || countOf === 'projects') return counts;
  const kept = new Set(projects.flatMap(keysOf).filter((key) => !refused.has(key)));
  return { ...counts, [countOf]: kept.size };
}

/** The catalogue's answer to a structured query: the selection, its counts, which values, and what is closest. */
export function answerQuery(catalog: Catalog, asked: Query): Answer {
  const matched = matchWords(catalog, asked.words);
  // Words the projects hold only by reading an everyday word as another ("code" as "Côte") are not there.
  const words = matched?.corrections.some(({ typed, read }) => misreadsCommonWord(typed, normalize(read)))
    ? { projects: [], corrections: [] }
    : matched;
  const pick = picker(catalog, asked.excluded);
  const { projects: selected, refused } = withoutRefusers(catalog, asked, pick(asked.filters, words));
  const { projects, keys } = withQuantity(asked, selected);
  const corrections = words?.corrections ?? [];
  // Free words the projects hold only through a typo are said to be read so; alone, they are no understanding.
  const query = corrections.length > 0 ? { ...asked, corrections: [...asked.corrections, ...corrections] } : asked;
  const wordsFound = words !== undefined && projects.length > 0 && corrections.length === 0;
  const answer: Answer = {
    query,
    projects,
    values: [],
    evidence: [],
    understood: hasFilters(query.filters) || hasFilters(query.excluded) || query.recognised || wordsFound,
  };
  if (query.withoutProjects) {
    // Values, not projects: what has none is shown by its name alone.
    answer.values = valuesWithoutProjects(catalog, query);
    answer.projects = [];
    if (query.ask === 'count')
      answer.counts = { ...countsOf(catalog, []), [query.countOf ?? 'projects']: answer.values.length };
    return answer;
  }
  if (query.ask === 'call')
    answer.calls = catalog.calls.filter((call) => projects.some((project) => project.callId === call.id));
  if (query.ask === 'count') {
    const counts = withoutRefused(countsOf(catalog, projects, placeCountries(query.filters)), query, projects, refused);
    const { countOf } = query;
    answer.counts = keys && countOf && countOf !== 'projects' ? { ...counts, [countOf]: keys.size } : counts;
  }
  if (query.ask === 'which')
    answer.values = whichValues(query, projects).filter(
      (value) => !refused.has(valueKey(value)) && (!keys || keys.has(valueKey(value))),
    );
  const lacking = query.each && projects.length > 0 ? firstLacking(pick, query, words) : undefined;
  if (lacking) {
    // One of the values asked of does not: the answer is no, and says what that one does.
    answer.projects = [];
    answer.evidence = evidenceFor(pick, lacking, words);
  } else if (projects.length === 0) {
    if (query.ask === 'yesno') answer.evidence = evidenceFor(pick, query, words);
    const closest = closestTo(pick, query, words);
    if (closest) answer.closest = closest;
  }
  return answer;
}

/**
 * A search that only names places its word index doesn't know (world regions, départements), with nothing else: the
 * projects there. Undefined for anything else, which the word search answers as before.
 */
export function placeSearch(
  catalog: Catalog,
  text: string,
  language: Language,
): { filters: Filters; projects: Project[] } | undefined {
  const { filters, words } = understandQuestion(catalog, text, language);
  if (words.length > 0 || filters.worldRegions.length + filters.departements.length === 0) return undefined;
  return { filters, projects: select(catalog, filters) };
}

/** Few enough not to crowd out the names and countries autocomplete is mostly for. */
const WORLD_REGION_SUGGESTIONS = 3;
const worldRegionCounts = new WeakMap<Catalog, Map<string, number>>();

/** World regions with projects whose name starts like the text typed ("afr" → Afrique, Afrique de l'Ouest…). */
export function worldRegionSuggestions(
  catalog: Catalog,
  typed: string,
): { region: WorldRegion; projectCount: number }[] {
  const prefix = normalize(typed);
  if (prefix.length < 2) return [];
  let counts = worldRegionCounts.get(catalog);
  if (!counts) worldRegionCounts.set(catalog, (counts = new Map()));
  const countOf = (region: WorldRegion, known: Map<string, number>) => {
    let count = known.get(region.id);
    if (count === undefined) {
      count = select(catalog, { ...emptyFilters(), worldRegions: [region.id] }).length;
      known.set(region.id, count);
    }
    return count;
  };
  const known = counts;
  return WORLD_REGIONS.filter((region) => worldRegionNames(region).some((name) => normalize(name).startsWith(prefix)))
    .map((region) => ({ region, projectCount: countOf(region, known) }))
    .filter(({ projectCount }) => projectCount > 0)
    .slice(0, WORLD_REGION_SUGGESTIONS);
}
