import { allCountries, countryByCode } from '../domain/countries.ts';
import { DEPARTEMENTS, departementByCode } from '../domain/departements.ts';
import { REGIONS, regionByCode } from '../domain/regions.ts';
import type { Project } from '../domain/schema.ts';
import { THEMES, type ThemeId } from '../domain/themes.ts';
import type { Filters, Query } from '../understanding/query.ts';
import type { Quantity } from '../understanding/quantity.ts';
import type { Catalog } from './catalog.ts';
import type { Facet, FacetKind, ValueSet } from './facets.ts';
import { placeCountries } from './selection.ts';
import { ValueList, type Value } from './valueList.ts';

export { ValueList, valueKey, type Value } from './valueList.ts';

/**
 * The values a question asks for — regions, départements, countries, authorities, themes — as the projects give
 * them: listed with their counts, counted, kept to a quantity ("plusieurs pays"), or those with no project at all.
 */

export interface Counts {
  projects: number;
  countries: number;
  regions: number;
  /** French lead authorities. */
  authorities: number;
  /** Partner authorities abroad, by name as published (as "which partners" lists them). */
  partners: number;
}

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
    return {
      projects: stats.projects,
      countries: stats.partnerCountries,
      regions: stats.regions,
      authorities: stats.leadAuthorities,
      partners: catalog.facet('partners').keys.length,
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

/**
 * The values of a kind the projects give (only those `kept` when given, and whose keys pass `accept`), with how many
 * of the projects give each: most projects first, ties in the order the projects first give them.
 */
function tally(
  catalog: Catalog,
  kind: FacetKind,
  projects: readonly Project[],
  kept?: ValueSet,
  accept: (key: string) => boolean = () => true,
): ValueList {
  const facet = catalog.facet(kind);
  const { counts, order } = facet.count(projects);
  const numbers = keptOf(order, (number) => {
    if (kept && !kept.hasNumber(number)) return false;
    const key = facet.keys[number] as string;
    return accept(key) && isValueKey(kind, key);
  });
  return ValueList.counted(
    facet,
    mostFirst(numbers, counts),
    counts,
    (key, count) => valueOf(kind, key, count) as Value,
  );
}

/** Those of the numbers that pass `keep`, in their order (a typed array's own filter is ten times slower). */
function keptOf(numbers: Int32Array, keep: (number: number) => boolean): Int32Array {
  const held = new Int32Array(numbers.length);
  let count = 0;
  for (const number of numbers) if (keep(number)) held[count++] = number;
  return held.subarray(0, count);
}

/**
 * The numbers by their counts, highest first, in their order among equals: sorted by counting, not by comparing
 * (there may be 100,000 values, most with a count of 1).
 */
function mostFirst(numbers: Int32Array, counts: Uint32Array): Int32Array {
  const countOf = (number: number) => counts[number] ?? 0;
  let most = 0;
  for (const number of numbers) most = Math.max(most, countOf(number));
  // Where the numbers of each count go: the highest count's first.
  const next = new Uint32Array(most + 1);
  for (const number of numbers) next[countOf(number)] = (next[countOf(number)] ?? 0) + 1;
  let at = 0;
  for (let count = most; count >= 0; count--) [next[count], at] = [at, at + (next[count] ?? 0)];
  const sorted = new Int32Array(numbers.length);
  for (const number of numbers) {
    const count = countOf(number);
    sorted[next[count] ?? 0] = number;
    next[count] = (next[count] ?? 0) + 1;
  }
  return sorted;
}

/** Whether a key of a kind names a value: any name is an authority; a code the reference lists do not hold is none. */
function isValueKey(kind: FacetKind, key: string): boolean {
  return kind === 'authorities' || kind === 'partners' || valueOf(kind, key, 0) !== undefined;
}

/** The value a key of a kind names, with its count (none for a code the reference lists do not hold). */
function valueOf(kind: FacetKind, key: string, count: number): Value | undefined {
  switch (kind) {
    case 'regions': {
      const region = regionByCode(key);
      return region && { kind: 'region', region, count };
    }
    case 'departements': {
      const departement = departementByCode(key);
      return departement && { kind: 'departement', departement, count };
    }
    case 'countries': {
      const country = countryByCode(key);
      return country && { kind: 'country', country, count };
    }
    case 'themes':
      return { kind: 'theme', theme: THEMES[key as ThemeId], count };
    case 'authorities':
    case 'partners':
      return { kind: 'authority', name: key, count };
    default:
      return undefined;
  }
}

export const regionsOf = (catalog: Catalog, projects: readonly Project[]): ValueList =>
  tally(catalog, 'regions', projects);

export const countriesOf = (catalog: Catalog, projects: readonly Project[]): ValueList =>
  tally(catalog, 'countries', projects);

/** The partners in `places` ("which partners are in Benin"), counted partner by partner. */
function partnersIn(projects: readonly Project[], places: ReadonlySet<string>, kept?: ValueSet): ValueList {
  // A partner's name says nothing of its country (two towns abroad may share one).
  const counts = new Map<string, number>();
  for (const project of projects) {
    const names = new Set(project.partners.filter((partner) => places.has(partner.country)).map(({ name }) => name));
    for (const name of names) if (!kept || kept.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return ValueList.of(
    [...counts].map(([name, count]): Value => ({ kind: 'authority', name, count })).sort((a, b) => b.count - a.count),
  );
}

/**
 * The values a "which" question asks for (only those `kept`, of its facet, when given). A project with partners in
 * several countries gives only those the question names: "which partners are in Benin?" is not answered with Grand
 * Est's partner in Togo, nor "which countries in Asia?" with its partners elsewhere.
 */
export function whichValues(catalog: Catalog, query: Query, projects: readonly Project[], kept?: ValueSet): ValueList {
  const kind = whichKind(query.which, query.whichSide);
  if (!kind) return ValueList.none;
  const places = placeCountries(query.filters);
  if (places.size === 0) return tally(catalog, kind, projects, kept);
  if (kind === 'partners') return partnersIn(projects, places, kept);
  if (kind !== 'countries') return tally(catalog, kind, projects, kept);
  return tally(catalog, kind, projects, kept, (code) => places.has(code));
}

/** France and the ISO codes of its territories overseas: never a partner country ("pays sans projet"). */
const FRENCH_TERRITORIES = new Set(['FR', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'WF', 'PF', 'NC', 'TF']);

/**
 * "quelles régions n'ont aucun projet ?", "which African countries have no project?": the regions, countries or themes
 * the question names (all of them if it names none) that no project of the catalogue has.
 */
export function valuesWithoutProjects(catalog: Catalog, query: Query): Value[] {
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
      const has = new Set(catalog.facet('departements').keys);
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
      const has = new Set(catalog.facet('themes').keys);
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

/** Of every value a yes/no question is asked of: how many there are, and those that lack what it asks. */
export interface EveryValue {
  total: number;
  /** How many lack it, and the first of them (most projects first): an answer names a few and counts the rest. */
  lacking: number;
  firstLacking: Value[];
}

/** The lacking values an answer keeps (see EveryValue): of 100,000 authorities, nearly all may lack. */
export const LACKING_KEPT = 12;

/**
 * Every value a yes/no question is asked of (Query.allOf: its kind as `which`, its subject's filters as `filters`),
 * and those of them `having` (of their facet) does not hold: `ofSubject`, the values of the projects its subject
 * selects when it names something ("tous les pays d'Afrique de l'Ouest…": the partner countries there); else every
 * French region, département or theme, whether with a project or not, and every partner country or authority of the
 * catalogue (a country without one is nobody's partner) — those counted by number, and made into values only where
 * they lack (a large catalogue has 100,000 authorities).
 */
export function everyValue(
  catalog: Catalog,
  query: Query,
  ofSubject: ValueList | undefined,
  having: ValueSet | undefined,
): EveryValue {
  const all = ofSubject ?? referenceValues(query);
  const facet = whichFacet(catalog, query);
  if (!all && facet) {
    const kind = whichKind(query.which, query.whichSide) as FacetKind;
    const lacking = having ? having.complement() : facet.valuesWhere(() => true);
    const counted = { total: 0, lacking: 0 };
    for (let number = 0; number < facet.keys.length; number++) {
      if (!isValueKey(kind, facet.keys[number] as string)) continue;
      counted.total++;
      if (lacking.hasNumber(number)) counted.lacking++;
    }
    return { ...counted, firstLacking: tally(catalog, kind, catalog.projects, lacking).slice(0, LACKING_KEPT) };
  }
  const values = all ?? ValueList.none;
  const numbers = facet && values.numbersIn(facet);
  const lacking: number[] = [];
  for (let at = 0; at < values.length; at++) if (!having?.hasNumber(numbers?.[at] ?? -1)) lacking.push(at);
  return { total: values.length, lacking: lacking.length, firstLacking: values.picked(lacking).slice(0, LACKING_KEPT) };
}

/** Every French region, département or theme; none for the kinds only the catalogue lists. */
function referenceValues(query: Query): ValueList | undefined {
  switch (query.which) {
    case 'regions':
      return ValueList.of(REGIONS.map((region) => ({ kind: 'region', region, count: 0 })));
    case 'departements':
      return ValueList.of(DEPARTEMENTS.map((departement) => ({ kind: 'departement', departement, count: 0 })));
    case 'themes':
      return ValueList.of(Object.values(THEMES).map((theme) => ({ kind: 'theme', theme, count: 0 })));
    default:
      return undefined;
  }
}

/**
 * The values a "which" (or "how many") question asks for, as each project gives them: its region, its lead, its
 * partners' countries or names, its themes. None for a count of projects.
 */
export function whichFacet(catalog: Catalog, query: Query): Facet | undefined {
  const kind = whichKind(query.which ?? query.countOf, query.whichSide);
  return kind && catalog.facet(kind);
}

/** The kind of value a "which" question asks for: partners for partner authorities; none for projects. */
function whichKind(which: Quantity['of'] | undefined, side: Query['whichSide']): FacetKind | undefined {
  if (which === undefined || which === 'projects') return undefined;
  return which === 'authorities' && side === 'partner' ? 'partners' : which;
}

/**
 * With a quantity asked for: the values (their keys) that have that many of what is counted, over the projects
 * selected, and those projects that give one of them ("quelles régions travaillent avec plusieurs pays ?"); or, when
 * the question lists projects, the projects that have that many ("projects with two partner countries").
 */
export function withQuantity(
  catalog: Catalog,
  query: Query,
  projects: Project[],
): { projects: Project[]; keys?: ValueSet } {
  const { perValue } = query;
  if (!perValue) return { projects };
  // "plusieurs pays": its partner countries; "plus d'un projet": itself.
  const { of } = perValue;
  const within = (size: number) => size >= perValue.min && size <= perValue.max && size !== perValue.except;
  // Those projects that have that many themselves.
  const ofTheirOwn = () => {
    const sizes = of === 'projects' ? undefined : catalog.facet(of).sizesOf(projects);
    return { projects: projects.filter((_, index) => within(sizes?.[index] ?? 1)) };
  };
  // "la Nouvelle-Aquitaine a-t-elle au moins 3 projets ?": what the projects selected have, together.
  if (query.ask === 'yesno' && query.ofAProject) return ofTheirOwn();
  if (query.ask === 'yesno') return { projects: within(howMany(catalog, perValue.of, projects)) ? projects : [] };
  const facet = whichFacet(catalog, query);
  if (!facet) return ofTheirOwn();
  const sizes = measuredBy(catalog, perValue.of, facet, projects);
  // What the question weighs against is no answer to it ("autant de projets que l'Île-de-France": not itself).
  const named = query.outnumber ? namedKeys(query.outnumber.than) : new Set<string>();
  const keys = facet.valuesWhere((number) => {
    const size = sizes[number] as number;
    return size > 0 && within(size) && !named.has(facet.keys[number] as string);
  });
  return { projects: facet.having(projects, keys), keys };
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
export function ranksFirst(catalog: Catalog, query: Query, projects: Project[]): { first: ValueList; holds: boolean } {
  const { values: first } = extremeOf(catalog, query, whichValues(catalog, query, projects), projects);
  const ranked = namedKeys(query.ranks ?? query.filters);
  return { first, holds: first.someKey((key) => ranked.has(key)) };
}

/** How many distinct values of a kind the projects give (their number, for projects). */
export function howMany(catalog: Catalog, of: Quantity['of'], projects: readonly Project[]): number {
  return of === 'projects' ? distinctProjects(catalog, projects) : catalog.facet(of).given(projects).size;
}

/** How many distinct projects: marked by position (a Set of 100,000 projects took 30 ms). */
function distinctProjects(catalog: Catalog, projects: readonly Project[]): number {
  const marks = new Uint8Array(catalog.projects.length);
  let count = 0;
  for (const position of catalog.positionsOf(projects)) {
    // One of another catalogue (from before a reload) is counted as it comes.
    if (position < 0) count++;
    else if (marks[position] === 0) {
      marks[position] = 1;
      count++;
    }
  }
  return count;
}

/** The keys of the values these filters name (see valueKey). */
export function namedKeys({ regions, departements, countries, themes, authorities }: Filters): Set<string> {
  return new Set([...regions, ...departements, ...countries, ...themes, ...authorities.map(({ name }) => name)]);
}

/**
 * "quel thème a le moins de projets ?", "quelle région a le plus de projets ?": of the values, those with the fewest (or
 * most) projects — or partner countries… (Query.extremeBy: "la région qui travaille avec le plus de pays") — and the
 * projects they have.
 */
export function extremeOf(
  catalog: Catalog,
  query: Query,
  values: ValueList,
  projects: Project[],
): { values: ValueList; projects: Project[]; measured?: number[] } {
  // "quel thème a le moins de projets, la culture ou la formation ?": of those named, not every theme of their projects.
  const named = namedKeys(query.filters);
  const among = named.size > 0 ? values.where((key) => named.has(key)) : ValueList.none;
  const ranked = among.length >= 2 ? among : values;
  const facet = whichFacet(catalog, query);
  const numbers = facet && ranked.numbersIn(facet);
  const measures = query.extremeBy ? measuresOf(catalog, query, query.extremeBy, ranked, projects) : undefined;
  const counts = new Float64Array(ranked.length);
  for (let at = 0; at < ranked.length; at++) counts[at] = measures?.[at] ?? ranked.countAt(at);
  // Ranked as in a competition (a value's rank is one more than the number of values ahead of it): those ranked at
  // most `top`, the first one by default, level values together.
  const perCount = new Map<number, number>();
  for (const count of counts) perCount.set(count, (perCount.get(count) ?? 0) + 1);
  const keptCounts = new Set<number>();
  let ahead = 0;
  for (const count of [...perCount.keys()].sort((a, b) => (query.extreme === 'most' ? b - a : a - b))) {
    if (ahead >= (query.top ?? 1)) break;
    keptCounts.add(count);
    ahead += perCount.get(count) ?? 0;
  }
  // Where the kept values are among those ranked; the fewest first (level values in their order: a stable sort).
  const keptAt: number[] = [];
  for (let at = 0; at < ranked.length; at++) if (keptCounts.has(counts[at] ?? 0)) keptAt.push(at);
  if (query.extreme === 'fewest' && keptCounts.size > 1) keptAt.sort((a, b) => (counts[a] ?? 0) - (counts[b] ?? 0));
  return {
    values: ranked.picked(keptAt),
    projects:
      facet && numbers ? facet.having(projects, facet.valuesNumbered(keptAt.map((at) => numbers[at] ?? -1))) : projects,
    // Ranked by another quantity than projects ("le plus de pays"): that quantity, value by value, is what to show.
    ...(measures ? { measured: keptAt.map((at) => counts[at] ?? 0) } : {}),
  };
}

/**
 * "quelles régions travaillent avec plusieurs pays ?", "… avec le plus de pays ?": for each value, how many of what the
 * question counts its projects give (its partner countries); undefined for a value no project gives, and for all when
 * the values asked for are no facet's.
 */
export function measuresOf(
  catalog: Catalog,
  query: Query,
  of: Quantity['of'],
  values: ValueList,
  projects: readonly Project[],
): (number | undefined)[] | undefined {
  const facet = whichFacet(catalog, query);
  if (!facet) return undefined;
  const numbers = values.numbersIn(facet);
  const measured = measuredBy(catalog, of, facet, projects);
  return Array.from({ length: values.length }, (_, at) => {
    const number = numbers[at] ?? -1;
    return number >= 0 ? (measured[number] ?? 0) : undefined;
  });
}

/** By value of a facet (by number): how many distinct things of a kind its projects give ("its partner countries"). */
function measuredBy(catalog: Catalog, of: Quantity['of'], facet: Facet, projects: readonly Project[]): Uint32Array {
  if (of === 'projects') return facet.count(projects).counts;
  // A country's partners are those in it, not every partner of its projects (Benin's project with Togo's Région
  // Centrale gave Benin three).
  if (of === 'partners' && facet === catalog.facet('countries')) return partnersByCountry(facet, projects);
  return facet.measure(projects, catalog.facet(of));
}

/** By country (facet number): its distinct partner authorities among these projects. */
function partnersByCountry(countries: Facet, projects: readonly Project[]): Uint32Array {
  const counts = new Uint32Array(countries.keys.length);
  const seen = new Set<string>();
  for (const project of projects) {
    for (const { country, name } of project.partners) {
      const number = countries.numberOf(country);
      const key = `${country} ${name}`;
      if (number === undefined || seen.has(key)) continue;
      seen.add(key);
      counts[number] = (counts[number] as number) + 1;
    }
  }
  return counts;
}
