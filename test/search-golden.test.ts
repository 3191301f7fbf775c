import { describe, expect, it } from 'vitest';
import { suggestionName } from '../src/app/lists.ts';
import { loadCatalog } from '../src/data/dataset.ts';
import { localeFor } from '../src/i18n/index.ts';
import type { Project } from '../src/domain/schema.ts';
import type { AuthoritySide, Resolution } from '../src/search/catalog.ts';

const catalog = loadCatalog();
const en = localeFor('en');

/** Short names for the 16 project ids, so that the table below reads like the published list. */
const P = {
  chauvet: 'aapg-2021-chauvet-khammouane',
  tombouctou: 'aapg-2021-aura-tombouctou',
  belier: 'aapg-2021-aura-belier',
  makenene: 'aapg-2021-vichy-makenene',
  dijon: 'aapg-2021-dijon-fier',
  grandEst: 'aapg-2021-grand-est-borgou-centrale',
  cergy: 'aapg-2021-cergy-porto-novo',
  savigny: 'aapg-2021-savigny-boutilimit',
  yvelines: 'aapg-2021-yvelines-jujuy',
  lamentin: 'aapg-2021-lamentin-santiago',
  seineMaritime: 'aapg-2021-seine-maritime-bam',
  ifs: 'aapg-2021-ifs-debar',
  bordeaux: 'aapg-2021-bordeaux-douala',
  perigueux: 'aapg-2021-perigueux-lao-cai',
  macs: 'aapg-2021-macs-paranj',
  aude: 'aapg-2021-aude-hauts-bassins',
} as const;

type Mode = 'all' | 'keyword' | 'country' | 'region' | `authority:${AuthoritySide}`;

interface Expectation {
  /** Id of the top result. */
  first?: string;
  /** The results, in any order, and nothing else. */
  exactly?: string[];
  includes?: string[];
  excludes?: string[];
  /** The words read as typos of others, "typed → read"; null: the query was taken as typed. */
  reads?: string | null;
  /** Country code, region code or authority name the query resolved to (resolution modes). */
  resolvesTo?: string;
  /** Resolution modes: false when the bot had to guess (typo, substring) or hesitated between equals. */
  certain?: boolean;
  /** Nothing found; the suggestions offered include these (as displayed), and none at all if `[]`. */
  none?: { suggests?: string[] };
}

interface Golden {
  mode: Mode;
  query: string;
  expect: Expectation;
}

const BENIN = [P.grandEst, P.cergy];
const CAMEROON = [P.makenene, P.bordeaux];
const NOUVELLE_AQUITAINE = [P.bordeaux, P.perigueux, P.macs];

const GOLDEN: Golden[] = [
  // Everything: French and English, as people type it.
  { mode: 'all', query: 'jazz', expect: { first: P.dijon, exactly: [P.dijon], reads: null } },
  { mode: 'all', query: 'ivory coast', expect: { first: P.belier, exactly: [P.belier] } },
  { mode: 'all', query: 'water', expect: { first: P.makenene, includes: [P.perigueux] } },
  { mode: 'all', query: 'eau', expect: { first: P.makenene, includes: [P.perigueux], excludes: [P.dijon] } },
  { mode: 'all', query: 'benin', expect: { exactly: BENIN } },
  { mode: 'all', query: 'Bénin', expect: { exactly: BENIN, reads: null } },
  { mode: 'all', query: 'eau potable cameroun', expect: { exactly: [P.makenene] } },
  { mode: 'all', query: 'the water project in Cameroon', expect: { first: P.makenene } },
  { mode: 'all', query: 'dijon jazz', expect: { exactly: [P.dijon] } },
  { mode: 'all', query: 'Les Sentinelles du Climat', expect: { first: P.cergy } },
  { mode: 'all', query: 'Grand Est', expect: { first: P.grandEst } },
  { mode: 'all', query: 'santiago de cuba', expect: { exactly: [P.lamentin] } },
  { mode: 'all', query: 'circuits courts', expect: { first: P.macs } },
  { mode: 'all', query: 'burkina faso jeunesse', expect: { exactly: [P.aude] } },
  // Typos, and the "did you mean" they produce.
  { mode: 'all', query: 'bordaux', expect: { first: P.bordeaux, exactly: [P.bordeaux], reads: 'bordaux → Bordeaux' } },
  { mode: 'all', query: 'perigeux', expect: { exactly: [P.perigueux], reads: 'perigeux → Périgueux' } },
  { mode: 'all', query: 'benim', expect: { exactly: BENIN, reads: 'benim → Bénin' } },
  { mode: 'all', query: 'ivory cost', expect: { exactly: [P.belier], reads: 'cost → Coast' } },
  { mode: 'all', query: 'tombouktou', expect: { exactly: [P.tombouctou], reads: 'tombouktou → Tombouctou' } },
  // The Aude project's English title says "health crisis" (crise sanitaire): English words find translated titles.
  { mode: 'all', query: 'helth', expect: { exactly: [P.grandEst, P.seineMaritime, P.aude], reads: 'helth → Health' } },
  { mode: 'all', query: 'grotte chauvett', expect: { exactly: [P.chauvet], reads: 'chauvett → Chauvet' } },
  // A five-letter word two edits from "arts" is no typo of it.
  // "Did you mean" offers whole names only, close to the name itself: "arts" (a word of the Culture theme) is no name.
  { mode: 'all', query: 'paris', expect: { none: { suggests: [] } } },
  {
    mode: 'all',
    query: 'perigueuxxxx',
    expect: { none: { suggests: ["Communauté d'agglomération du Grand Périgueux"] } },
  },
  { mode: 'all', query: 'xyzzy', expect: { none: { suggests: [] } } },
  // Missing accents, apostrophes, hyphens.
  { mode: 'all', query: 'makenene', expect: { exactly: [P.makenene], reads: null } },
  { mode: 'all', query: 'perigueux', expect: { exactly: [P.perigueux], reads: null } },
  { mode: 'all', query: 'cote divoire', expect: { exactly: [P.belier], reads: null } },
  { mode: 'all', query: 'Côte d’Ivoire', expect: { exactly: [P.belier] } },
  { mode: 'all', query: 'porto-novo', expect: { exactly: [P.cergy] } },
  { mode: 'all', query: 'seine maritime santé', expect: { exactly: [P.seineMaritime] } },
  // Partial words, as typed.
  { mode: 'all', query: 'jaz', expect: { first: P.dijon, exactly: [P.dijon] } },
  { mode: 'all', query: 'makén', expect: { first: P.makenene } },
  { mode: 'all', query: 'bordeau metropole', expect: { exactly: [P.bordeaux] } },
  // Country aliases and codes.
  { mode: 'all', query: 'north macedonia', expect: { exactly: [P.ifs] } },
  { mode: 'all', query: 'macédoine du nord', expect: { exactly: [P.ifs] } },
  { mode: 'all', query: 'viêt nam', expect: { exactly: [P.perigueux] } },
  { mode: 'all', query: 'vietnam', expect: { exactly: [P.perigueux] } },
  { mode: 'all', query: 'viet nam', expect: { exactly: [P.perigueux] } },
  { mode: 'all', query: 'cameroon', expect: { exactly: CAMEROON } },
  { mode: 'all', query: 'cameroun', expect: { exactly: CAMEROON } },
  { mode: 'all', query: 'BJ', expect: { exactly: BENIN } },
  { mode: 'all', query: 'civ', expect: { exactly: [P.belier], reads: null } },
  // Regions, with and without hyphens.
  { mode: 'all', query: 'nouvelle aquitaine', expect: { exactly: NOUVELLE_AQUITAINE } },
  { mode: 'all', query: 'martinique', expect: { exactly: [P.lamentin] } },
  { mode: 'all', query: 'auvergne', expect: { exactly: [P.chauvet, P.tombouctou, P.belier, P.makenene] } },
  // Themes and keywords, in both languages.
  { mode: 'all', query: 'health', expect: { exactly: [P.grandEst, P.seineMaritime, P.aude] } },
  { mode: 'all', query: 'santé', expect: { first: P.seineMaritime, exactly: [P.seineMaritime, P.grandEst] } },
  { mode: 'all', query: 'youth', expect: { exactly: [P.cergy, P.ifs, P.aude] } },
  { mode: 'all', query: 'covid', expect: { exactly: [P.grandEst, P.aude] } },
  { mode: 'all', query: 'tourism', expect: { exactly: [P.chauvet] } },
  { mode: 'all', query: 'patrimoine', expect: { includes: [P.dijon, P.lamentin], excludes: [P.makenene] } },
  { mode: 'keyword', query: 'water', expect: { first: P.makenene, exactly: [P.makenene, P.perigueux] } },
  { mode: 'keyword', query: 'eau', expect: { first: P.makenene, excludes: [P.dijon] } },
  { mode: 'keyword', query: 'santé', expect: { first: P.seineMaritime } },
  { mode: 'keyword', query: 'jeunesse', expect: { first: P.aude, exactly: [P.aude, P.cergy, P.ifs] } },
  { mode: 'keyword', query: 'tourisme', expect: { exactly: [P.chauvet] } },
  { mode: 'keyword', query: 'assainissement', expect: { first: P.perigueux, exactly: [P.perigueux, P.makenene] } },
  // Keywords are titles and themes only: a country named in a title counts, a partner's country does not.
  { mode: 'keyword', query: 'benin', expect: { exactly: [P.grandEst] } },
  { mode: 'keyword', query: 'bordeaux', expect: { none: {} } },
  // Countries: exactly the projects with a partner there.
  { mode: 'country', query: 'benin', expect: { resolvesTo: 'BJ', exactly: BENIN, certain: true } },
  { mode: 'country', query: 'togo', expect: { resolvesTo: 'TG', exactly: [P.grandEst], certain: true } },
  { mode: 'country', query: 'benim', expect: { resolvesTo: 'BJ', exactly: BENIN, certain: false } },
  { mode: 'country', query: 'ivory coast', expect: { resolvesTo: 'CI', exactly: [P.belier] } },
  { mode: 'country', query: 'ivory cost', expect: { resolvesTo: 'CI', exactly: [P.belier] } },
  { mode: 'country', query: 'cote divoire', expect: { resolvesTo: 'CI', exactly: [P.belier] } },
  { mode: 'country', query: "Côte-d'Ivoire", expect: { resolvesTo: 'CI', exactly: [P.belier] } },
  { mode: 'country', query: 'civ', expect: { resolvesTo: 'CI', exactly: [P.belier], certain: true } },
  { mode: 'country', query: 'BJ', expect: { resolvesTo: 'BJ', exactly: BENIN, certain: true } },
  { mode: 'country', query: 'North Macedonia', expect: { resolvesTo: 'MK', exactly: [P.ifs] } },
  { mode: 'country', query: 'Macédoine du Nord', expect: { resolvesTo: 'MK', exactly: [P.ifs] } },
  { mode: 'country', query: 'Viêt Nam', expect: { resolvesTo: 'VN', exactly: [P.perigueux] } },
  { mode: 'country', query: 'viet nam', expect: { resolvesTo: 'VN', exactly: [P.perigueux] } },
  { mode: 'country', query: 'Vietnam', expect: { resolvesTo: 'VN', exactly: [P.perigueux] } },
  { mode: 'country', query: 'Cameroon', expect: { resolvesTo: 'CM', exactly: CAMEROON } },
  { mode: 'country', query: 'Cameroun', expect: { resolvesTo: 'CM', exactly: CAMEROON } },
  { mode: 'country', query: 'burkina', expect: { resolvesTo: 'BF', exactly: [P.seineMaritime, P.aude] } },
  { mode: 'country', query: 'Allemagne', expect: { resolvesTo: 'DE', exactly: [], certain: true } },
  { mode: 'country', query: 'kamerounn', expect: { resolvesTo: 'CM', exactly: CAMEROON, certain: false } },
  { mode: 'country', query: 'xyzzy', expect: { none: { suggests: [] } } },
  // Regions: by name, with or without hyphens and accents, or by INSEE code.
  { mode: 'region', query: 'nouvelle aquitaine', expect: { resolvesTo: '75', exactly: NOUVELLE_AQUITAINE } },
  { mode: 'region', query: 'Nouvelle-Aquitaine', expect: { resolvesTo: '75', exactly: NOUVELLE_AQUITAINE } },
  { mode: 'region', query: 'ile de france', expect: { resolvesTo: '11', exactly: [P.cergy, P.savigny, P.yvelines] } },
  { mode: 'region', query: 'bourgogne franche comte', expect: { resolvesTo: '27', exactly: [P.dijon] } },
  { mode: 'region', query: 'normandy', expect: { resolvesTo: '28', exactly: [P.seineMaritime, P.ifs] } },
  { mode: 'region', query: '76', expect: { resolvesTo: '76', exactly: [P.aude], certain: true } },
  { mode: 'region', query: 'bretagne', expect: { resolvesTo: '53', exactly: [] } },
  // Authorities, by side.
  {
    mode: 'authority:any',
    query: 'bordaux',
    expect: { resolvesTo: 'Bordeaux Métropole', exactly: [P.bordeaux], certain: false },
  },
  {
    mode: 'authority:any',
    query: 'aura',
    expect: { resolvesTo: 'Région Auvergne-Rhône-Alpes', exactly: [P.tombouctou, P.belier] },
  },
  { mode: 'authority:any', query: 'maremne', expect: { exactly: [P.macs] } },
  { mode: 'authority:any', query: 'conseil départemental', expect: { exactly: [P.yvelines, P.seineMaritime, P.aude] } },
  { mode: 'authority:partner', query: 'porto novo', expect: { resolvesTo: 'Porto Novo', exactly: [P.cergy] } },
  {
    mode: 'authority:partner',
    query: 'douala',
    expect: { resolvesTo: 'Communauté Urbaine de Douala', exactly: [P.bordeaux] },
  },
  { mode: 'authority:french', query: 'grand est', expect: { resolvesTo: 'Région Grand Est', exactly: [P.grandEst] } },
  { mode: 'authority:partner', query: 'grand est', expect: { none: {} } },
];

interface Outcome {
  ids: string[];
  reads?: string;
  resolvesTo?: string;
  certain?: boolean;
  suggestions: string[];
}

const idsOf = (projects: readonly Project[]) => projects.map((project) => project.id);

function resolutionOutcome<T>(resolution: Resolution<T>, label: (value: T) => string): Outcome {
  if (!resolution.found) return { ids: [], suggestions: resolution.suggestions.map(label) };
  return {
    ids: idsOf(resolution.projects),
    resolvesTo: label(resolution.value),
    certain: resolution.certain,
    suggestions: [],
  };
}

function ask(mode: Mode, query: string): Outcome {
  switch (mode) {
    case 'all':
    case 'keyword': {
      const answer = mode === 'all' ? catalog.search(query) : catalog.keyword(query);
      const reads = answer.corrections.map(({ typed, read }) => `${typed} → ${read}`).join(', ');
      return {
        ids: idsOf(answer.projects),
        ...(reads === '' ? {} : { reads }),
        suggestions: answer.suggestions.map((suggestion) => suggestionName(suggestion, en)),
      };
    }
    case 'country':
      return resolutionOutcome(catalog.country(query), (country) => country.code);
    case 'region':
      return resolutionOutcome(catalog.region(query), (region) => region.code);
    default: {
      const side = mode.slice('authority:'.length) as AuthoritySide;
      return resolutionOutcome(catalog.authority(query, side), (authority) => authority.name);
    }
  }
}

describe('golden questions', () => {
  it('are at least 45, each asking something', () => {
    expect(GOLDEN.length).toBeGreaterThanOrEqual(45);
    for (const { expect: expectation } of GOLDEN) expect(Object.keys(expectation).length).toBeGreaterThan(0);
  });

  it.each(GOLDEN)('$mode "$query"', ({ mode, query, expect: expected }) => {
    const outcome = ask(mode, query);
    if (expected.none) {
      expect(outcome.ids).toEqual([]);
      const { suggests } = expected.none;
      if (suggests) expect(outcome.suggestions).toEqual(suggests.length === 0 ? [] : expect.arrayContaining(suggests));
    } else if (expected.exactly?.length !== 0) {
      expect(outcome.ids.length, 'at least one result').toBeGreaterThan(0);
    }
    if (expected.first !== undefined) expect(outcome.ids[0]).toBe(expected.first);
    if (expected.exactly) expect(outcome.ids.toSorted()).toEqual(expected.exactly.toSorted());
    if (expected.includes) expect(outcome.ids).toEqual(expect.arrayContaining(expected.includes));
    for (const id of expected.excludes ?? []) expect(outcome.ids).not.toContain(id);
    if (expected.reads !== undefined) expect(outcome.reads).toBe(expected.reads ?? undefined);
    if (expected.resolvesTo !== undefined) expect(outcome.resolvesTo).toBe(expected.resolvesTo);
    if (expected.certain !== undefined) expect(outcome.certain).toBe(expected.certain);
  });

  it('never let "eau" reach "Réseau Jazz" through the inside of a word, in any mode', () => {
    for (const answer of [catalog.search('eau'), catalog.keyword('eau')]) {
      expect(answer.projects.map((project) => project.title)).not.toContain('Réseau Jazz France Balkans');
    }
  });

  it('still finds a word inside a longer one when nothing else matches ("limit" → "Boutilimit")', () => {
    expect(idsOf(catalog.search('limit').projects)).toEqual([P.savigny]);
  });
});
