import type { Language } from '../domain/countries.ts';
import { departementByCode } from '../domain/departements.ts';
import { WORLD_REGIONS, type WorldRegion } from '../domain/geography.ts';
import { KIND_GROUPS, type LeadKindId } from '../domain/leadKinds.ts';
import { worldRegionNames } from '../understanding/lexicon.ts';
import { regionByCode, type Region } from '../domain/regions.ts';
import type { Call, Project } from '../domain/schema.ts';
import {
  emptyFilters,
  FILTER_GROUPS,
  FILTER_SIDES,
  filterSides,
  hasFilters,
  type Filters,
  type FilterSide,
  type Query,
} from '../understanding/query.ts';
import { understand } from '../understanding/understand.ts';
import type { Catalog } from './catalog.ts';
import type { ValueSet } from './facets.ts';
import { misreadsCommonWord } from '../understanding/commonWords.ts';
import { normalize } from '../text/normalize.ts';
import { matchWords, placeCountries, select, type WordMatch } from './selection.ts';
import {
  countriesOf,
  countsOf,
  extremeOf,
  measuresOf,
  regionsOf,
  namedKeys,
  everyValue,
  valuesWithoutProjects,
  whichFacet,
  whichValues,
  howMany,
  outnumbering,
  ranksFirst,
  withQuantity,
  ValueList,
  type Counts,
  type EveryValue,
} from './values.ts';

/** For a "no": what one side of the question does instead ("la Normandie coopère avec le Burkina Faso…"). */
export interface Evidence {
  side: FilterSide;
  /** The part of the question this is about (the French side, the partner side, or the theme and words). */
  about: Filters;
  words: string[];
  projects: Project[];
  /** The other side: partner countries for a French side, French regions for a partner side. */
  values: ValueList;
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
  values: ValueList;
  /** For a "no": what exists instead, side by side. */
  evidence: Evidence[];
  /** For a "no" to a question asked of each value it names: the question about the value that has none. */
  lacking?: Query;
  /** For whether a value is the only one (see Query.alone; `values` are all those the filters select): their projects. */
  alone?: { selected: Project[] };
  /** For a comparison: the projects of each of the two selections it weighs. */
  compared?: { first: Project[]; second: Project[]; counts: [number, number] };
  /** For whether a value ranks first (see Query.ranks): its own projects, counted as the ranking counts. */
  ranked?: { own: Project[]; count: number };
  /** For values that outnumber what the question names (see Query.outnumber): what they are weighed against, counted. */
  against?: { projects: Project[]; count: number };
  /**
   * For a question asked of every value of a kind (see Query.allOf; `values` are those that do): how many values there
   * are, how many do not and the first of those (see EveryValue), and the projects the question selects.
   */
  allOf?: EveryValue & { selected: Project[] };
  /** For a question asked of all (or most) projects of a subject: those it selects, of how many. */
  every?: { selected: Project[]; of: Project[] };
  closest?: Closest;
  /** For a question about the call itself: the calls the projects answered. */
  calls?: readonly Call[];
  /**
   * For values ranked by, or required to have so many of, another quantity than projects (Query.extremeBy,
   * Query.perValue): that quantity, value by value.
   */
  measured?: readonly (number | undefined)[];
  /** Whether the question was read for anything: a filter, what it asks, or words the projects hold. */
  understood: boolean;
}

/** A question read against this catalogue's names; the language falls back to the reader's. */
export function understandQuestion(catalog: Catalog, question: string, fallbackLanguage: Language): Query {
  return understand(question, {
    authorities: catalog.authorityPhrases(),
    isDataWord: (word) => catalog.usesWord(word),
    fallbackLanguage,
    callYears: new Set(catalog.calls.map((call) => call.year)),
  });
}

/**
 * For a "no" to a question naming several sides: what each side does on its own. The French side is told by its
 * partners' countries, the partner side by French regions, the topic by whichever the question also names.
 */
function evidenceFor(catalog: Catalog, pick: Pick, query: Query, words: WordMatch | undefined): Evidence[] {
  const all = filterSides(query.filters);
  const present = FILTER_SIDES.filter((side) => hasFilters(all[side]) || (side === 'topic' && words !== undefined));
  if (present.length < 2) return [];
  const byCountries = (side: FilterSide) => side === 'french' || (side === 'topic' && present.includes('partner'));
  return present.map((side) => {
    const topic = side === 'topic';
    const projects = pick(all[side], topic ? words : undefined);
    const values = byCountries(side) ? countriesOf(catalog, projects) : regionsOf(catalog, projects);
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
  const out = catalog.marksOf(kinds.flatMap((kind) => select(catalog, without(excluded, kind).dropped)));
  return (filters, words) => {
    const selected = select(catalog, filters, words);
    const positions = catalog.positionsOf(selected);
    return selected.filter((_, index) => out[positions[index] as number] !== 1);
  };
}

/**
 * "Which regions do not work with Mali", "which countries does Normandy not work with": without the values that do,
 * whole — not only their projects with Mali (or Normandy). Other "which" questions leave out projects only.
 */
function withoutRefusers(
  catalog: Catalog,
  query: Query,
  projects: Project[],
): { projects: Project[]; accepted?: ValueSet } {
  const facet = whichFacet(catalog, query);
  if (!query.refuses || !facet) return { projects };
  const { excluded } = query;
  const kinds = (Object.keys(excluded) as FilterKind[]).filter((kind) => excluded[kind].length > 0);
  const refusing = kinds.flatMap((kind) => select(catalog, { ...query.filters, [kind]: excluded[kind] }));
  const accepted = facet.given(refusing).complement();
  return { projects: facet.having(projects, accepted), accepted };
}

/** "How many countries does Normandy not work with?": the count of the values asked for, those refused left out. */
function withoutRefused(
  catalog: Catalog,
  counts: Counts,
  query: Query,
  projects: readonly Project[],
  accepted: ValueSet | undefined,
): Counts {
  const facet = whichFacet(catalog, query);
  const countOf = query.countOf;
  if (!accepted || !facet || !countOf || countOf === 'projects') return counts;
  return { ...counts, [countOf]: facet.given(projects).and(accepted).size };
}

/**
 * "quels pays d'Afrique sauf le Bénin ?", "which partner countries outside Africa?": the countries a question asking
 * which partner countries leaves out, as values rather than projects (Togo shares a project with Benin); none for
 * other questions, and for "which countries do not work with Normandy" (see withoutRefusers).
 */
function countriesLeftOut(query: Query): ReadonlySet<string> {
  return query.ask === 'which' && query.which === 'countries' && !query.refuses
    ? placeCountries(query.excluded)
    : new Set();
}

/** The projects with a partner in a country the question asks about (of its places, if any) and does not leave out. */
function withAnotherCountry(projects: Project[], filters: Filters, out: ReadonlySet<string>): Project[] {
  if (out.size === 0) return projects;
  const places = placeCountries(filters);
  return projects.filter((project) =>
    project.partners.some(({ country }) => (places.size === 0 || places.has(country)) && !out.has(country)),
  );
}

/**
 * "quelles régions travaillent seulement en Afrique ?": the values asked for with no project with a partner
 * elsewhere, and their projects.
 */
function onlyThere(
  catalog: Catalog,
  pick: Pick,
  query: Query,
  projects: Project[],
): { values?: ValueSet; projects: Project[] } {
  const facet = whichFacet(catalog, query);
  if (!facet) return { projects };
  const places = placeCountries(query.filters);
  const anywhere = pick({ ...query.filters, countries: [], worldRegions: [] });
  const elsewhere = facet.given(
    anywhere.filter((project) => project.partners.some(({ country }) => !places.has(country))),
  );
  const values = elsewhere.complement();
  return { values, projects: facet.having(projects, values) };
}

/**
 * "quelles régions travaillent à la fois en Afrique et en Asie ?": of the values asked for, those with a project for
 * each value of the first kind the question names several of, and those projects.
 */
function inEach(
  catalog: Catalog,
  pick: Pick,
  query: Query,
  projects: Project[],
): { values?: ValueSet; projects: Project[] } {
  const eachOf = (kind: FilterKind) => (kind === 'kinds' ? kindUnits(query.filters.kinds) : query.filters[kind]);
  const group = FILTER_GROUPS.find((kinds) => kinds.reduce((count, kind) => count + eachOf(kind).length, 0) >= 2);
  if (!group) return { projects };
  const cleared = Object.fromEntries(group.map((kind) => [kind, []]));
  const alone = group.flatMap((kind) =>
    (eachOf(kind) as unknown[]).map((value): Filters => ({
      ...query.filters,
      ...cleared,
      [kind]: Array.isArray(value) ? value : [value],
    })),
  );
  const facet = whichFacet(catalog, query);
  if (!facet) {
    // Projects listed: those every selection has ("projects about both youth and climate"), by position: each
    // selection moves on those all the ones before it had (sets of 100,000 projects took 50 ms).
    const had = new Int32Array(catalog.projects.length);
    alone.forEach((filters, rank) => {
      for (const position of catalog.positionsOf(pick(filters))) if (had[position] === rank) had[position] = rank + 1;
    });
    const positions = catalog.positionsOf(projects);
    return { projects: projects.filter((_, index) => had[positions[index] as number] === alone.length) };
  }
  const values = alone.map((filters) => facet.given(pick(filters))).reduce((inAll, given) => inAll.and(given));
  return { values, projects: facet.having(projects, values) };
}

/**
 * The kinds of authority a question names, as it names them: the kinds one word names together ("villes": communes
 * and urban intercommunalities) are one, each other kind is one of its own.
 */
function kindUnits(kinds: readonly LeadKindId[]): LeadKindId[][] {
  const groups = KIND_GROUPS.map((group): LeadKindId[] => [...group.kinds]).filter((group) =>
    group.every((kind) => kinds.includes(kind)),
  );
  const grouped = new Set(groups.flat());
  return [...groups, ...kinds.filter((kind) => !grouped.has(kind)).map((kind) => [kind])];
}

/** The filters without the values of `but`. */
function filtersBut(filters: Filters, but: Filters): Filters {
  const kept = { ...filters };
  for (const kind of Object.keys(filters) as FilterKind[]) {
    const out = new Set(but[kind].map((value: unknown) => JSON.stringify(value)));
    Object.assign(kept, { [kind]: (filters[kind] as unknown[]).filter((value) => !out.has(JSON.stringify(value))) });
  }
  return kept;
}

/** The catalogue's answer to a structured query: the selection, its counts, which values, and what is closest. */
export function answerQuery(catalog: Catalog, asked: Query): Answer {
  // "les lauréats 2022": the list holds other years only, which the answer names — not their projects as if of 2022.
  if (asked.otherYearsOnly) {
    return { query: asked, projects: [], values: ValueList.none, evidence: [], calls: catalog.calls, understood: true };
  }
  const matched = matchWords(catalog, asked.words);
  // Words the projects hold only by reading an everyday word as another ("code" as "Côte") are not there.
  const words = matched?.corrections.some(({ typed, read }) => misreadsCommonWord(typed, normalize(read)))
    ? { projects: [], corrections: [] }
    : matched;
  const countriesOut = countriesLeftOut(asked);
  const pick = picker(
    catalog,
    countriesOut.size > 0 ? { ...asked.excluded, countries: [], worldRegions: [] } : asked.excluded,
  );
  const { projects: selected, accepted } = withoutRefusers(
    catalog,
    asked,
    withAnotherCountry(pick(asked.filters, words), asked.filters, countriesOut),
  );
  // "plus de pays que la Normandie": what the values asked for are weighed against, counted once.
  const { outnumber } = asked;
  const weighed = outnumber ? pick(outnumber.than) : [];
  const against = outnumber && { projects: weighed, count: howMany(catalog, outnumber.of, weighed) };
  const { projects, keys } = withQuantity(catalog, outnumbering(asked, against?.count), selected);
  const corrections = words?.corrections ?? [];
  // Free words the projects hold only through a typo are said to be read so; alone, they are no understanding.
  const query = corrections.length > 0 ? { ...asked, corrections: [...asked.corrections, ...corrections] } : asked;
  const wordsFound = words !== undefined && projects.length > 0 && corrections.length === 0;
  const answer: Answer = {
    query,
    projects,
    values: ValueList.none,
    evidence: [],
    understood: hasFilters(query.filters) || hasFilters(query.excluded) || query.recognised || wordsFound,
  };
  if (against) answer.against = against;
  if (query.withoutProjects) {
    // Values, not projects: what has none is shown by its name alone.
    answer.values = ValueList.of(valuesWithoutProjects(catalog, query));
    answer.projects = [];
    if (query.ask === 'count')
      answer.counts = { ...countsOf(catalog, []), [query.countOf ?? 'projects']: answer.values.length };
    return answer;
  }
  if (query.ranks) {
    // Ranked among the projects selected without it: yes with its own projects, else no; the first ones either way.
    const { first, holds } = ranksFirst(catalog, query, projects);
    const named = new Set(pick(query.ranks, words));
    const own = projects.filter((project) => named.has(project));
    answer.values = first;
    answer.ranked = { own, count: howMany(catalog, query.extremeBy ?? 'projects', own) };
    answer.projects = holds ? own : [];
    return answer;
  }
  if (query.alone) {
    // The only one of its kind among the projects selected: yes with its own projects; no with all of them.
    const { which, named } = query.alone;
    const mine = namedKeys(named);
    answer.values = whichValues(catalog, { ...query, which }, projects);
    const holds = answer.values.length > 0 && answer.values.everyKey((key) => mine.has(key));
    answer.projects = holds ? projects : [];
    answer.alone = { selected: projects };
    return answer;
  }
  if (query.compare) {
    // Weighed by their numbers of projects (or partner countries…): yes with the first selection's projects, or no.
    const { sense, of, first, second } = query.compare;
    const [mine, theirs] = [pick(first, words), pick(second, words)];
    answer.compared = {
      first: mine,
      second: theirs,
      counts: [howMany(catalog, of, mine), howMany(catalog, of, theirs)],
    };
    const [a, b] = answer.compared.counts;
    const holds = { more: a > b, fewer: a < b, same: a === b, atLeast: a >= b, atMost: a <= b, other: a !== b }[sense];
    // Which of the two: both sides' projects, whichever it is.
    answer.projects = query.compare.either ? [...new Set([...mine, ...theirs])] : holds ? mine : [];
    return answer;
  }
  if (query.allOf) {
    // Asked of every value of a kind: yes when none lacks a project; either way, those that have one, with theirs.
    // What is said of them, within the subject ("are all African partner countries in West Africa?": both places),
    // each value with as many as it says ("toutes les régions ont-elles au moins deux projets ?").
    const { of, among } = query.allOf;
    const ofSubject = hasFilters(among) ? pick(among) : undefined;
    const inSubject = new Set(ofSubject);
    const said: Query = { ...query, ask: 'which', which: of, filters: filtersBut(query.filters, among) };
    const chosen = pick(said.filters, words).filter((project) => !ofSubject || inSubject.has(project));
    const each = withQuantity(catalog, said, chosen);
    // Those of them the projects selected give, as numbers: the catalogue may have 100,000 authorities.
    const facet = whichFacet(catalog, said);
    const given = facet?.given(each.projects);
    const having = given && each.keys ? given.and(each.keys) : given;
    const asked = { ...query, which: of, filters: among };
    const subjectValues = ofSubject && whichValues(catalog, asked, ofSubject);
    const every = everyValue(catalog, asked, subjectValues, having);
    const values = whichValues(catalog, said, each.projects, each.keys);
    // Without a subject every value is the catalogue's: only a subject's can leave some out.
    const subjectKeys = subjectValues && new Set(subjectValues.keys());
    answer.values = subjectKeys ? values.where((key) => subjectKeys.has(key)) : values;
    answer.allOf = { ...every, selected: each.projects };
    answer.projects = every.lacking === 0 ? each.projects : [];
    return answer;
  }
  if (query.each && query.ask === 'list') answer.projects = inEach(catalog, pick, query, projects).projects;
  if (query.ask === 'call')
    answer.calls = catalog.calls.filter((call) => projects.some((project) => project.callId === call.id));
  if (query.ask === 'count') {
    const counts = withoutRefused(
      catalog,
      countsOf(catalog, projects, placeCountries(query.filters)),
      query,
      projects,
      accepted,
    );
    const { countOf } = query;
    answer.counts = keys && countOf && countOf !== 'projects' ? { ...counts, [countOf]: keys.size } : counts;
  }
  if (query.ask === 'which') {
    // The values of the quantity asked for, none of those refused, only those there only, and in each place.
    const only = query.only ? onlyThere(catalog, pick, query, projects) : undefined;
    const each = query.each ? inEach(catalog, pick, query, only?.projects ?? projects) : undefined;
    const kept = [keys, accepted, only?.values, each?.values]
      .filter((values) => values !== undefined)
      .reduce<ValueSet | undefined>((all, values) => (all ? all.and(values) : values), undefined);
    const values = whichValues(catalog, query, projects, kept);
    // Only countries are left out (a value of another kind never is one).
    answer.values =
      countriesOut.size > 0 && query.which === 'countries' ? values.where((code) => !countriesOut.has(code)) : values;
    answer.projects = each?.projects ?? only?.projects ?? projects;
    // "quelles régions travaillent avec plusieurs pays ?": beside each, its number of countries.
    const counted = query.perValue?.of;
    if (counted && counted !== 'projects' && !query.extreme)
      answer.measured = measuresOf(catalog, query, counted, answer.values, projects);
    if (query.extreme)
      ({
        values: answer.values,
        projects: answer.projects,
        measured: answer.measured,
      } = extremeOf(catalog, query, answer.values, projects));
  }
  const lacking =
    query.each && query.ask === 'yesno' && projects.length > 0 ? firstLacking(pick, query, words) : undefined;
  if (lacking) {
    // One of the values asked of does not: the answer is no, and says what that one does, or what is closest to it.
    answer.projects = [];
    answer.lacking = lacking;
    answer.evidence = evidenceFor(catalog, pick, lacking, words);
    const closest = answer.evidence.length === 0 ? closestTo(pick, lacking, words) : undefined;
    if (closest) answer.closest = closest;
  } else if (projects.length === 0) {
    if (query.ask === 'yesno') answer.evidence = evidenceFor(catalog, pick, query, words);
    const closest = closestTo(pick, query, words);
    if (closest) answer.closest = closest;
  }
  // "projets 2021 et 2022": the calls the note says the list holds.
  if (query.otherYears) answer.calls = catalog.calls;
  if (query.everyOf && projects.length > 0) {
    // Asked of all (or most) projects of the subject: no when too few of them are selected, saying how many are. (A
    // place of the subject and one of the question are joined by "or": "the projects in Benin in West Africa".)
    // The subject with only its own exclusions: "… sont-ils hors du Cameroun ?" is said of all of Africa's projects.
    const subject = new Set(picker(catalog, query.everyOfExcluded ?? emptyFilters())(query.everyOf, undefined));
    // "le Grand Est ne travaille-t-il qu'avec le Bénin ?": not when its project also has a partner in Togo.
    const places = query.only ? placeCountries(query.filters) : new Set<string>();
    const onlyThere = (project: Project) =>
      places.size === 0 || project.partners.every((partner) => places.has(partner.country));
    const selected = projects.filter((project) => subject.has(project) && onlyThere(project));
    answer.every = { selected, of: [...subject] };
    const enough = query.mostly ? selected.length * 2 > subject.size : selected.length === subject.size;
    answer.projects = enough ? selected : [];
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
