import { allCountries, countryByCode, type Country } from '../domain/countries.ts';
import { DEPARTEMENTS, departementByCode, type Departement } from '../domain/departements.ts';
import { REGIONS, regionByCode, type Region } from '../domain/regions.ts';
import type { Project } from '../domain/schema.ts';
import { THEMES, type Theme, type ThemeId } from '../domain/themes.ts';
import type { Quantity } from '../understanding/quantity.ts';
import type { Filters, Query } from '../understanding/query.ts';
import type { Catalog } from './catalog.ts';
import { placeCountries } from './selection.ts';

/**
 * The values a question asks for — regions, départements, countries, authorities, themes — as the projects give
 * them: listed with their counts, counted, kept to a quantity ("plusieurs pays"), or those with no project at all.
 */

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

const partnerCountries = (project: Project) => new Set(project.partners.map((partner) => partner.country));
const partnerNames = (project: Project) => project.partners.map((partner) => partner.name);

/** Per catalogue: how many partner authorities all its projects have (a large one's count is worth keeping). */
const allPartnerCounts = new WeakMap<Catalog, number>();

/**
 * `places`: the partner countries the question names, if any; partners and countries elsewhere are not counted
 * ("combien de collectivités partenaires au Bénin ?" is not Grand Est's partner in Togo).
 */
export function countsOf(
  catalog: Catalog,
  projects: readonly Project[],
  places: ReadonlySet<string> = new Set(),
): Counts {
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
export function whichValues(query: Query, projects: readonly Project[]): Value[] {
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
export function valuesWithoutProjects(catalog: Catalog, query: Query): Value[] {
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
 * Every value a yes/no question is asked of (Query.allOf: its kind as `which`, its subject's filters as `filters`):
 * those of `ofSubject`, the projects its subject selects when it names something ("tous les pays d'Afrique de
 * l'Ouest…": the partner countries there); else every French region, département or theme, whether with a project or
 * not, and every partner country or authority of the catalogue (a country without one is nobody's partner).
 */
export function valuesOfAll(
  catalog: Catalog,
  query: Query,
  ofSubject: readonly Project[] | undefined,
): readonly Value[] {
  if (ofSubject) return whichValues(query, ofSubject);
  // The catalogue's own: listed once per catalogue, kind and side (a large catalogue's partners took 0.13 s to list).
  const key = `${query.which ?? ''} ${query.whichSide ?? ''}`;
  let known = everyValueLists.get(catalog);
  if (!known) everyValueLists.set(catalog, (known = new Map()));
  let values = known.get(key);
  if (!values) known.set(key, (values = everyValueOf(catalog, query)));
  return values;
}

/** Per catalogue, by kind and side: every value of that kind (see valuesOfAll), at most a dozen lists. */
const everyValueLists = new WeakMap<Catalog, Map<string, readonly Value[]>>();

function everyValueOf(catalog: Catalog, query: Query): Value[] {
  switch (query.which) {
    case 'regions':
      return REGIONS.map((region) => ({ kind: 'region', region, count: 0 }));
    case 'departements':
      return DEPARTEMENTS.map((departement) => ({ kind: 'departement', departement, count: 0 }));
    case 'themes':
      return Object.values(THEMES).map((theme) => ({ kind: 'theme', theme, count: 0 }));
    default:
      return whichValues(query, catalog.projects);
  }
}

/** What each project gives of a kind of value: its region, lead's département, partners' countries or names, lead… */
function keysOfKind(kind: Quantity['of']): (project: Project) => readonly string[] {
  switch (kind) {
    case 'projects':
      return (project) => [project.id];
    case 'regions':
      return (project) => [project.region.code];
    case 'departements':
      return leadDepartement;
    case 'countries':
      return (project) => [...partnerCountries(project)];
    case 'themes':
      return (project) => project.themes;
    case 'authorities':
      return (project) => [project.lead.name];
    case 'partners':
      return partnerNames;
  }
}

/**
 * The values a "which" (or "how many") question asks for, as each project gives them: its region, its lead, its
 * partners' countries or names, its themes. None for a count of projects.
 */
export function whichKeys(query: Query): ((project: Project) => readonly string[]) | undefined {
  const kind = query.which ?? query.countOf;
  if (kind === undefined || kind === 'projects') return undefined;
  return keysOfKind(kind === 'authorities' && query.whichSide === 'partner' ? 'partners' : kind);
}

/**
 * With a quantity asked for: the values (their keys) that have that many of what is counted, over the projects
 * selected, and those projects that give one of them ("quelles régions travaillent avec plusieurs pays ?"); or, when
 * the question lists projects, the projects that have that many ("projects with two partner countries").
 */
export function withQuantity(query: Query, projects: Project[]): { projects: Project[]; keys?: Set<string> } {
  const { perValue } = query;
  if (!perValue) return { projects };
  // "plusieurs pays": its partner countries; "plus d'un projet": itself.
  const measure = keysOfKind(perValue.of);
  const within = (things: ReadonlySet<string>) =>
    things.size >= perValue.min && things.size <= perValue.max && things.size !== perValue.except;
  // "la Nouvelle-Aquitaine a-t-elle au moins 3 projets ?": what the projects selected have, together.
  if (query.ask === 'yesno' && query.ofAProject)
    return { projects: projects.filter((project) => within(new Set(measure(project)))) };
  if (query.ask === 'yesno') return { projects: within(new Set(projects.flatMap(measure))) ? projects : [] };
  const keysOf = whichKeys(query);
  if (!keysOf) return { projects: projects.filter((project) => within(new Set(measure(project)))) };
  const measured = measuredBy(perValue.of, keysOf, projects);
  // What the question weighs against is no answer to it ("autant de projets que l'Île-de-France": not itself).
  const named = query.outnumber ? namedKeys(query.outnumber.than) : new Set<string>();
  const keys = new Set([...measured].filter(([key, things]) => within(things) && !named.has(key)).map(([key]) => key));
  return { projects: havingKeys(projects, keysOf, keys), keys };
}

/**
 * "quelles régions travaillent avec plus de pays que la Normandie ?": once what the question weighs against is counted
 * (`count`, see howMany), the quantity each value must have to outdo it.
 */
export function outnumbering(query: Query, count: number | undefined): Query {
  if (!query.outnumber || count === undefined) return query;
  const { sense, of } = query.outnumber;
  const ranges: Record<typeof sense, [number, number]> = {
    more: [count + 1, Infinity],
    fewer: [1, count - 1],
    same: [count, count],
    atLeast: [count, Infinity],
    atMost: [1, count],
    other: [1, Infinity],
  };
  const [min, max] = ranges[sense];
  return { ...query, perValue: { of, min, max, ...(sense === 'other' ? { except: count } : {}) } };
}

/**
 * "la Normandie a-t-elle le plus de projets ?": the values of the kind asked with the most (or fewest) among the
 * projects, and whether the one the question ranks (Query.ranks) is one of them.
 */
export function ranksFirst(query: Query, projects: Project[]): { first: Value[]; holds: boolean } {
  const { values: first } = extremeOf(query, whichValues(query, projects), projects);
  const ranked = namedKeys(query.ranks ?? query.filters);
  return { first, holds: first.some((value) => ranked.has(valueKey(value))) };
}

/** How many distinct values of a kind the projects give (their number, for projects). */
export function howMany(of: Quantity['of'], projects: readonly Project[]): number {
  return new Set(projects.flatMap(keysOfKind(of))).size;
}

/** The keys of the values these filters name (see valueKey). */
export function namedKeys({ regions, departements, countries, themes, authorities }: Filters): Set<string> {
  return new Set([...regions, ...departements, ...countries, ...themes, ...authorities.map(({ name }) => name)]);
}

/** The projects that give one of these keys. */
function havingKeys(
  projects: Project[],
  keysOf: (project: Project) => readonly string[],
  keys: ReadonlySet<string>,
): Project[] {
  return projects.filter((project) => keysOf(project).some((key) => keys.has(key)));
}

/**
 * "quel thème a le moins de projets ?", "quelle région a le plus de projets ?": of the values, those with the fewest (or
 * most) projects — or partner countries… (Query.extremeBy: "la région qui travaille avec le plus de pays") — and the
 * projects they have.
 */
export function extremeOf(
  query: Query,
  values: Value[],
  projects: Project[],
): { values: Value[]; projects: Project[] } {
  // "quel thème a le moins de projets, la culture ou la formation ?": of those named, not every theme of their projects.
  const named = namedKeys(query.filters);
  const among = values.filter((value) => named.has(valueKey(value)));
  const ranked = among.length >= 2 ? among : values;
  const keysOf = whichKeys(query);
  const measured = query.extremeBy && keysOf ? measuredBy(query.extremeBy, keysOf, projects) : undefined;
  const countOf = (value: Value) => measured?.get(valueKey(value))?.size ?? value.count;
  const counts = ranked.map(countOf);
  const extreme = query.extreme === 'most' ? Math.max(...counts) : Math.min(...counts);
  const kept = ranked.filter((value) => countOf(value) === extreme);
  const keys = new Set(kept.map(valueKey));
  return { values: kept, projects: keysOf ? havingKeys(projects, keysOf, keys) : projects };
}

/** By value key: the distinct things of a kind its projects give ("its partner countries"). */
function measuredBy(
  of: Quantity['of'],
  keysOf: (project: Project) => readonly string[],
  projects: readonly Project[],
): Map<string, Set<string>> {
  const measure = keysOfKind(of);
  const measured = new Map<string, Set<string>>();
  for (const project of projects) {
    for (const key of keysOf(project)) {
      let things = measured.get(key);
      if (!things) measured.set(key, (things = new Set()));
      for (const thing of measure(project)) things.add(thing);
    }
  }
  return measured;
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
