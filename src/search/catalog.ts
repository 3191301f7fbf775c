import { allCountries, countryByCode, countryByName, type Country } from '../domain/countries.ts';
import { REGIONS, type Region } from '../domain/regions.ts';
import type { Call, Dataset, Project } from '../domain/schema.ts';
import { THEMES, type Theme } from '../domain/themes.ts';
import { newStemmer } from 'snowball-stemmers';
import { GENERIC_WORDS } from './genericWords.ts';
import { normalize, STOP_WORDS, words } from '../text/normalize.ts';
import { finish, finishInSlices, type Steps } from './steps.ts';
import { SharedTerms } from './sharedTerms.ts';
import { queryWordsOf, RankedIndex, type IndexedField, type RankedResult } from './rankedIndex.ts';

/** Which side of a partnership an authority is on: the French lead ("chef de file") or the partner abroad. */
export type AuthoritySide = 'any' | 'french' | 'partner';

export interface Authority {
  name: string;
  aliases: string[];
  side: 'french' | 'partner';
  /** Where it is: the French region of a lead, the country of a partner. */
  place: Region | Country;
  projects: Project[];
}

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

export type Suggestion =
  | { kind: 'authority'; authority: Authority }
  | { kind: 'country'; country: Country; projectCount: number }
  | { kind: 'region'; region: Region; projectCount: number }
  | { kind: 'theme'; theme: Theme; projectCount: number }
  | { kind: 'project'; project: Project };
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
/** The title's own words outweigh the theme vocabulary, even through a sibling form (see titleSiblingFinder). */
const WEIGHT = {
  authority: 3,
  alias: 2.5,
  country: 2.5,
  region: 2,
  title: 1.5,
  titleSibling: 1.35,
  theme: 1.2,
  id: 1,
} as const;

const countriesOf = (project: Project): Country[] =>
  project.partners.flatMap((partner) => countryByCode(partner.country) ?? []);
const themesOf = (project: Project): Theme[] => project.themes.map((id) => THEMES[id]);

function memoise<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** Texts on many projects, made once: indexes read a shared text once, and find it again cheaply. */
const themeText = memoise((theme: Theme) => [theme.label.fr, theme.label.en, ...theme.terms].join(' · '));
const countryText = memoise((country: Country) => [...country.names, country.code, country.alpha3].join(' · '));

const frenchStemmer = newStemmer('french');
/** A text's words, lower-case with their accents (the stemmer reads them: "résilients" → "résilient"). */
const rawWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);
const stemOf = (word: string) => normalize(frenchStemmer.stem(word));

/** The theme vocabulary's words by stem: "résilience" under "resilient". */
const THEME_WORDS_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>();
  for (const theme of Object.values(THEMES)) {
    for (const word of rawWords([theme.label.fr, ...theme.terms].join(' '))) {
      const known = byStem.get(stemOf(word)) ?? [];
      if (!known.includes(normalize(word))) byStem.set(stemOf(word), [...known, normalize(word)]);
    }
  }
  return byStem;
})();
/** A stem begins like its word: a word whose first letters begin no theme stem needs no stemming. */
const HEAD = 4;
const THEME_STEM_HEADS = new Set([...THEME_WORDS_BY_STEM.keys()].map((stem) => stem.slice(0, HEAD)));

/** Finds the theme words a title says in another form; made per catalogue, so each distinct word is stemmed once. */
type SiblingFinder = (title: string) => string;

/**
 * The theme words a title says in another form ("résilients" for "résilience"): indexed with the title, so that a
 * project whose own words say what was asked comes before those that only have the theme. Stemming every word of a
 * large dataset tripled the index build: words are stemmed once each, and only when they could share a theme stem.
 */
function titleSiblingFinder(): SiblingFinder {
  const byWord = new Map<string, readonly string[]>();
  const siblingsOf = (word: string): readonly string[] => {
    let found = byWord.get(word);
    if (found === undefined) {
      found = THEME_STEM_HEADS.has(normalize(word).slice(0, HEAD)) ? (THEME_WORDS_BY_STEM.get(stemOf(word)) ?? []) : [];
      byWord.set(word, found);
    }
    return found;
  };
  return (title) => {
    const siblings = rawWords(title).flatMap(siblingsOf);
    if (siblings.length === 0) return '';
    const own = new Set(words(title));
    return [...new Set(siblings.filter((word) => !own.has(word)))].join(' ');
  };
}

/**
 * The published title, its curated English translation so that English words find French titles, and the theme words
 * the French title says in another form.
 */
function titleFields(project: Project, siblings: string): IndexedField[] {
  return [
    { text: project.title, weight: WEIGHT.title },
    ...(project.titleEn ? [{ text: project.titleEn, weight: WEIGHT.title }] : []),
    ...(siblings === '' ? [] : [{ text: siblings, weight: WEIGHT.titleSibling }]),
  ];
}

/** Themes are curated in order of relevance: the first one weighs a little more than the next. */
function themeFields(project: Project): IndexedField[] {
  return themesOf(project).map((theme, rank) => ({
    text: themeText(theme),
    weight: WEIGHT.theme * (1 - 0.1 * rank),
    shared: true,
  }));
}

function projectFields(project: Project, siblings: string): IndexedField[] {
  return [
    { text: project.lead.name, weight: WEIGHT.authority },
    ...project.lead.aliases.map((alias) => ({ text: alias, weight: WEIGHT.alias })),
    ...project.partners.flatMap((partner) => [
      { text: partner.name, weight: WEIGHT.authority },
      ...(partner.aliases ?? []).map((alias) => ({ text: alias, weight: WEIGHT.alias })),
    ]),
    ...countriesOf(project).map((country) => ({
      text: countryText(country),
      weight: WEIGHT.country,
      shared: true,
    })),
    { text: `${project.region.name} · ${project.region.nameAsPublished}`, weight: WEIGHT.region, shared: true },
    ...titleFields(project, siblings),
    ...themeFields(project),
    // The id's words only: its glued form ("aapg2021dijonfier") would be a term nobody types, one per project.
    { text: project.id.replaceAll('-', ' '), weight: WEIGHT.id },
  ];
}

/** An authority is found by its name, and a little less by its aliases. */
function authorityFields(authority: Authority): IndexedField[] {
  return [
    { text: authority.name, weight: WEIGHT.authority },
    ...authority.aliases.map((alias) => ({ text: alias, weight: WEIGHT.alias })),
  ];
}

/** Counts items by key, most frequent first (ties in first-seen order). */
function countBy<K, V>(items: Iterable<K>, lookup: (key: K) => V | undefined): { value: V; count: number }[] {
  const counts = new Map<K, number>();
  for (const key of items) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .flatMap(([key, count]) => {
      const value = lookup(key);
      return value === undefined ? [] : [{ value, count }];
    })
    .sort((a, b) => b.count - a.count);
}

let catalogsBuilt = 0;

/** Projects read between two yields of a build in steps (a power of two). */
const PROJECTS_PER_STEP = 256;

/** What a catalogue is made of, built in steps (see Catalog.build). */
interface CatalogParts {
  callsById: Map<string, Call>;
  projectsById: Map<string, Project>;
  projectsByCountry: Map<string, Project[]>;
  projectsByRegion: Map<string, Project[]>;
  projectsByTheme: Map<string, Project[]>;
  authoritiesByName: Map<string, Set<Authority>>;
  authorityProjects: ProjectLists;
  summary: Stats;
  everything: RankedIndex<Project>;
  keywords: RankedIndex<Project>;
  authorities: RankedIndex<Authority>;
  countries: RankedIndex<Country>;
  regions: RankedIndex<Region>;
  entities: RankedIndex<Suggestion>;
}

function* catalogParts(dataset: Dataset): Steps<CatalogParts> {
  const { projects } = dataset;
  const callsById = new Map(dataset.calls.map((call) => [call.id, call]));
  const projectsById = new Map<string, Project>();
  const projectsByCountry = new Map<string, Project[]>();
  const projectsByRegion = new Map<string, Project[]>();
  const projectsByTheme = new Map<string, Project[]>();
  for (let index = 0; index < projects.length; index++) {
    const project = projects[index] as Project;
    projectsById.set(project.id, project);
    for (const code of new Set(project.partners.map((partner) => partner.country)))
      push(projectsByCountry, code, project);
    push(projectsByRegion, project.region.code, project);
    for (const theme of project.themes) push(projectsByTheme, theme, project);
    if ((index & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }
  const countProjects = (byKey: Map<string, Project[]>, key: string) => byKey.get(key)?.length ?? 0;
  const { authorities, authorityProjects, nameKeys, leadCount } = yield* collectAuthorities(projects);
  const authoritiesByName = yield* byNormalisedName(authorities, nameKeys);
  const summary = yield* statsOf(projects, callsById.size, leadCount);

  // Two indexes read each title's siblings: found once.
  const siblingsOf = titleSiblingFinder();
  const siblings: string[] = [];
  for (const project of projects) {
    siblings.push(siblingsOf(project.title));
    if ((siblings.length & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }
  // The indexes below hold many of the same texts (titles, names): each is read once, for all of them.
  const terms = new SharedTerms();
  const everything = yield* RankedIndex.building(
    lazily(projects, (project, index) => ({
      item: project,
      fields: projectFields(project, siblings[index] as string),
    })),
    terms,
  );
  const keywords = yield* RankedIndex.building(
    lazily(projects, (project, index) => ({
      item: project,
      fields: [...titleFields(project, siblings[index] as string), ...themeFields(project)],
    })),
    terms,
  );
  const authorityIndex = yield* RankedIndex.building(
    lazily(authorities, (authority) => ({ item: authority, fields: authorityFields(authority) })),
    terms,
  );
  // Countries with projects first, so that ties resolve to a country the data knows.
  const countries = allCountries().sort(
    (a, b) => countProjects(projectsByCountry, b.code) - countProjects(projectsByCountry, a.code),
  );
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
        ...[...new Set((projectsByRegion.get(region.code) ?? []).map((project) => project.region.nameAsPublished))].map(
          (text) => ({ text, weight: WEIGHT.region }),
        ),
      ],
    })),
  );
  yield;
  const entities = yield* RankedIndex.building<Suggestion>(
    chain<{ item: Suggestion; fields: IndexedField[] }>(
      lazily(authorities, (authority) => ({
        item: { kind: 'authority' as const, authority },
        fields: authorityFields(authority),
      })),
      countries
        .filter((country) => projectsByCountry.has(country.code))
        .map((country) => ({
          item: { kind: 'country' as const, country, projectCount: countProjects(projectsByCountry, country.code) },
          fields: [{ text: country.names.join(' · '), weight: WEIGHT.country }],
        })),
      REGIONS.filter((region) => projectsByRegion.has(region.code)).map((region) => ({
        item: { kind: 'region' as const, region, projectCount: countProjects(projectsByRegion, region.code) },
        fields: [{ text: region.name, weight: WEIGHT.region }],
      })),
      Object.values(THEMES)
        .filter((theme) => projectsByTheme.has(theme.id))
        .map((theme) => ({
          item: { kind: 'theme' as const, theme, projectCount: countProjects(projectsByTheme, theme.id) },
          fields: [
            { text: `${theme.label.fr} · ${theme.label.en} · ${theme.terms.join(' · ')}`, weight: WEIGHT.theme },
          ],
        })),
      lazily(projects, (project) => ({
        item: { kind: 'project' as const, project },
        fields: [{ text: project.title, weight: WEIGHT.title }],
      })),
    ),
    terms,
  );
  return {
    callsById,
    projectsById,
    projectsByCountry,
    projectsByRegion,
    projectsByTheme,
    authoritiesByName,
    authorityProjects,
    summary,
    everything,
    keywords,
    authorities: authorityIndex,
    countries: countryIndex,
    regions: regionIndex,
    entities,
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
  private readonly projectsById: Map<string, Project>;
  private readonly everything: RankedIndex<Project>;
  private readonly keywords: RankedIndex<Project>;
  private readonly authorities: RankedIndex<Authority>;
  private readonly countries: RankedIndex<Country>;
  private readonly regions: RankedIndex<Region>;
  private readonly entities: RankedIndex<Suggestion>;
  private readonly projectsByCountry: Map<string, Project[]>;
  private readonly projectsByRegion: Map<string, Project[]>;
  private readonly projectsByTheme: Map<string, Project[]>;
  /**
   * Authorities by normalised name and alias, to tell a name typed in full: normalising the names of every hit instead
   * took 0.1 s for a one-letter query on 100,000 projects.
   */
  private readonly authoritiesByName: Map<string, Set<Authority>>;
  /**
   * Each authority's projects by position, in the order of its own list: the projects of the 150,000 authorities a
   * two-letter query matches on 100,000 projects, gathered through their objects and a Set, took 0.1 s.
   */
  private readonly authorityProjects: ProjectLists;
  private readonly summary: Stats;

  /** Built at once; `parts` are those Catalog.build made in steps. */
  constructor(dataset: Dataset, parts: CatalogParts = finish(catalogParts(dataset))) {
    this.projects = dataset.projects;
    this.calls = dataset.calls;
    this.callsById = parts.callsById;
    this.projectsById = parts.projectsById;
    this.projectsByCountry = parts.projectsByCountry;
    this.projectsByRegion = parts.projectsByRegion;
    this.projectsByTheme = parts.projectsByTheme;
    this.authoritiesByName = parts.authoritiesByName;
    this.authorityProjects = parts.authorityProjects;
    this.summary = parts.summary;
    this.everything = parts.everything;
    this.keywords = parts.keywords;
    this.authorities = parts.authorities;
    this.countries = parts.countries;
    this.regions = parts.regions;
    this.entities = parts.entities;
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
    return this.projectsById.get(id.trim().toLowerCase());
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
    const onSide = (authority: Authority) => side === 'any' || authority.side === side;
    // No filter when it would take every authority: calling it reads each matching authority (150,000 for "de").
    const result = this.authorities.search(query, side === 'any' ? {} : { filter: onSide });
    const wanted = normalize(query);
    const named = this.authoritiesByName.get(wanted);
    const exact = named && result.hits.find(({ item }) => named.has(item));
    const matching = exact ? [exact] : result.hits;
    const [best, ...alternatives] = matching.map((hit) => hit.item);
    if (!best) return { found: false, suggestions: this.closeTo(this.authorities, query, onSide) };
    const projects = this.projectsOf(matching.map((hit) => hit.doc));
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
    const byCode = REGIONS.find((region) => region.code === query.trim());
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
      return this.entities
        .all()
        .filter((suggestion) => suggestion.kind === 'country' || suggestion.kind === 'theme')
        .toSorted((a, b) => byCount(b) - byCount(a))
        .slice(0, MAX_SUGGESTIONS);
    }
    return this.entities.search(query, { limit: MAX_SUGGESTIONS }).hits.map((hit) => hit.item);
  }

  suggestAuthorities(query: string, side: AuthoritySide = 'any'): Authority[] {
    const onSide = (authority: Authority) => side === 'any' || authority.side === side;
    if (queryIsBlank(query)) {
      return this.authorities
        .all()
        .filter(onSide)
        .sort((a, b) => b.projects.length - a.projects.length || a.name.localeCompare(b.name, 'fr'))
        .slice(0, MAX_SUGGESTIONS);
    }
    return this.authorities.search(query, { limit: MAX_SUGGESTIONS, filter: onSide }).hits.map((hit) => hit.item);
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
          .toSorted((a, b) => Number(this.projectsByCountry.has(b.code)) - Number(this.projectsByCountry.has(a.code)));
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

  /** Every authority, French lead or partner abroad, once each. */
  allAuthorities(): readonly Authority[] {
    return this.authorities.all();
  }

  /**
   * The projects whose text holds every word of the query, best first, with the words taken for typos of others;
   * undefined when the query has no word the index reads (only stop words).
   */
  matchingEveryWord(query: string): { projects: Project[]; corrections: Map<string, string> } | undefined {
    const result = this.everything.search(query);
    if (result.queryWords.length === 0) return undefined;
    const projects = result.hits.filter((hit) => hit.matchedWords === result.queryWords.length).map((hit) => hit.item);
    return { projects, corrections: result.corrections };
  }

  /** Whether any project's text uses this normalised word, as typed (no typo, no prefix). */
  usesWord(word: string): boolean {
    return this.everything.hasTerm(word);
  }

  /** The projects of these authorities (by position), each once, in their order. */
  private projectsOf(authorities: readonly number[]): Project[] {
    const { start, data } = this.authorityProjects;
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

  private countryProjects(code: string): Project[] {
    return this.projectsByCountry.get(code) ?? [];
  }

  private regionProjects(code: string): Project[] {
    return this.projectsByRegion.get(code) ?? [];
  }

  private answer(index: RankedIndex<Project>, query: string): ProjectAnswer {
    const all = queryWordsOf(query);
    const specific = all.filter((word) => !GENERIC_WORDS.has(word));
    const result = index.search((specific.length > 0 ? specific : all).join(' '));
    const corrections = [...result.corrections].map(([word, read]) => ({ typed: typedForm(query, word), read }));
    // A generic word is searched as typed or not at all: "French projects" is not "France projets".
    const guessedGeneric = [...result.corrections.keys()].some((word) => GENERIC_WORDS.has(word));
    const projects = guessedGeneric ? [] : result.hits.map((hit) => hit.item);
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
  private closeTo<T>(index: RankedIndex<T>, query: string, filter?: (item: T) => boolean): T[] {
    const items = index
      .suggestTerms(query)
      .filter(isMeaningfulTerm)
      .flatMap((term) => index.search(term, { limit: 3, filter }).hits.map((hit) => hit.item));
    return [...new Set(items)].slice(0, 5);
  }
}

/**
 * The entries of an index made one at a time as it reads them: made all at once, a large dataset's hundreds of
 * thousands of field lists outlived the young generation, and the collector copied and marked them again and again.
 */
function* lazily<T, U>(items: readonly T[], entry: (item: T, index: number) => U): Generator<U> {
  for (let index = 0; index < items.length; index++) yield entry(items[index] as T, index);
}

function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
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

/** `leadAuthorities`: how many distinct lead authorities (by normalised name), as collectAuthorities counted them. */
function* statsOf(projects: readonly Project[], calls: number, leadAuthorities: number): Steps<Stats> {
  const regionCodes: string[] = [];
  const countryCodes: string[] = [];
  for (const project of projects) {
    regionCodes.push(project.region.code);
    countryCodes.push(...new Set(project.partners.map((partner) => partner.country)));
    if ((regionCodes.length & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }
  const perRegion = countBy(regionCodes, (code) => REGIONS.find((region) => region.code === code));
  const perCountry = countBy(countryCodes, countryByCode);
  return {
    calls,
    projects: projects.length,
    leadAuthorities,
    partnerCountries: perCountry.length,
    regions: perRegion.length,
    perRegion: perRegion.map(({ value, count }) => ({ region: value, count })),
    perCountry: perCountry.map(({ value, count }) => ({ country: value, count })),
  };
}

/** Authorities by normalised name and alias; `nameKeys[i]` is authority i's name, normalised already. */
function* byNormalisedName(
  authorities: readonly Authority[],
  nameKeys: readonly string[],
): Steps<Map<string, Set<Authority>>> {
  const byName = new Map<string, Set<Authority>>();
  const file = (key: string, authority: Authority) => {
    let named = byName.get(key);
    if (!named) byName.set(key, (named = new Set()));
    named.add(authority);
  };
  for (let index = 0; index < authorities.length; index++) {
    const authority = authorities[index] as Authority;
    if ((index & (PROJECTS_PER_STEP - 1)) === 0) yield;
    file(nameKeys[index] as string, authority);
    for (const alias of authority.aliases) file(normalize(alias), authority);
  }
  return byName;
}

/** Lists of project positions in flat arrays: list `i` is `data[start[i]] … data[start[i + 1] - 1]`. */
interface ProjectLists {
  start: Int32Array;
  data: Int32Array;
}

/**
 * One entry per authority (by normalised name, on each side), with its place and projects; `nameKeys` are their
 * normalised names, which the indexes after it reuse: normalising every name again took a tenth of a large build.
 */
function* collectAuthorities(projects: readonly Project[]): Steps<{
  authorities: Authority[];
  authorityProjects: ProjectLists;
  nameKeys: string[];
  leadCount: number;
}> {
  const all: Authority[] = [];
  const nameKeys: string[] = [];
  // Each authority's projects by position, as its `projects`.
  const positions: number[][] = [];
  const bySide = { french: new Map<string, number>(), partner: new Map<string, number>() };
  const add = (name: string, aliases: string[], side: Authority['side'], place: Region | Country, at: number) => {
    const project = projects[at] as Project;
    const key = normalize(name);
    const known = bySide[side].get(key);
    if (known === undefined) {
      bySide[side].set(key, all.push({ name, aliases: [...aliases], side, place, projects: [project] }) - 1);
      nameKeys.push(key);
      positions.push([at]);
      return;
    }
    const existing = all[known] as Authority;
    // Projects are read in order: one already listed is the last (searching the whole list was quadratic).
    if (existing.projects[existing.projects.length - 1] !== project) {
      existing.projects.push(project);
      positions[known]?.push(at);
    }
    if (aliases.length > 0) existing.aliases = [...new Set([...existing.aliases, ...aliases])];
  };
  const regions = new Map(REGIONS.map((region) => [region.code, region]));
  for (let index = 0; index < projects.length; index++) {
    const project = projects[index] as Project;
    if ((index & (PROJECTS_PER_STEP - 1)) === 0) yield;
    const region = regions.get(project.region.code) ?? { code: project.region.code, name: project.region.name };
    add(project.lead.name, project.lead.aliases, 'french', region, index);
    for (const partner of project.partners) {
      const country = countryByCode(partner.country);
      if (country) add(partner.name, partner.aliases ?? [], 'partner', country, index);
    }
  }
  const start = new Int32Array(positions.length + 1);
  positions.forEach((list, authority) => (start[authority + 1] = (start[authority] as number) + list.length));
  const data = new Int32Array(start[positions.length] as number);
  positions.forEach((list, authority) => data.set(list, start[authority] as number));
  return { authorities: all, authorityProjects: { start, data }, nameKeys, leadCount: bySide.french.size };
}
