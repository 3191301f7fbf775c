import { countryByCode, type Country } from '../domain/countries.ts';
import { regionByCode, type Region } from '../domain/regions.ts';
import type { Project } from '../domain/schema.ts';
import { THEMES, type Theme, type ThemeId } from '../domain/themes.ts';
import type { Steps } from '../text/steps.ts';
import { AuthorityCollector, type Authorities, type Authority } from './authorities.ts';
import { AuthorityNames } from './authorityNames.ts';
import { IntList } from './intList.ts';
import { LazyList } from './lazyList.ts';
import { IndexBuilder, type RankedIndex } from './rankedIndex.ts';
import { TermStore } from './termStore.ts';
import { TitleSiblings } from './titleSiblings.ts';

/** Projects read between two yields of a build in steps (a power of two). */
export const PROJECTS_PER_STEP = 256;

/** What autocomplete offers: a name to pick, with what it leads to. */
export type Suggestion =
  | { kind: 'authority'; authority: Authority }
  | { kind: 'country'; country: Country; projectCount: number }
  | { kind: 'region'; region: Region; projectCount: number }
  | { kind: 'theme'; theme: Theme; projectCount: number }
  | { kind: 'project'; project: Project };

/** The title's own words outweigh the theme vocabulary, even through a sibling form (see TitleSiblings). */
export const WEIGHT = {
  authority: 3,
  alias: 2.5,
  country: 2.5,
  region: 2,
  title: 1.5,
  titleSibling: 1.35,
  theme: 1.2,
  id: 1,
} as const;

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

/**
 * Texts on many projects, made once: an index posts a shared text once, found by the text itself (the same string
 * each time, whose hash the engine keeps).
 */
const themeText = memoise((theme: Theme) => [theme.label.fr, theme.label.en, ...theme.terms].join(' · '));
const countryText = memoise((country: Country) => [...country.names, country.code, country.alpha3].join(' · '));
const regionTexts = new Map<string, Map<string, string>>();
/** The region's official and published names: made once per spelling. */
function regionText({ code, name, nameAsPublished }: Project['region']): string {
  let spellings = regionTexts.get(code);
  if (!spellings) regionTexts.set(code, (spellings = new Map()));
  let text = spellings.get(nameAsPublished);
  if (text === undefined) spellings.set(nameAsPublished, (text = `${name} · ${nameAsPublished}`));
  return text;
}

export interface CatalogIndexes {
  /** Everything about a project: authorities, partners, countries, region, titles, themes, id. */
  everything: RankedIndex<Project>;
  /** Titles and themes. */
  keywords: RankedIndex<Project>;
  authorities: RankedIndex<Authority>;
  /** What autocomplete offers: authorities, countries, regions and themes with projects, and titles. */
  entities: RankedIndex<Suggestion>;
  /** The dataset's authorities, found as the names were read. */
  authorityTable: Authorities;
  /** The authorities by the words of their names and aliases. */
  names: AuthorityNames;
  /** By project position: its lead's authority. */
  leadOf: Int32Array;
}

/** The named things with projects autocomplete offers besides authorities and titles, in their order. */
export type NamedGroups = Suggestion & { kind: 'country' | 'region' | 'theme' };

/**
 * Reads the projects' texts once for the two project indexes, finding the authorities as their names are read. A class
 * rather than the generator's own loop: the engine optimises a plain method's hot loop better than a generator's.
 */
class ProjectReader {
  readonly store = new TermStore();
  readonly everything: IndexBuilder<Project>;
  readonly keywords: IndexBuilder<Project>;
  readonly collector = new AuthorityCollector();
  /** Where each authority's name and each project's title were read, for the indexes that hold them again. */
  readonly authorityNames = new IntList(1 << 10);
  readonly titles: Int32Array;
  /** By project position: its lead's authority. */
  readonly leadOf: Int32Array;
  private readonly siblings = new TitleSiblings();
  private title = 0;
  private readonly ownWord = (word: string) => this.store.holdsWord(this.title, word);

  constructor(private readonly projects: readonly Project[]) {
    this.everything = new IndexBuilder(this.store, projects);
    this.keywords = new IndexBuilder(this.store, projects);
    this.titles = new Int32Array(projects.length);
    this.leadOf = new Int32Array(projects.length);
  }

  /** Projects [from, to), in this order within each: a word repeated in fields of one weight counts once, the first. */
  read(from: number, to: number): void {
    const { store, everything, keywords } = this;
    for (let doc = from; doc < to; doc++) {
      const project = this.projects[doc] as Project;
      const { code, name } = project.region;
      const region = regionByCode(code) ?? { code, name };
      this.leadOf[doc] = this.authority(project.lead.name, project.lead.aliases, 'french', region, doc);
      for (const partner of project.partners) {
        const country = countryByCode(partner.country);
        // A partner in a country the bot does not know is searchable, but no authority of its own.
        if (country) this.authority(partner.name, partner.aliases ?? [], 'partner', country, doc);
        else this.names(doc, store.read(partner.name), partner.aliases ?? []);
      }
      for (const partner of project.partners) {
        const country = countryByCode(partner.country);
        if (country) everything.sharedField(doc, countryText(country), WEIGHT.country);
      }
      everything.sharedField(doc, regionText(project.region), WEIGHT.region);
      // The published title, its curated English translation so that English words find French titles, and the
      // theme words the French title says in another form.
      this.title = store.read(project.title);
      this.titles[doc] = this.title;
      this.titleField(doc, this.title, WEIGHT.title);
      if (project.titleEn) this.titleField(doc, store.read(project.titleEn), WEIGHT.title);
      const related = this.siblings.of(project.title, this.ownWord);
      if (related !== '') this.titleField(doc, store.read(related), WEIGHT.titleSibling);
      // Themes are curated in order of relevance: the first one weighs a little more than the next.
      for (let rank = 0; rank < project.themes.length; rank++) {
        const text = themeText(THEMES[project.themes[rank] as ThemeId]);
        const weight = WEIGHT.theme * (1 - 0.1 * rank);
        everything.sharedField(doc, text, weight);
        keywords.sharedField(doc, text, weight);
      }
      // The id's words only: its glued form ("aapg2021dijonfier") would be a term nobody types, one per project.
      everything.field(doc, store.read(project.id, false), WEIGHT.id);
    }
  }

  /**
   * Foreseeing `factor` times as many projects to read as read so far: the lists that grow with them make room at
   * once, rather than doubling (see IntList.expectGrowth).
   */
  expectGrowth(factor: number): void {
    this.store.expectGrowth(factor);
    this.everything.expectGrowth(factor);
    this.keywords.expectGrowth(factor);
    this.collector.expectGrowth(factor);
    this.authorityNames.expectGrowth(factor);
  }

  private authority(
    name: string,
    aliases: readonly string[],
    side: Authority['side'],
    place: Region | Country,
    doc: number,
  ): number {
    const terms = this.store.read(name);
    const authority = this.collector.add(this.store.words(terms), name, aliases, side, place, doc);
    if (authority === this.authorityNames.length) this.authorityNames.push(terms);
    this.names(doc, terms, aliases);
    return authority;
  }

  private names(doc: number, name: number, aliases: readonly string[]): void {
    this.everything.field(doc, name, WEIGHT.authority);
    for (const alias of aliases) this.everything.field(doc, this.store.read(alias), WEIGHT.alias);
  }

  private titleField(doc: number, terms: number, weight: number): void {
    this.everything.field(doc, terms, weight);
    this.keywords.field(doc, terms, weight);
  }
}

/**
 * The catalogue's indexes and authorities, in steps. The indexes hold many of the same texts (titles, names): each is
 * read once, in one pass over the projects, and every index takes the terms it needs from where that text's terms
 * were put. An authority is known by the words of its name (its name normalised), as they were read.
 */
export function* catalogIndexes(projects: readonly Project[], groups: readonly NamedGroups[]): Steps<CatalogIndexes> {
  const reader = new ProjectReader(projects);
  for (let from = 0; from < projects.length; from += PROJECTS_PER_STEP) {
    const to = Math.min(projects.length, from + PROJECTS_PER_STEP);
    reader.read(from, to);
    // The first projects tell how large the rest will make the lists.
    if (from === 0) reader.expectGrowth(projects.length / to);
    yield;
  }
  const { store, everything, keywords, collector, authorityNames, titles, leadOf } = reader;
  const authorityTable = collector.finish(projects);
  // Each authority's aliases, read once for the indexes and the names.
  const aliasTexts: number[][] = [];
  for (let authority = 0; authority < authorityTable.count; authority++) {
    const aliases = authorityTable.aliasesOf(authority);
    if (aliases.length > 0) aliasTexts[authority] = aliases.map((alias) => store.read(alias));
  }

  // An authority is found by its name, and a little less by its aliases.
  const authorityFields = (builder: IndexBuilder<unknown>, doc: number, authority: number) => {
    builder.field(doc, authorityNames.data[authority] as number, WEIGHT.authority);
    for (const alias of aliasTexts[authority] ?? []) builder.field(doc, alias, WEIGHT.alias);
  };
  const authorityIndex = new IndexBuilder(store, authorityTable.list);
  for (let doc = 0; doc < authorityTable.count; doc++) {
    authorityFields(authorityIndex, doc, doc);
    if ((doc & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }

  // Authorities, then the named groups, then the projects' titles.
  const firstTitle = authorityTable.count + groups.length;
  const suggestions = new LazyList<Suggestion>(firstTitle + projects.length, (doc) =>
    doc < authorityTable.count
      ? { kind: 'authority', authority: authorityTable.at(doc) }
      : doc < firstTitle
        ? (groups[doc - authorityTable.count] as NamedGroups)
        : { kind: 'project', project: projects[doc - firstTitle] as Project },
  );
  const entities = new IndexBuilder(store, suggestions);
  for (let doc = 0; doc < suggestions.length; doc++) {
    if (doc < authorityTable.count) authorityFields(entities, doc, doc);
    else if (doc < firstTitle) {
      const group = groups[doc - authorityTable.count] as NamedGroups;
      entities.field(doc, store.read(groupText(group)), groupWeight(group));
    } else entities.field(doc, titles[doc - firstTitle] as number, WEIGHT.title);
    if ((doc & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }

  const terms = yield* store.vocabulary();
  // Every name and alias, and their terms (a bound on their words), counted to make the names' room at once.
  const ids = store.idList();
  const expected = { names: 0, words: 0 };
  const count = (text: number) => {
    expected.names++;
    expected.words += ids[text] as number;
  };
  for (let authority = 0; authority < authorityTable.count; authority++) {
    count(authorityNames.data[authority] as number);
    for (const alias of aliasTexts[authority] ?? []) count(alias);
  }
  const names = new AuthorityNames(terms.vocabulary, authorityTable, expected);
  // A text's words, as their positions in the vocabulary (in the store's scratch: no array per name).
  const positionsOf = (text: number) => {
    const words = store.words(text);
    for (let index = 0; index < words.length; index++) words[index] = terms.positions[words[index] as number] as number;
    return words;
  };
  for (let authority = 0; authority < authorityTable.count; authority++) {
    const text = authorityTable.nameOf(authority);
    names.add({ authority, text, positions: positionsOf(authorityNames.data[authority] as number) });
    authorityTable.aliasesOf(authority).forEach((alias, rank) => {
      names.add({
        authority,
        text: alias,
        positions: positionsOf((aliasTexts[authority] as number[])[rank] as number),
      });
    });
    if ((authority & (PROJECTS_PER_STEP - 1)) === 0) yield;
  }
  return {
    everything: yield* everything.building(terms),
    keywords: yield* keywords.building(terms),
    authorities: yield* authorityIndex.building(terms),
    entities: yield* entities.building(terms),
    authorityTable,
    names,
    leadOf,
  };
}

function groupText(group: NamedGroups): string {
  switch (group.kind) {
    case 'country':
      return group.country.names.join(' · ');
    case 'region':
      return group.region.name;
    case 'theme':
      return `${group.theme.label.fr} · ${group.theme.label.en} · ${group.theme.terms.join(' · ')}`;
  }
}

function groupWeight(group: NamedGroups): number {
  return group.kind === 'country' ? WEIGHT.country : group.kind === 'region' ? WEIGHT.region : WEIGHT.theme;
}
