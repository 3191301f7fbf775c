import { allCountries, countryByCode, countryByName, type Country } from '../domain/countries.ts';
import { REGIONS, regionByCode, type Region } from '../domain/regions.ts';
import { worldRegionNamed } from '../domain/geography.ts';
import type { Call, Dataset, Project } from '../domain/schema.ts';
import { THEMES } from '../domain/themes.ts';
import { GENERIC_WORDS } from './genericWords.ts';
import { normalize, STOP_WORDS, words } from '../text/normalize.ts';
import { finish, finishInSlices, type Steps } from '../text/steps.ts';
import { queryWordsOf, RankedIndex, type RankedResult } from './rankedIndex.ts';
import type { Authorities, Authority, AuthoritySide } from './authorities.ts';
import type { AuthorityNames } from './authorityNames.ts';
import { Facet, FACET_KINDS, type FacetKind } from './facets.ts';
import { ProjectPlaces } from './projectPlaces.ts';
import type { PhraseLookup } from '../understanding/lexicon.ts';
import { catalogIndexes, PROJECTS_PER_STEP, WEIGHT, type NamedGroups, type Suggestion } from './catalogIndexes.ts';

export type { Authority, AuthoritySide } from './authorities.ts';
export type { Suggestion } from './catalogIndexes.ts';

/** A word of the query taken for a typo of a word of the data, as the user typed it and as it was read. */
export interface Correction {
  typed: string;
  read: string;
}

/** Projects ranked for a question, with what the bot needs to say "did you mean …" when it had to guess. */
export interface ProjectAnswer {
  projects: Project[];
  /** The words taken for typos of others ("bordaux" → "Bordeaux"). */
  corrections: Correction[];
  /** Whole names close to the query (authorities, countries, regions, themes), when nothing matched. */
  suggestions: NamedSuggestion[];
}

/** A place the query names, with its projects (maybe none: "no project with Morocco yet" is an answer too). */
export type NamedPlace =
  { kind: 'country'; country: Country; projects: Project[] } | { kind: 'region'; region: Region; projects: Project[] };

export type Resolution<T> =
  | { found: true; value: T; projects: Project[]; certain: boolean; alternatives: T[] }
  | { found: false; suggestions: T[] };

/** A suggestion a person recognises by its name: never a project title's fragment. */
export type NamedSuggestion = Exclude<Suggestion, { kind: 'project' }>;

export interface Stats {
  calls: number;
  projects: number;
  leadAuthorities: number;
  partnerCountries: number;
  regions: number;
  perRegion: { region: Region; count: number }[];
  perCountry: { country: Country; count: number }[];
}

const MAX_SUGGESTIONS = 25;
/** Other authorities a partial name matches, named beside the best one ("also matching …"). */
const MAX_ALTERNATIVES = 5;

let catalogsBuilt = 0;

/** What a catalogue is made of, built in steps (see Catalog.build). */
interface CatalogParts {
  callsById: Map<string, Call>;
  maps: ProjectMaps;
  authorityTable: Authorities;
  names: AuthorityNames;
  leadOf: Int32Array;
  groups: NamedGroups[];
  summary: Stats;
  everything: RankedIndex<Project>;
  keywords: RankedIndex<Project>;
  authorities: RankedIndex<Authority>;
  countries: RankedIndex<Country>;
  regions: RankedIndex<Region>;
  entities: RankedIndex<Suggestion>;
}

/** What a question can filter projects on: each value's projects, in the dataset's order. */
export type ProjectKey = 'region' | 'departement' | 'kind' | 'country' | 'theme';

/** The projects by id and by what a question filters on, and where each is in the dataset. */
interface ProjectMaps {
  byId: Map<string, Project>;
  by: Record<ProjectKey, Map<string, Project[]>>;
  /** The same, as positions: a continent's dozens of countries are merged by marking them. */
  positionsBy: Record<ProjectKey, Map<string, number[]>>;
  positions: Map<Project, number>;
  /** Each region's names as published. */
  spellings: Map<string, Set<string>>;
}

/** Files projects [from, to) in the maps. */
function fileProjects(projects: readonly Project[], from: number, to: number, maps: ProjectMaps): void {
  for (let index = from; index < to; index++) {
    const project = projects[index] as Project;
    const { by, positionsBy } = maps;
    const file = (key: ProjectKey, value: string) => {
      push(by[key], value, project);
      push(positionsBy[key], value, index);
    };
    maps.byId.set(project.id, project);
    maps.positions.set(project, index);
    const { partners, lead } = project;
    for (let rank = 0; rank < partners.length; rank++) {
      const code = (partners[rank] as Project['partners'][number]).country;
      // Two partners in one country: the project is listed once.
      if (!partners.slice(0, rank).some((partner) => partner.country === code)) file('country', code);
    }
    file('region', project.region.code);
    let spellings = maps.spellings.get(project.region.code);
    if (!spellings) maps.spellings.set(project.region.code, (spellings = new Set()));
    spellings.add(project.region.nameAsPublished);
    if (lead.departement) file('departement', lead.departement);
    if (lead.kind) file('kind', lead.kind);
    for (const theme of project.themes) file('theme', theme);
  }
}

function* catalogParts(dataset: Dataset): Steps<CatalogParts> {
  const { projects } = dataset;
  const callsById = new Map(dataset.calls.map((call) => [call.id, call]));
  const maps: ProjectMaps = {
    byId: new Map(),
    by: { region: new Map(), departement: new Map(), kind: new Map(), country: new Map(), theme: new Map() },
    positionsBy: { region: new Map(), departement: new Map(), kind: new Map(), country: new Map(), theme: new Map() },
    positions: new Map(),
    spellings: new Map(),
  };
  for (let from = 0; from < projects.length; from += PROJECTS_PER_STEP) {
    fileProjects(projects, from, Math.min(projects.length, from + PROJECTS_PER_STEP), maps);
    yield;
  }
  const { country: projectsByCountry, region: projectsByRegion, theme: projectsByTheme } = maps.by;
  const countProjects = (byKey: Map<string, Project[]>, key: string) => byKey.get(key)?.length ?? 0;
  // Countries with projects first, so that ties resolve to a country the data knows.
  const countries = allCountries().sort(
    (a, b) => countProjects(projectsByCountry, b.code) - countProjects(projectsByCountry, a.code),
  );
  const groups: NamedGroups[] = [
    ...countries
      .filter((country) => projectsByCountry.has(country.code))
      .map((country) => ({
        kind: 'country' as const,
        country,
        projectCount: countProjects(projectsByCountry, country.code),
      })),
    ...REGIONS.filter((region) => projectsByRegion.has(region.code)).map((region) => ({
      kind: 'region' as const,
      region,
      projectCount: countProjects(projectsByRegion, region.code),
    })),
    ...Object.values(THEMES)
      .filter((theme) => projectsByTheme.has(theme.id))
      .map((theme) => ({ kind: 'theme' as const, theme, projectCount: countProjects(projectsByTheme, theme.id) })),
  ];
  const { authorityTable, names, leadOf, ...indexes } = yield* catalogIndexes(projects, groups);
  const summary = statsOf(maps, projects.length, callsById.size, authorityTable.leadCount);
  const countryIndex = new RankedIndex(
    countries.map((country) => ({
      item: country,
      fields: [
        { text: country.names.join(' · '), weight: WEIGHT.country },
        { text: `${country.code} ${country.alpha3}`, weight: WEIGHT.country },
      ],
    })),
  );
  const regionIndex = new RankedIndex(
    REGIONS.map((region) => ({
      item: region,
      fields: [
        { text: region.name, weight: WEIGHT.region },
        // Each spelling once, not once per project.
        ...[...(maps.spellings.get(region.code) ?? [])].map((text) => ({ text, weight: WEIGHT.region })),
      ],
    })),
  );
  return {
    callsById,
    maps,
    authorityTable,
    names,
    leadOf,
    groups,
    summary,
    ...indexes,
    countries: countryIndex,
    regions: regionIndex,
  };
}

/**
 * The laureates and every question the bot can ask of them. Indexes are built once; the catalogue is immutable, so a
 * reload builds a new one and swaps it in whole. Knows nothing of Discord.
 */
export class Catalog {
  readonly projects: readonly Project[];
  /** Which load of the data this is, higher for each new one: what is drawn from the data is cached under it. */
  readonly version = ++catalogsBuilt;
  readonly calls: readonly Call[];
  private readonly callsById: Map<string, Call>;
  private readonly maps: ProjectMaps;
  private readonly everything: RankedIndex<Project>;
  private readonly keywords: RankedIndex<Project>;
  private readonly authorities: RankedIndex<Authority>;
  private readonly countries: RankedIndex<Country>;
  private readonly regions: RankedIndex<Region>;
  private readonly entities: RankedIndex<Suggestion>;
  private readonly authorityTable: Authorities;
  /** The authorities by the words of their names: a name typed in full, or a question's phrase. */
  private readonly names: AuthorityNames;
  /** By project position: its lead's authority. */
  private readonly leads: Int32Array;
  /** The countries, regions and themes with projects, in the order autocomplete offers them. */
  private readonly groups: readonly NamedGroups[];
  private readonly summary: Stats;
  /** The authorities an empty field offers, per side: made on first use. */
  private readonly blankAuthorities = new Map<AuthoritySide, Authority[]>();
  /** The values of each kind the projects give, as numbers: made on first use (see Facet). */
  private readonly facets = new Map<FacetKind, Facet>();
  /** Where selections' projects are, for the facets. */
  private readonly places: ProjectPlaces;

  /** Built at once; `parts` are those Catalog.build made in steps. */
  constructor(dataset: Dataset, parts: CatalogParts = finish(catalogParts(dataset))) {
    this.projects = dataset.projects;
    this.calls = dataset.calls;
    this.callsById = parts.callsById;
    this.maps = parts.maps;
    this.authorityTable = parts.authorityTable;
    this.names = parts.names;
    this.leads = parts.leadOf;
    this.groups = parts.groups;
    this.summary = parts.summary;
    this.everything = parts.everything;
    this.keywords = parts.keywords;
    this.authorities = parts.authorities;
    this.countries = parts.countries;
    this.regions = parts.regions;
    this.entities = parts.entities;
    this.places = new ProjectPlaces(this.projects, this.maps.positions);
  }

  /**
   * Built a few milliseconds at a time, the event loop free in between: what a reload does, so that the catalogue in
   * service keeps answering while the next one is indexed.
   */
  static async build(dataset: Dataset, sliceMs = 5): Promise<Catalog> {
    return new Catalog(dataset, await finishInSlices(catalogParts(dataset), sliceMs));
  }

  call(id: string): Call | undefined {
    return this.callsById.get(id);
  }

  project(id: string): Project | undefined {
    return this.maps.byId.get(id.trim().toLowerCase());
  }

  random(randomNumber: () => number = Math.random): Project | undefined {
    return this.projects[Math.floor(randomNumber() * this.projects.length)];
  }

  /** Everything: authorities, partners, countries (French or English), regions, titles, themes. */
  search(query: string): ProjectAnswer {
    return this.answer(this.everything, query);
  }

  /** Titles and themes, in French or English. */
  keyword(query: string): ProjectAnswer {
    return this.answer(this.keywords, query);
  }

  /**
   * The country or French region a query names without doubt, with its projects: a search that finds nothing can then
   * say "no project with Morocco yet", as the country command does, instead of "no match".
   */
  place(query: string): NamedPlace | undefined {
    // "Afrique" is a continent, whose name is a whole word of Afrique du Sud's.
    if (worldRegionNamed(query)) return undefined;
    // Whole words only: "afri" is the beginning of Afrique du Sud, not a question about it.
    const country = countryByName(query, normalize) ?? wholeWordsMatch(this.countries.search(query));
    if (country) return { kind: 'country', country, projects: this.countryProjects(country.code) };
    const region = wholeWordsMatch(this.regions.search(query));
    if (region) return { kind: 'region', region, projects: this.regionProjects(region.code) };
    return undefined;
  }

  /**
   * The projects of an authority, lead or partner. A name typed in full (or picked from the suggestions) gives that
   * authority's projects; a partial name gives the projects of every authority that matches it, best first.
   */
  authority(query: string, side: AuthoritySide = 'any'): Resolution<Authority> {
    const accept = this.onSide(side);
    const result = this.authorities.search(query, { accept, hits: 1 + MAX_ALTERNATIVES });
    const named = this.names.named(query);
    const exact = named.length === 0 ? undefined : result.docs.find((doc) => named.includes(doc));
    const best = exact === undefined ? result.hits[0]?.item : this.authorityTable.at(exact);
    if (!best) return { found: false, suggestions: this.closeTo(this.authorities, query, accept) };
    const alternatives = exact === undefined ? result.hits.slice(1).map((hit) => hit.item) : [];
    const projects = this.projectsOf(exact === undefined ? result.docs : [exact]);
    return { found: true, value: best, projects, certain: isCertain(result), alternatives };
  }

  /** Exactly the projects with a partner in the country typed: French or English name, usual alias, or ISO code. */
  country(query: string): Resolution<Country> {
    // A country's own name is that country, not the best-ranked of those it begins ("Guinée", not Guinée-Bissau).
    const named = countryByName(query, normalize);
    if (named) {
      const projects = this.countryProjects(named.code);
      return { found: true, value: named, projects, certain: true, alternatives: [] };
    }
    return this.resolve(this.countries, query, (country) => this.countryProjects(country.code));
  }

  /** Exactly the projects of a French region, by INSEE code (as the command's choices send it) or by name. */
  region(query: string): Resolution<Region> {
    const byCode = regionByCode(query.trim());
    if (byCode)
      return {
        found: true,
        value: byCode,
        projects: this.regionProjects(byCode.code),
        certain: true,
        alternatives: [],
      };
    return this.resolve(this.regions, query, (region) => this.regionProjects(region.code));
  }

  /** Autocomplete for the `search` option: authorities, countries, regions, themes and titles, best first. */
  suggest(query: string): Suggestion[] {
    if (queryIsBlank(query)) {
      // An empty field suggests where to start: the countries and themes with the most projects.
      const byCount = (suggestion: Suggestion) => ('projectCount' in suggestion ? suggestion.projectCount : 0);
      return this.groups
        .filter((suggestion) => suggestion.kind === 'country' || suggestion.kind === 'theme')
        .toSorted((a, b) => byCount(b) - byCount(a))
        .slice(0, MAX_SUGGESTIONS);
    }
    return this.entities.search(query, { limit: MAX_SUGGESTIONS }).hits.map((hit) => hit.item);
  }

  suggestAuthorities(query: string, side: AuthoritySide = 'any'): Authority[] {
    if (queryIsBlank(query)) return this.mostActiveAuthorities(side);
    return this.authorities
      .search(query, { limit: MAX_SUGGESTIONS, accept: this.onSide(side) })
      .hits.map((hit) => hit.item);
  }

  /**
   * Countries with projects when the field is empty; otherwise any country, those with projects first (whatever the
   * match: "be" offers Bénin before Belgium, whose code BE it matches exactly), each group best match first.
   */
  suggestCountries(query: string): { country: Country; projectCount: number }[] {
    const countries = queryIsBlank(query)
      ? this.summary.perCountry.map(({ country }) => country)
      : this.countries
          .search(query)
          .hits.map((hit) => hit.item)
          .toSorted((a, b) => Number(this.maps.by.country.has(b.code)) - Number(this.maps.by.country.has(a.code)));
    return countries
      .slice(0, MAX_SUGGESTIONS)
      .map((country) => ({ country, projectCount: this.countryProjects(country.code).length }));
  }

  suggestProjects(query: string): Project[] {
    if (queryIsBlank(query)) return this.projects.slice(0, MAX_SUGGESTIONS);
    const byId = this.project(query);
    const ranked = this.everything.search(query, { limit: MAX_SUGGESTIONS }).hits.map((hit) => hit.item);
    return byId ? [byId, ...ranked.filter((project) => project !== byId)].slice(0, MAX_SUGGESTIONS) : ranked;
  }

  stats(): Stats {
    return this.summary;
  }

  /** The authorities a question may name, by the words of their names (see AuthorityNames). */
  authorityPhrases(): PhraseLookup {
    return this.names;
  }

  /** The projects with any of these values (of one kind), in the dataset's order. */
  projectsWith(key: ProjectKey, values: readonly string[]): Project[] {
    if (values.length === 1) return this.maps.by[key].get(values[0] as string) ?? [];
    // Marked by position, then read in the dataset's order: no sort, however many values (a continent's countries).
    const marked = new Uint8Array(this.projects.length);
    const positionsBy = this.maps.positionsBy[key];
    for (const value of values) for (const position of positionsBy.get(value) ?? []) marked[position] = 1;
    return this.projects.filter((_, position) => marked[position] === 1);
  }

  /** How many projects `projectsWith` would give, at most (a project with two of the values counts twice). */
  countWith(key: ProjectKey, values: readonly string[]): number {
    return values.reduce((sum, value) => sum + (this.maps.by[key].get(value)?.length ?? 0), 0);
  }

  /** The authorities on a side whose normalised name or alias is the name's. */
  authoritiesNamed(name: string, side: 'french' | 'partner'): number[] {
    return this.names.named(name).filter((authority) => this.authorityTable.side(authority) === side);
  }

  /** How many projects these authorities have, at most (a project of two of them counts twice). */
  authorityProjectCount(authorities: readonly number[]): number {
    return authorities.reduce((sum, authority) => sum + this.authorityTable.projectCount(authority), 0);
  }

  /** The projects of these authorities (by number), each once, in the dataset's order. */
  authorityProjects(authorities: readonly number[]): Project[] {
    if (authorities.length === 1) return this.projectsOf(authorities);
    return this.projectsOf(authorities).sort((a, b) => this.positionOf(a) - this.positionOf(b));
  }

  /** The number of a project's lead authority: two projects with the same lead (by normalised name) have the same. */
  leadAuthorityOf(project: Project): number {
    return this.leads[this.positionOf(project)] as number;
  }

  /** The values of a kind the projects give ("their partner countries"), for counting over many projects. */
  facet(kind: FacetKind): Facet {
    let facet = this.facets.get(kind);
    if (!facet) this.facets.set(kind, (facet = finish(Facet.build(kind, this.places))));
    return facet;
  }

  /**
   * Every facet, built a few milliseconds at a time once the catalogue is in service: the first question that counts
   * over a large catalogue does not wait for them (at 100,000 projects, its leads' and partners' take 60 ms each).
   */
  async prepareFacets(sliceMs = 5): Promise<void> {
    for (const kind of FACET_KINDS) {
      if (this.facets.has(kind)) continue;
      const facet = await finishInSlices(Facet.build(kind, this.places), sliceMs);
      // A question may have needed it meanwhile.
      if (!this.facets.has(kind)) this.facets.set(kind, facet);
    }
  }

  /** Where a project of this catalogue is in its dataset. */
  positionOf(project: Project): number {
    return this.maps.positions.get(project) ?? -1;
  }

  /** Where these projects are in the dataset, -1 for one of another catalogue (see ProjectPlaces). */
  positionsOf(projects: readonly Project[]): Int32Array {
    return this.places.positionsOf(projects, -1);
  }

  /** By position in the dataset: 1 for one of these projects. */
  marksOf(projects: readonly Project[]): Uint8Array {
    return this.places.marksOf(projects);
  }

  /**
   * The projects whose text holds every word of the query, best first, with the words taken for typos of others;
   * undefined when the query has no word the index reads (only stop words).
   */
  matchingEveryWord(query: string): { projects: Project[]; corrections: Map<string, string> } | undefined {
    const result = this.everything.search(query, { hits: 1 });
    if (result.queryWords.length === 0) return undefined;
    // The documents found all match as many words as the best one.
    const everyWord = result.hits[0]?.matchedWords === result.queryWords.length;
    return { projects: everyWord ? this.projectsAt(result.docs) : [], corrections: result.corrections };
  }

  /** Whether any project's text uses this normalised word, as typed (no typo, no prefix). */
  usesWord(word: string): boolean {
    return this.everything.hasTerm(word);
  }

  /** The projects at these positions (the documents of the indexes of projects). */
  private projectsAt(positions: readonly number[]): Project[] {
    const projects = new Array<Project>(positions.length);
    for (let index = 0; index < positions.length; index++)
      projects[index] = this.projects[positions[index] as number] as Project;
    return projects;
  }

  /** The projects of these authorities (by position), each once, in their order. */
  private projectsOf(authorities: readonly number[]): Project[] {
    const { start, data } = this.authorityTable.projectsOf;
    const seen = new Uint8Array(this.projects.length);
    const projects: Project[] = [];
    for (const authority of authorities) {
      for (let index = start[authority] as number, end = start[authority + 1] as number; index < end; index++) {
        const project = data[index] as number;
        if (seen[project] === 1) continue;
        seen[project] = 1;
        projects.push(this.projects[project] as Project);
      }
    }
    return projects;
  }

  /** Authorities of a side, by position; none to check for 'any'. */
  private onSide(side: AuthoritySide): ((doc: number) => boolean) | undefined {
    return side === 'any' ? undefined : (doc) => this.authorityTable.side(doc) === side;
  }

  /** Those with the most projects, then by name: what an empty field offers. */
  private mostActiveAuthorities(side: AuthoritySide): Authority[] {
    let found = this.blankAuthorities.get(side);
    if (!found) {
      const table = this.authorityTable;
      const collator = new Intl.Collator('fr');
      const before = (a: number, b: number) =>
        table.projectCount(b) - table.projectCount(a) || collator.compare(table.nameOf(a), table.nameOf(b));
      const accept = this.onSide(side);
      // The best so far, best first: a new one goes where it belongs, the last one out when there are too many.
      const top: number[] = [];
      for (let index = 0; index < table.count; index++) {
        if (accept && !accept(index)) continue;
        const last = top.at(-1);
        if (top.length === MAX_SUGGESTIONS && last !== undefined && before(index, last) >= 0) continue;
        const at = top.findIndex((other) => before(index, other) < 0);
        top.splice(at === -1 ? top.length : at, 0, index);
        if (top.length > MAX_SUGGESTIONS) top.pop();
      }
      found = top.map((index) => table.at(index));
      this.blankAuthorities.set(side, found);
    }
    return found;
  }

  private countryProjects(code: string): Project[] {
    return this.maps.by.country.get(code) ?? [];
  }

  private regionProjects(code: string): Project[] {
    return this.maps.by.region.get(code) ?? [];
  }

  private answer(index: RankedIndex<Project>, query: string): ProjectAnswer {
    const all = queryWordsOf(query);
    const specific = all.filter((word) => !GENERIC_WORDS.has(word));
    const result = index.search((specific.length > 0 ? specific : all).join(' '), { hits: 0 });
    const corrections = [...result.corrections].map(([word, read]) => ({ typed: typedForm(query, word), read }));
    // A generic word is searched as typed or not at all: "French projects" is not "France projets".
    const guessedGeneric = [...result.corrections.keys()].some((word) => GENERIC_WORDS.has(word));
    const projects = guessedGeneric ? [] : this.projectsAt(result.docs);
    if (projects.length > 0) return { projects, corrections, suggestions: [] };
    return { projects, corrections: [], suggestions: this.namesCloseTo(specific.join(' ')) };
  }

  /**
   * "Did you mean": whole names (authorities, countries, regions, themes) with a word close to one of the query's —
   * in the name itself, not only in the words behind it ("paris" is close to "arts", yet no one means Culture).
   */
  private namesCloseTo(query: string): NamedSuggestion[] {
    const found: NamedSuggestion[] = [];
    for (const term of this.entities.suggestTerms(query).filter(isMeaningfulTerm)) {
      const word = normalize(term);
      for (const { item } of this.entities.search(term, { limit: 3 }).hits) {
        if (item.kind !== 'project' && !found.includes(item) && words(namesOf(item).join(' ')).includes(word))
          found.push(item);
      }
    }
    return found.slice(0, 5);
  }

  private resolve<T>(index: RankedIndex<T>, query: string, projectsOf: (value: T) => Project[]): Resolution<T> {
    const result = index.search(query);
    const [best, ...rest] = result.hits;
    if (!best) return { found: false, suggestions: this.closeTo(index, query) };
    const alternatives = rest
      .filter((hit) => hit.tier === best.tier && hit.score === best.score)
      .map((hit) => hit.item);
    return {
      found: true,
      value: best.item,
      projects: projectsOf(best.item),
      certain: isCertain(result) && alternatives.length === 0,
      alternatives,
    };
  }

  /** "Did you mean": items reached through the data's terms closest to the query's words. */
  private closeTo<T>(index: RankedIndex<T>, query: string, accept?: (doc: number) => boolean): T[] {
    const items = index
      .suggestTerms(query)
      .filter(isMeaningfulTerm)
      .flatMap((term) => index.search(term, { limit: 3, accept }).hits.map((hit) => hit.item));
    return [...new Set(items)].slice(0, 5);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A close little word ("la", "de") would reach every name that has it: never a suggestion. */
function isMeaningfulTerm(term: string): boolean {
  return term.length >= 3 && !STOP_WORDS.has(normalize(term));
}

/** The names a suggestion is shown and known by. */
function namesOf(suggestion: NamedSuggestion): string[] {
  switch (suggestion.kind) {
    case 'authority':
      return [suggestion.authority.name, ...suggestion.authority.aliases];
    case 'country':
      return suggestion.country.names;
    case 'region':
      return [suggestion.region.name];
    case 'theme':
      return [suggestion.theme.label.fr, suggestion.theme.label.en];
  }
}

/** The query's word as the user typed it (accents, case), to say how it was read in their own words. */
function typedForm(query: string, word: string): string {
  return query.split(/\s+/).find((token) => words(token).includes(word)) ?? word;
}

function queryIsBlank(query: string): boolean {
  return normalize(query) === '';
}

/** Certain when the best match has every word, none of them guessed as a typo or found inside a longer word. */
/** The one best item when every word of the query is one of its words, typed in full; undefined otherwise. */
function wholeWordsMatch<T>(result: RankedResult<T>): T | undefined {
  const [best, second] = result.hits;
  if (!best || best.tier !== 'exact' || best.matchedWords !== result.queryWords.length) return undefined;
  const tied = second !== undefined && second.tier === best.tier && second.score === best.score;
  return tied ? undefined : best.item;
}

function isCertain<T>(result: RankedResult<T>): boolean {
  const best = result.hits[0];
  return (
    best !== undefined &&
    best.matchedWords === result.queryWords.length &&
    (best.tier === 'exact' || best.tier === 'prefix')
  );
}

/**
 * What the keys of a map of projects stand for (those `lookup` knows), with how many projects: most first, ties in the
 * order first seen, as the map was filled.
 */
function mostProjectsFirst<V>(
  byKey: Map<string, Project[]>,
  lookup: (key: string) => V | undefined,
): { value: V; count: number }[] {
  return [...byKey]
    .flatMap(([key, projects]) => {
      const value = lookup(key);
      return value === undefined ? [] : [{ value, count: projects.length }];
    })
    .sort((a, b) => b.count - a.count);
}

/** `leadAuthorities`: how many distinct lead authorities (by normalised name). */
function statsOf({ by }: ProjectMaps, projects: number, calls: number, leadAuthorities: number): Stats {
  const perRegion = mostProjectsFirst(by.region, regionByCode).map(({ value: region, count }) => ({ region, count }));
  const perCountry = mostProjectsFirst(by.country, countryByCode).map(({ value: country, count }) => ({
    country,
    count,
  }));
  return {
    calls,
    projects,
    leadAuthorities,
    partnerCountries: perCountry.length,
    regions: perRegion.length,
    perRegion,
    perCountry,
  };
}
