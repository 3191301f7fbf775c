import { describe, expect, it } from 'vitest';
import type { Language } from '../src/domain/countries.ts';
import { PhraseTable } from '../src/understanding/lexicon.ts';
import { tokenise } from '../src/understanding/tokens.ts';
import { compactQuestion, questionLanguage, understand } from '../src/understanding/understand.ts';
import type { Query } from '../src/understanding/query.ts';

/**
 * Understanding alone, without the catalogue: a few authorities by name, alias and place (as the catalogue files
 * them, see AuthorityNames), and no word "known to the data".
 */
const authorities = new PhraseTable();
for (const [phrase, name, side] of [
  ['Bordeaux Métropole', 'Bordeaux Métropole', 'french'],
  ['Bordeaux', 'Bordeaux Métropole', 'french'],
  ['Communauté Urbaine de Douala', 'Communauté Urbaine de Douala', 'partner'],
  ['Douala', 'Communauté Urbaine de Douala', 'partner'],
  ['Conseil régional de Tombouctou', 'Conseil régional de Tombouctou', 'partner'],
  ['Tombouctou', 'Conseil régional de Tombouctou', 'partner'],
  ['Timbuktu', 'Conseil régional de Tombouctou', 'partner'],
  ['Ifs', 'Ifs', 'french'],
  ["Ville d'Ifs", 'Ifs', 'french'],
] as const) {
  authorities.add(phrase, { type: 'authority', name, side });
}
const CALL_YEARS = new Set([2021]);
const read = (text: string, fallbackLanguage: Language = 'en'): Query =>
  understand(text, { authorities, isDataWord: () => false, fallbackLanguage, callYears: CALL_YEARS });
/** The filters that are set, without the empty ones. */
const filtersOf = (query: Query) =>
  Object.fromEntries(Object.entries(query.filters).filter(([, values]) => values.length > 0));

describe('words of a question', () => {
  it('split elisions, hyphens and punctuation off, fold case and accents, and keep how each word was typed', () => {
    const { tokens } = tokenise("L'Afrique, l’eau d'Ivoire — Porto-Novo? US");
    expect(tokens.map((token) => token.word)).toEqual([
      'l',
      'afrique',
      'l',
      'eau',
      'd',
      'ivoire',
      'porto',
      'novo',
      'us',
    ]);
    expect(tokens.find((token) => token.word === 'us')?.allCaps).toBe(true);
    expect(tokens.find((token) => token.word === 'afrique')?.capitalised).toBe(true);
  });

  it('see a French inverted question in "travaille-t-elle", "a-t-il", "coopèrent-elles", not in "Porto-Novo"', () => {
    expect(tokenise('la Normandie travaille-t-elle avec le Mali ?').inverted).toBe(true);
    expect(tokenise('la region grand est travaille t elle avec le togo').inverted).toBe(true);
    expect(tokenise("a t'il un projet au Togo").inverted).toBe(true);
    // Full-width letters are the letters they stand for.
    expect(tokenise('ｑｕｅｌｓ ｐｒｏｊｅｔｓ ａｕ Ｍａｌｉ').tokens.map((token) => token.word)).toEqual([
      'quels',
      'projets',
      'au',
      'mali',
    ]);
    expect(tokenise('y a-t-il un projet').inverted).toBe(true);
    expect(tokenise('les Yvelines coopèrent-elles avec l’Argentine').inverted).toBe(true);
    expect(tokenise('projets à Porto-Novo').inverted).toBe(false);
  });

  it('see one typed with no hyphen after an auxiliary or a plural verb, not after an adverb in -ment', () => {
    expect(tokenise('toutes les regions ont elles un projet en afrique').inverted).toBe(true);
    expect(tokenise('les communes sont elles en afrique').inverted).toBe(true);
    expect(tokenise('la normandie et l occitanie travaillent elles avec le burkina').inverted).toBe(true);
    expect(tokenise('comment elles travaillent avec le mali').inverted).toBe(false);
    expect(tokenise('seulement elles travaillent avec le mali').inverted).toBe(false);
    expect(tokenise('elles ont des projets').inverted).toBe(false);
  });

  it('are read from a bounded prefix of any text', () => {
    expect(tokenise('mot '.repeat(10_000)).tokens.length).toBeLessThanOrEqual(60);
  });
});

describe('what a question asks', () => {
  it('a list by default, with or without question words and politeness', () => {
    for (const text of ['projets en Afrique', 'quels projets en Afrique ?', 'please show me the projects in Africa'])
      expect(read(text)).toMatchObject({ ask: 'list', filters: { worldRegions: ['m49-002'] } });
  });

  it('a count, of projects unless it names countries, regions or authorities', () => {
    expect(read('combien de projets en Afrique ?')).toMatchObject({ ask: 'count', countOf: 'projects' });
    expect(read('how many partner countries?')).toMatchObject({ ask: 'count', countOf: 'countries' });
    expect(read('nombre de régions')).toMatchObject({ ask: 'count', countOf: 'regions' });
    expect(read('combien de métropoles ?')).toMatchObject({
      ask: 'count',
      countOf: 'authorities',
      filters: { kinds: ['metropole'] },
    });
  });

  it('which regions, countries, authorities or themes, by the noun after the question word', () => {
    expect(read('which French regions work with Cameroon?')).toMatchObject({
      ask: 'which',
      which: 'regions',
      filters: { countries: ['CM'] },
    });
    expect(read('dans quels pays ?')).toMatchObject({ ask: 'which', which: 'countries' });
    expect(read('où travaille Bordeaux ?')).toMatchObject({ ask: 'which', which: 'countries' });
    expect(read('qui travaille avec le Bénin ?')).toMatchObject({ ask: 'which', which: 'authorities' });
    expect(read('quels partenaires au Bénin ?')).toMatchObject({
      ask: 'which',
      which: 'authorities',
      whichSide: 'partner',
    });
    expect(read('what themes in Africa?')).toMatchObject({ ask: 'which', which: 'themes' });
  });

  it('the départements of the leads when asked where ("dans quel département", "is … in"), else départements as leads', () => {
    for (const text of [
      'dans quel département est Bordeaux ?',
      'quel est le département de Bordeaux ?',
      'which departement is Bordeaux in?',
      'in which department is Ifs?',
      'quel département pour Bordeaux ?',
      "what's the department of Bordeaux?",
    ])
      expect(read(text), text).toMatchObject({ ask: 'which', which: 'departements' });
    expect(read('quels départements travaillent avec le Mali ?', 'fr')).toMatchObject({
      which: 'authorities',
      filters: { kinds: ['departement'] },
    });
  });

  it('the partners after "qui est / qui sont", not after another verb', () => {
    const partners = { ask: 'which', which: 'authorities', whichSide: 'partner' };
    expect(read('qui est le partenaire de Bordeaux ?')).toMatchObject(partners);
    expect(read('qui sont ses partenaires ?')).toMatchObject(partners);
    expect(read('quelles collectivités partenaires au Bénin ?')).toMatchObject(partners);
    expect(read('qui travaille avec les partenaires de Bordeaux ?').whichSide).toBeUndefined();
    // Their names: "le nom du partenaire", "name of the partner" ask which ones.
    expect(read('quel est le nom du partenaire de Bordeaux ?', 'fr')).toMatchObject(partners);
    expect(read('name of the partner of Bordeaux')).toMatchObject(partners);
    expect(read('le nom du projet de Bordeaux', 'fr').ask).toBe('list');
  });

  it('a count of partner authorities, apart from the French leads', () => {
    expect(read('how many partner authorities?')).toMatchObject({ countOf: 'partners', whichSide: 'partner' });
    expect(read('combien de collectivités partenaires ?')).toMatchObject({ countOf: 'partners' });
    expect(read('combien de collectivités ?')).toMatchObject({ countOf: 'authorities' });
  });

  it('about the call itself when it names the call and asks nothing of its projects', () => {
    for (const text of ["quand l'appel a-t-il été annoncé ?", "qui a publié l'appel à projets ?", 'what is this call?'])
      expect(read(text, 'fr'), text).toMatchObject({ ask: 'call', words: [], unpublished: [] });
    expect(read("quels projets de l'appel ?", 'fr').ask).toBe('list');
    expect(read("quelles régions dans l'appel ?", 'fr').ask).toBe('which');
    expect(read("combien de projets dans l'appel ?", 'fr').ask).toBe('count');
    expect(read("les projets de l'appel en Afrique", 'fr').ask).toBe('list');
    expect(read("quand l'appel de Bordeaux commence-t-il ?", 'fr').ask).not.toBe('call');
  });

  it('a yes or no asked of each value named ("toutes les deux", "both"), and one asked in the negative', () => {
    const each = read('la Normandie et l’Occitanie travaillent-elles toutes les deux avec le Mali ?', 'fr');
    expect(each).toMatchObject({ ask: 'yesno', each: true, words: [], filters: { regions: ['28', '76'] } });
    expect(read('do Normandy and Brittany both work with Mali?')).toMatchObject({ each: true, words: [] });
    expect(read('la Normandie travaille-t-elle avec le Mali ?', 'fr').each).toBeUndefined();
    expect(read('la Normandie ne travaille-t-elle pas avec le Mali ?', 'fr').askedNegatively).toBe(true);
    expect(read('la Normandie travaille-t-elle avec le Mali ?', 'fr').askedNegatively).toBeUndefined();
  });

  it('yes or no: inverted French, "est-ce que", "y a-t-il", English auxiliaries; not "can you show me"', () => {
    for (const text of [
      'la Normandie travaille-t-elle avec le Mali ?',
      'est-ce que la Normandie travaille avec le Mali',
      'y a-t-il un projet au Sénégal ?',
      'is there a project in Senegal?',
      'does Normandy work with Mali?',
    ])
      expect(read(text).ask, text).toBe('yesno');
    expect(read('can you show me projects in Senegal?').ask).toBe('list');
    expect(read('est-ce que vous pouvez me montrer les projets au Sénégal').ask).toBe('list');
    expect(read("qu'est-ce que la coopération décentralisée ?").ask).toBe('list');
  });

  it('a breakdown ("par région", "per country", "by theme", "in each region") as which values, with their counts', () => {
    for (const [text, which] of [
      ['combien de projets par région ?', 'regions'],
      ['how many projects per region?', 'regions'],
      ['projets par pays', 'countries'],
      ['projects by country', 'countries'],
      ['how many projects in each region?', 'regions'],
      ['projets par thème en Afrique', 'themes'],
    ] as const) {
      const query = read(text);
      expect(query, text).toMatchObject({ ask: 'which', which });
      expect(query.filters.kinds, text).toEqual([]);
    }
    expect(read('projets portés par des régions')).toMatchObject({ ask: 'list', filters: { kinds: ['region'] } });
  });

  it('what the list does not hold (amounts, funding, dates, contacts, results), apart from the rest', () => {
    expect(read('quel est le montant du projet de Bordeaux ?')).toMatchObject({
      ask: 'list',
      unpublished: ['montant'],
      words: [],
      filters: { authorities: [{ name: 'Bordeaux Métropole', side: 'french' }] },
    });
    expect(read('qui finance ces projets ?')).toMatchObject({ ask: 'list', unpublished: ['finance'], words: [] });
    expect(read('qui finance ces projets ?').filters.themes).toEqual([]);
    expect(read('combien coûte le projet ?')).toMatchObject({ ask: 'list', unpublished: ['coûte'] });
    expect(read('when does it start, and what is the budget?').unpublished).toEqual(['when', 'start', 'budget']);
    expect(read('projets gouvernance et finances publiques').filters.themes).toEqual(['governance-finance']);
  });

  it('a map when it says so', () => {
    expect(read('carte des projets en Afrique')).toMatchObject({
      wantsMap: true,
      filters: { worldRegions: ['m49-002'] },
    });
  });
});

describe('filters', () => {
  it('French regions by name, English name or initials', () => {
    for (const text of ['Nouvelle-Aquitaine', 'nouvelle aquitaine', 'NOUVELLE AQUITAINE'])
      expect(filtersOf(read(text))).toEqual({ regions: ['75'] });
    expect(filtersOf(read('Normandy'))).toEqual({ regions: ['28'] });
    expect(filtersOf(read('projets en PACA'))).toEqual({ regions: ['93'] });
  });

  it('départements by name or by number after the word, and everyday words only with a capital', () => {
    expect(filtersOf(read('projets dans les Landes'))).toEqual({ departements: ['40'] });
    expect(filtersOf(read('le département 40'))).toEqual({ departements: ['40'] });
    expect(filtersOf(read('dept 2a'))).toEqual({ departements: ['2A'] });
    expect(filtersOf(read('projects in the Lot'))).toEqual({ departements: ['46'] });
    expect(filtersOf(read('a lot of projects'))).toEqual({});
  });

  it('départements by a bare number as people say it ("dans le 33", "du 69"), not years, dates or counts', () => {
    expect(filtersOf(read('projets dans le 33'))).toEqual({ departements: ['33'] });
    expect(filtersOf(read('projets du 69'))).toEqual({ departements: ['69'] });
    expect(filtersOf(read('projets du 2B'))).toEqual({ departements: ['2B'] });
    expect(filtersOf(read('projets dans le 974'))).toEqual({ departements: ['974'] });
    expect(read('les 3 projets du 24')).toMatchObject({ filters: { departements: ['24'] }, words: [] });
    for (const text of ['projets 2021', 'projets du 2021', 'le 13 mai', 'le 5 projets', 'projets du 99', '33 projets'])
      expect(read(text).filters.departements, text).toEqual([]);
  });

  it('départements by a bare number in English after "in the", "from the", not "the 5 biggest"', () => {
    expect(read('projects in the 33').filters.departements).toEqual(['33']);
    expect(read('projects from the 2A').filters.departements).toEqual(['2A']);
    expect(read('the 5 biggest projects').filters.departements).toEqual([]);
    expect(read('in the 3 countries').filters.departements).toEqual([]);
  });

  it('kinds of lead authority, singular or plural, and intercommunalities as all their kinds', () => {
    expect(filtersOf(read('communes en Afrique'))).toEqual({ kinds: ['commune'], worldRegions: ['m49-002'] });
    expect(read('intercommunalités').filters.kinds.toSorted()).toEqual(
      ['communaute-agglomeration', 'communaute-communes', 'communaute-urbaine', 'metropole'].toSorted(),
    );
    // A singular kind that introduces a name is not a filter.
    expect(filtersOf(read("la ville d'Ifs"))).toEqual({ authorities: [{ name: 'Ifs', side: 'french' }] });
    expect(filtersOf(read('la région Normandie'))).toEqual({ regions: ['28'] });
  });

  it('partner countries in French, English, usual names and codes typed in capitals', () => {
    for (const text of ['Cameroun', 'Cameroon', 'CM', 'CMR'])
      expect(filtersOf(read(text)), text).toEqual({ countries: ['CM'] });
    expect(filtersOf(read("Côte d'Ivoire"))).toEqual({ countries: ['CI'] });
    expect(filtersOf(read('ivory coast'))).toEqual({ countries: ['CI'] });
    // The short names people say.
    expect(filtersOf(read('projets au Burkina'))).toEqual({ countries: ['BF'] });
    expect(filtersOf(read('projets en RDC'))).toEqual({ countries: ['CD'] });
    expect(filtersOf(read('projets en Centrafrique'))).toEqual({ countries: ['CF'] });
    expect(filtersOf(read('projets avec les US'))).toEqual({ countries: ['US'] });
    // Lower-case "us", "in", "de" are words, not codes.
    expect(filtersOf(read('show us projects in de Bordeaux'))).toEqual({
      authorities: [{ name: 'Bordeaux Métropole', side: 'french' }],
    });
  });

  it('France is the French side of every project, never a partner country: said, and no filter', () => {
    for (const text of ['projects in France', 'projets en France', 'projets hors de France']) {
      const query = read(text);
      expect(query, text).toMatchObject({ namesFrance: true, recognised: true });
      expect(query.filters.countries, text).toEqual([]);
      expect(query.excluded.countries, text).toEqual([]);
    }
    expect(read('projets au Mali et en France').filters.countries).toEqual(['ML']);
    expect(read('projets au Mali').namesFrance).toBe(false);
  });

  it('a council beside its territory is the authority, of that kind; "la région Normandie" is the territory', () => {
    expect(filtersOf(read('le conseil régional Auvergne-Rhône-Alpes', 'fr'))).toEqual({
      regions: ['84'],
      kinds: ['region'],
    });
    expect(filtersOf(read('the Auvergne-Rhône-Alpes regional council'))).toEqual({
      regions: ['84'],
      kinds: ['region'],
    });
    expect(filtersOf(read('la région Normandie', 'fr'))).toEqual({ regions: ['28'] });
  });

  it('"outre-mer", "overseas": the five regions overseas', () => {
    for (const text of ['projets outre-mer', 'overseas projects', 'projets dans les DROM'])
      expect(filtersOf(read(text)), text).toEqual({ regions: ['01', '02', '03', '04', '06'] });
  });

  it('the longest phrase wins: a country inside a longer name is that name', () => {
    expect(filtersOf(read('Guinée équatoriale'))).toEqual({ countries: ['GQ'] });
    expect(filtersOf(read('Communauté urbaine de Douala'))).toEqual({
      authorities: [{ name: 'Communauté Urbaine de Douala', side: 'partner' }],
    });
  });

  it('themes by stems, in either language, and only the words one theme owns', () => {
    expect(filtersOf(read('eau potable'))).toEqual({ themes: ['water-sanitation'] });
    expect(filtersOf(read('drinking water'))).toEqual({ themes: ['water-sanitation'] });
    expect(filtersOf(read('centre de santé'))).toEqual({ themes: ['health'] });
    expect(filtersOf(read('jeunes'))).toEqual({ themes: ['youth-participation'] });
    expect(read('durable').filters.themes).toEqual([]);
  });

  it('authorities by name, alias, exonym or place alone', () => {
    expect(filtersOf(read('Timbuktu'))).toEqual({
      authorities: [{ name: 'Conseil régional de Tombouctou', side: 'partner' }],
    });
    expect(filtersOf(read('Bordeaux travaille-t-elle avec Douala ?'))).toEqual({
      authorities: [
        { name: 'Bordeaux Métropole', side: 'french' },
        { name: 'Communauté Urbaine de Douala', side: 'partner' },
      ],
    });
  });

  it('leave the words they don’t know, without question words, politeness or the words of every question', () => {
    expect(read('bonjour, est-ce que vous avez des projets de coopération sur le jazz ?').words).toEqual(['jazz']);
  });
});

describe('negations', () => {
  const excludedOf = (query: Query) =>
    Object.fromEntries(Object.entries(query.excluded).filter(([, values]) => values.length > 0));

  it('leave out the place right after them, in French and English', () => {
    for (const text of [
      'projets hors Afrique',
      'projets hors d’Afrique',
      'projets pas en Afrique',
      'projets en dehors de l’Afrique',
      'projects outside Africa',
      'projects not in Africa',
    ]) {
      const query = read(text);
      expect(excludedOf(query), text).toEqual({ worldRegions: ['m49-002'] });
      expect(filtersOf(query), text).toEqual({});
      expect(query.words, text).toEqual([]);
    }
    expect(excludedOf(read('projets sauf le Mali'))).toEqual({ countries: ['ML'] });
    expect(excludedOf(read('projects except Mali'))).toEqual({ countries: ['ML'] });
    expect(excludedOf(read('projets à part le Mali'))).toEqual({ countries: ['ML'] });
    expect(excludedOf(read('projects other than Mali'))).toEqual({ countries: ['ML'] });
  });

  it('"aucun pays d’Afrique", "no African country", "no water project": leave out every value that has one, whole', () => {
    for (const [text, excluded] of [
      ['quelles régions ne travaillent avec aucun pays d’Afrique ?', { worldRegions: ['m49-002'] }],
      ['which regions work with no African country?', { worldRegions: ['m49-002'] }],
      ['which regions have no water project?', { themes: ['water-sanitation'] }],
      ['quelles régions ne travaillent ni avec le Mali ni avec le Bénin ?', { countries: ['ML', 'BJ'] }],
    ] as const)
      expect(read(text, 'fr'), text).toMatchObject({ which: 'regions', refuses: true, excluded });
  });

  it('"ni … ni", "neither … nor" leave out both places', () => {
    for (const text of ['projets ni en Afrique ni en Asie', 'projects neither in Africa nor in Asia'])
      expect(read(text).excluded.worldRegions, text).toEqual(['m49-002', 'm49-142']);
  });

  it('"aucun projet", "no project" with nothing after: the values asked for that have none', () => {
    expect(read('quelles régions n’ont aucun projet ?', 'fr')).toMatchObject({
      which: 'regions',
      withoutProjects: true,
    });
    expect(read('which countries in Africa have no project?')).toMatchObject({
      which: 'countries',
      withoutProjects: true,
      filters: { worldRegions: ['m49-002'] },
    });
    expect(read('which countries does Bordeaux not work with?').withoutProjects).toBeUndefined();
    expect(read('quelles régions n’ont pas de projet en Afrique ?', 'fr').withoutProjects).toBeUndefined();
  });

  it('go on through the same kind of filter, and stop at another', () => {
    const query = read('projets en Afrique sauf le Mali et le Bénin sur la santé');
    expect(excludedOf(query)).toEqual({ countries: ['ML', 'BJ'] });
    expect(filtersOf(query)).toEqual({ worldRegions: ['m49-002'], themes: ['health'] });
  });

  it('before a verb of working together leave out the partner, but not in a yes/no question', () => {
    for (const text of [
      'which regions do not work with Mali',
      "which regions don't work with Mali?",
      'quelles régions ne travaillent pas avec le Mali ?',
    ]) {
      const query = read(text);
      expect(query, text).toMatchObject({ ask: 'which', refuses: true, excluded: { countries: ['ML'] } });
      expect(query.filters.countries, text).toEqual([]);
    }
    for (const text of ["doesn't Normandy work with Mali?", 'la Normandie ne travaille-t-elle pas avec le Mali ?']) {
      const query = read(text);
      expect(query, text).toMatchObject({ ask: 'yesno', filters: { regions: ['28'], countries: ['ML'] } });
      expect(query.refuses, text).toBeUndefined();
    }
  });

  it('with nothing after it leave out the subject, whole, from a "which" question', () => {
    for (const text of [
      'which countries does Normandy not work with?',
      'avec quels pays la Normandie ne travaille-t-elle pas ?',
    ]) {
      const query = read(text);
      expect(query, text).toMatchObject({ ask: 'which', which: 'countries', refuses: true });
      expect(excludedOf(query), text).toEqual({ regions: ['28'] });
      expect(filtersOf(query), text).toEqual({});
    }
    // What the question asks about stays a filter: the countries in Africa, without Normandy's.
    const inAfrica = read('which countries in Africa does Normandy not work with?');
    expect(filtersOf(inAfrica)).toEqual({ worldRegions: ['m49-002'] });
    expect(excludedOf(inAfrica)).toEqual({ regions: ['28'] });
    expect(read('la Normandie ne travaille-t-elle pas ?').refuses).toBeUndefined();
  });

  it('"ne … pas" before any verb, and "no" before a project or partner, leave out what follows, whole', () => {
    expect(excludedOf(read('quels projets ne portent pas sur la santé ?'))).toEqual({ themes: ['health'] });
    expect(excludedOf(read('projets qui ne concernent pas l’Afrique'))).toEqual({ worldRegions: ['m49-002'] });
    for (const text of [
      "quelles régions n'ont pas de projet en Afrique ?",
      'which regions have no project in Africa?',
      'which authorities have no partner in Africa?',
    ]) {
      const query = read(text);
      expect(query, text).toMatchObject({ ask: 'which', refuses: true });
      expect(excludedOf(query), text).toEqual({ worldRegions: ['m49-002'] });
    }
    expect(excludedOf(read('tous les projets sauf ceux sur la culture'))).toEqual({ themes: ['culture'] });
  });

  it('"pas" leaves out only a place it is right before: a negative question still asks about its places', () => {
    for (const text of ['la Normandie ne travaille-t-elle pas avec le Mali ?', 'n’y a-t-il pas de projet au Mali ?']) {
      expect(excludedOf(read(text)), text).toEqual({});
      expect(filtersOf(read(text)).countries, text).toEqual(['ML']);
    }
  });
});

describe('typos', () => {
  it('are corrected towards the places, kinds and themes the bot knows, and reported', () => {
    const query = read("projets en afriqe de l'ouest");
    expect(filtersOf(query)).toEqual({ worldRegions: ['m49-011'] });
    expect(query.corrections).toEqual([{ typed: 'afriqe', read: 'afrique' }]);
  });

  it('leave alone a word the data uses, and a real word two letters from a known one', () => {
    expect(
      understand('afriqe', {
        authorities,
        isDataWord: (word) => word === 'afriqe',
        fallbackLanguage: 'en',
        callYears: CALL_YEARS,
      }).words,
    ).toEqual(['afriqe']);
    expect(read('weather').corrections).toEqual([]);
  });

  it('never turn an everyday French or English word into a data word, unless it completes a place’s name', () => {
    for (const text of [
      'show me the source code for projects in Benin',
      'what are the main projects?',
      'quand commence le projet de Bordeaux ?',
      'projects here',
      'vote',
      'bonjour tout le monde, il fait beau',
    ]) {
      const query = read(text);
      expect(query.corrections, text).toEqual([]);
      expect(query.filters.departements, text).toEqual([]);
      expect(query.filters.kinds, text).toEqual([]);
      expect(query.filters.regions, text).toEqual([]);
    }
    expect(read('projects in Benin, source code').filters.countries).toEqual(['BJ']);
    expect(read('projects in ivory cost').filters.countries).toEqual(['CI']);
    for (const [typed, expected] of [
      ['afriqe', 'afrique'],
      ['camroun', 'cameroun'],
      ['sénéga', 'senegal'],
      ['normandi', 'normandie'],
    ])
      expect(read(`projets ${typed}`).corrections.map((correction) => correction.read)).toEqual([expected]);
  });
});

describe('language', () => {
  it('French or English by the words and accents; the fallback when nothing tells', () => {
    expect(questionLanguage('quels projets au Bénin ?', 'en')).toBe('fr');
    expect(questionLanguage('which projects in Benin?', 'fr')).toBe('en');
    expect(questionLanguage('Togo', 'fr')).toBe('fr');
    expect(questionLanguage('Togo', 'en')).toBe('en');
  });
});

describe('a question made short for a button', () => {
  it('is kept whole when it fits, and means the same when it does not', () => {
    expect(compactQuestion('projets en Afrique', 80)).toBe('projets en Afrique');
    const long =
      'Bonjour, est-ce que vous pourriez me dire quels sont les projets de la région Nouvelle-Aquitaine avec le Cameroun, s’il vous plaît ?';
    const short = compactQuestion(long, 80);
    expect(short.length).toBeLessThanOrEqual(80);
    expect(read(short)).toEqual(read(long));
  });
});

describe('a ranking asked for', () => {
  it('"top 5", "les 3 … les plus", "the 3 most": the first values, as many as said', () => {
    expect(read('top 5 des pays partenaires', 'fr')).toMatchObject({ ask: 'which', which: 'countries', top: 5 });
    expect(read('les 3 régions les plus actives', 'fr')).toMatchObject({ which: 'regions', extreme: 'most', top: 3 });
    expect(read('the 3 most active regions')).toMatchObject({ which: 'regions', extreme: 'most', top: 3 });
    expect(read('the 2 countries with the most projects')).toMatchObject({ which: 'countries', top: 2 });
  });

  it('a plural superlative with no number: the first three; a singular one, or "the most projects": the first', () => {
    expect(read('quels sont les thèmes les plus fréquents ?', 'fr')).toMatchObject({ which: 'themes', top: 3 });
    expect(read('what are the most common themes?')).toMatchObject({ which: 'themes', top: 3 });
    expect(read('which themes are most common?')).toMatchObject({ which: 'themes', extreme: 'most', top: 3 });
    expect(read('which regions are the most active?')).toMatchObject({ which: 'regions', top: 3 });
    expect(read('which theme is most common?')).toMatchObject({ which: 'themes', extreme: 'most' });
    expect(read('which theme is most common?').top).toBeUndefined();
    expect(read('quels thèmes sont les moins fréquents ?', 'fr')).toMatchObject({ extreme: 'fewest', top: 3 });
    for (const single of ['quel est le thème le plus fréquent ?', 'quelles régions ont le plus de projets ?'])
      expect(read(single, 'fr').top).toBeUndefined();
    expect(read('which regions have the most projects?')).toMatchObject({ extreme: 'most' });
    expect(read('which regions have the most projects?').top).toBeUndefined();
  });
});
