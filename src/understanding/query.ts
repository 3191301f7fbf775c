import type { Language } from '../domain/countries.ts';
import type { LeadKindId } from '../domain/leadKinds.ts';
import type { ThemeId } from '../domain/themes.ts';
import type { Quantity } from './quantity.ts';

/** `call`: about the call itself (when and where it was announced, who published it), not its projects. */
export type AskKind = 'list' | 'count' | 'which' | 'yesno' | 'call';
/** `authorities`: the French lead authorities; `partners`: the partner authorities abroad. */
export type CountOf = 'projects' | 'countries' | 'regions' | 'authorities' | 'partners';
/** `departements`: where the leads are (a région lead has none). */
export type WhichOf = 'regions' | 'departements' | 'countries' | 'authorities' | 'themes';

/**
 * What a question asks for, read into filters the catalogue applies: AND across kinds of filter, OR within one
 * (partner countries and world regions are one kind: both say where the partner is).
 */
export interface Filters {
  /** INSEE codes of French regions (of the lead authority). */
  regions: string[];
  /** INSEE codes of départements (of the lead authority). */
  departements: string[];
  kinds: LeadKindId[];
  /** ISO 3166-1 alpha-2 codes of partner countries. */
  countries: string[];
  /** Ids of world regions (src/domain/geography.ts) the partner is in. */
  worldRegions: string[];
  themes: ThemeId[];
  /** Authorities by name as published: French leads and partners abroad (AND between the two sides). */
  authorities: { name: string; side: 'french' | 'partner' }[];
}

/** How a number compares to another: more, fewer, as many, at least or at most as many, or not as many. */
export type Comparison = 'more' | 'fewer' | 'same' | 'atLeast' | 'atMost' | 'other';

export interface Query {
  ask: AskKind;
  countOf?: CountOf;
  which?: WhichOf;
  /** For `which: 'authorities'` or a count of authorities: the French leads (the default) or the partners abroad. */
  whichSide?: 'french' | 'partner';
  filters: Filters;
  /** What the question leaves out ("hors Afrique", "except Mali"): a project matching any one of these is not selected. */
  excluded: Filters;
  /**
   * Whether what is left out is what some do not do ("which regions do not work with Mali"): a which answer then leaves
   * out every French region or lead authority that does, not only its projects that do.
   */
  refuses?: boolean;
  /**
   * Whether a yes/no question asks it of each value it names ("la Normandie et l'Occitanie travaillent-elles toutes les
   * deux avec le Burkina ?"): yes only when each one does, not one of them. For which values ("quelles régions
   * travaillent à la fois en Afrique et en Asie ?", "both"): those with a project for each.
   */
  each?: boolean;
  /**
   * For which values: only those with the most projects ("quelle région a le plus de projets ?", "the most common
   * theme") or the fewest, of those with any ("quel thème a le moins de projets ?").
   */
  extreme?: 'most' | 'fewest';
  /**
   * With `extreme`: the first values of the ranking rather than the first one, those ranked at most this ("les 3
   * régions les plus actives", "top 5 countries"; "the most common themes", a plural, the first 3). Values level with
   * the last one kept are kept too.
   */
  top?: number;
  /**
   * A yes/no question whether the value these filters name has the most (fewest: `extreme`) projects of its kind
   * (`which`): "la Normandie a-t-elle le plus de projets ?". The other filters select what it is ranked in.
   */
  ranks?: Filters;
  /** What `extreme` counts when not projects ("quelle région travaille avec le plus de pays ?": partner countries). */
  extremeBy?: Quantity['of'];
  /**
   * Whether a yes/no question asks it of every project of a subject ("tous les projets de la Normandie sont-ils en
   * Afrique ?"): yes only when every project these filters select (the subject's) is also selected by the question's.
   */
  everyOf?: Filters;
  /** With `everyOf`: what the subject itself leaves out ("tous les projets hors Afrique…"); the rest of `excluded` is
   * what is said of it ("… sont-ils hors du Cameroun ?"), which must not shrink the subject. */
  everyOfExcluded?: Filters;
  /**
   * A yes/no question asked of every value of a kind ("toutes les régions travaillent-elles avec l'Afrique ?", "does
   * every partner country work with Normandy?"): yes when each value `of` that kind has a project the filters select.
   * Every value: those of the projects the filters of its subject select (`among`: "toutes les villes de Normandie…"),
   * or, when it names none, every French region, département or theme, and every partner country or authority with
   * a project.
   */
  allOf?: { of: WhichOf; among: Filters };
  /**
   * A yes/no question whether the value `named` is the only one of its kind (`which`) the filters select ("l'Occitanie
   * est-elle la seule région à travailler avec le Burkina ?", "is Occitanie the only region working with Burkina
   * Faso?"): yes when it has a project and no other value of its kind does.
   */
  alone?: { which: WhichOf; named: Filters };
  /** With `everyOf`: asked of most of them ("la majorité des projets…"), yes when more than half are selected. */
  mostly?: boolean;
  /**
   * For which regions, countries or themes (or how many): those with no project at all, of those the question names
   * ("quelles régions n'ont aucun projet ?", "which African countries have no project?").
   */
  withoutProjects?: boolean;
  /**
   * How many of something each value asked for has, or each project listed ("quelles régions travaillent avec
   * plusieurs pays ?", "which authorities lead more than one project?"): only those are kept.
   */
  perValue?: Quantity;
  /**
   * With `perValue`, a yes/no question asking it of one project ("y a-t-il un projet avec deux pays partenaires ?"):
   * yes when one of them has that many, not all of them together.
   */
  ofAProject?: boolean;
  /** Whether a yes/no question is asked in the negative ("ne travaille-t-elle pas…"): a French yes to it is "si". */
  askedNegatively?: boolean;
  /**
   * A yes/no question comparing two selections by their number of projects ("y a-t-il plus de projets en Europe qu'en
   * Afrique ?", "does Asia have fewer projects than Africa?", "autant … que"): yes when the first has more (fewer, as
   * many) than the second.
   */
  compare?: {
    sense: Comparison;
    of: Quantity['of'];
    first: Filters;
    second: Filters;
    /** Asked which of the two ("y a-t-il plus de projets en Europe ou en Asie ?"), not whether the first. */
    either?: boolean;
  };
  /**
   * For which values: only those with more (fewer, as many) projects — or partner countries… (`of`) — than what `than`
   * selects has ("quelles régions ont plus de projets que la Normandie ?", "which regions work with more countries than
   * Normandy?"), those it names left out.
   */
  outnumber?: { sense: Comparison; of: Quantity['of']; than: Filters };
  /**
   * Asked with "only": with `everyOf`, a project counts when every one of its partners is in the places asked; for which
   * values ("quelles régions travaillent seulement en Afrique ?"), a value counts when every partner of every project
   * it has is.
   */
  only?: boolean;
  /** Words read for no filter: searched for in the projects' own text. */
  words: string[];
  wantsMap: boolean;
  language: Language;
  /** Whether the question said what it asks for ("projets", "combien", "quels pays"), filters or not. */
  recognised: boolean;
  /**
   * Whether it names France as a place ("projets en France"): every lead authority is French, so France is the French
   * side of every project, never a partner country, and selects nothing of its own.
   */
  namesFrance: boolean;
  /** Whether it asks for the projects ranked ("the main projects"), which the published list does not do. */
  ranked: boolean;
  /** Words asking for what the published list does not hold (amounts, dates, contacts…), as typed. */
  unpublished: string[];
  /** Years asked about that no call of the data is of ("les lauréats 2022"): the list says nothing of them. */
  otherYears?: string[];
  /** Whether the years asked about leave out every call of the data: nothing else is answered. */
  otherYearsOnly?: boolean;
  /** Words taken for typos of known ones, as typed and as read. */
  corrections: { typed: string; read: string }[];
}

export const emptyFilters = (): Filters => ({
  regions: [],
  departements: [],
  kinds: [],
  countries: [],
  worldRegions: [],
  themes: [],
  authorities: [],
});

export function hasFilters(filters: Filters): boolean {
  return Object.values(filters).some((values: unknown[]) => values.length > 0);
}

export type FilterSide = 'french' | 'partner' | 'topic';
export const FILTER_SIDES: readonly FilterSide[] = ['french', 'partner', 'topic'];

/** The filters of one side of a partnership: the French lead's, the partner's, or what the projects are about. */
export function filterSides(filters: Filters): Record<FilterSide, Filters> {
  return {
    french: {
      ...emptyFilters(),
      regions: filters.regions,
      departements: filters.departements,
      kinds: filters.kinds,
      authorities: filters.authorities.filter((authority) => authority.side === 'french'),
    },
    partner: {
      ...emptyFilters(),
      countries: filters.countries,
      worldRegions: filters.worldRegions,
      authorities: filters.authorities.filter((authority) => authority.side === 'partner'),
    },
    topic: { ...emptyFilters(), themes: filters.themes },
  };
}

/** The side whose values a "which" question lists: countries are the partner's, regions the French lead's. */
export function askedSide(which: WhichOf, whichSide: Query['whichSide']): FilterSide {
  if (which === 'themes') return 'topic';
  if (which === 'countries' || (which === 'authorities' && whichSide === 'partner')) return 'partner';
  return 'french';
}

/** Kinds of filters that say the same thing: partner countries and world regions both say where the partner is. */
export const FILTER_GROUPS: readonly (keyof Filters)[][] = [
  ['regions'],
  ['departements'],
  ['kinds'],
  ['countries', 'worldRegions'],
  ['themes'],
  ['authorities'],
];

export function unionOfFilters(...all: Filters[]): Filters {
  const union = emptyFilters();
  for (const filters of all) {
    for (const kind of Object.keys(union) as (keyof Filters)[]) {
      const values: unknown[] = union[kind];
      for (const value of filters[kind]) if (!values.includes(value)) values.push(value);
    }
  }
  return union;
}
