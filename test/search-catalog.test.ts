import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/data/dataset.ts';
import type { Suggestion } from '../src/search/catalog.ts';

const catalog = loadCatalog();
const MAX_SUGGESTIONS = 25;

function label(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'authority':
      return `authority:${suggestion.authority.name}`;
    case 'country':
      return `country:${suggestion.country.code}`;
    case 'region':
      return `region:${suggestion.region.code}`;
    case 'theme':
      return `theme:${suggestion.theme.id}`;
    case 'project':
      return `project:${suggestion.project.id}`;
  }
}

/** "cameroun" → "c", "ca", "cam", …: what autocomplete receives keystroke by keystroke. */
const keystrokes = (text: string) => Array.from(text, (_, index) => text.slice(0, index + 1));

describe('suggest (the search option’s autocomplete)', () => {
  it('offers the themes and countries with the most projects when the field is empty', () => {
    const suggestions = catalog.suggest('');
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(new Set(suggestions.map((suggestion) => suggestion.kind))).toEqual(new Set(['country', 'theme']));
    // Training & exchange has 4 projects (Bélier, Yvelines, Lamentin, Bordeaux), more than any theme or country.
    expect(label(suggestions[0] as Suggestion)).toBe('theme:training-exchange');
    const counts = suggestions.map((suggestion) => ('projectCount' in suggestion ? suggestion.projectCount : 0));
    expect(counts).toEqual(counts.toSorted((a, b) => b - a));
    expect(Math.min(...counts)).toBeGreaterThan(0);
  });

  it.each([
    ['ben', 'country:BJ'],
    ['bord', 'authority:Bordeaux Métropole'],
    ['jaz', 'project:aapg-2021-dijon-fier'],
    ['nouvelle aqu', 'region:75'],
    ['wat', 'theme:water-sanitation'],
  ])('puts the obvious completion of "%s" first (%s)', (query, expected) => {
    expect(label(catalog.suggest(query)[0] as Suggestion)).toBe(expected);
  });

  it('never offers more than Discord’s 25 choices, keystroke by keystroke', () => {
    for (const query of [...keystrokes('communauté'), ...keystrokes('cameroun'), 'e', 'a', 'de']) {
      expect(catalog.suggest(query).length, query).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    }
  });

  it('offers Cameroon from the third keystroke on', () => {
    for (const query of keystrokes('cameroun').slice(2)) {
      expect(catalog.suggest(query).map(label), query).toContain('country:CM');
    }
  });
});

describe('suggestCountries', () => {
  it('offers the 14 partner countries, most projects first, when the field is empty', () => {
    const suggestions = catalog.suggestCountries('');
    expect(suggestions).toHaveLength(14);
    expect(suggestions.slice(0, 3).map(({ country, projectCount }) => `${country.code}${projectCount}`)).toEqual([
      'CM2',
      'BJ2',
      'BF2',
    ]);
    expect(suggestions.slice(3).every(({ projectCount }) => projectCount === 1)).toBe(true);
  });

  it('offers countries with projects before the others (Bénin before Belgium, code BE, for "be")', () => {
    expect(
      catalog
        .suggestCountries('be')
        .map(({ country }) => country.code)
        .slice(0, 2),
    ).toEqual(['BJ', 'BE']);
    const forC = catalog.suggestCountries('c');
    expect(
      forC
        .slice(0, 3)
        .map(({ country }) => country.code)
        .toSorted(),
    ).toEqual(['CI', 'CM', 'CU']);
    expect(forC.length).toBe(MAX_SUGGESTIONS);
  });

  it('still offers any country of the world, with no project', () => {
    expect(catalog.suggestCountries('allemagne')[0]).toMatchObject({ country: { code: 'DE' }, projectCount: 0 });
  });
});

describe('suggestAuthorities', () => {
  it('offers at most 25 authorities when the field is empty, those with the most projects first', () => {
    const suggestions = catalog.suggestAuthorities('');
    expect(suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestions[0]?.name).toBe('Région Auvergne-Rhône-Alpes');
    expect(suggestions[0]?.projects).toHaveLength(2);
  });

  it('keeps to the side asked for', () => {
    expect(catalog.suggestAuthorities('bor', 'french').map((authority) => authority.name)).toEqual([
      'Bordeaux Métropole',
    ]);
    expect(catalog.suggestAuthorities('bor', 'partner').map((authority) => authority.name)).toEqual([
      "Départements de l'Alibori et du Borgou",
    ]);
    expect(catalog.suggestAuthorities('', 'partner').every((authority) => authority.side === 'partner')).toBe(true);
  });
});

describe('suggestProjects and project', () => {
  it('puts the project whose id is typed first', () => {
    expect(catalog.suggestProjects('aapg-2021-dijon-fier')[0]?.id).toBe('aapg-2021-dijon-fier');
  });

  it('offers every project (16 ≤ 25) when the field is empty', () => {
    expect(catalog.suggestProjects('')).toHaveLength(16);
  });

  it('finds a project by id, ignoring case and surrounding spaces', () => {
    expect(catalog.project(' AAPG-2021-Dijon-Fier ')?.title).toBe('Réseau Jazz France Balkans');
  });

  it('finds nothing for an unknown id, even one named like an object property', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString', '']) expect(catalog.project(id)).toBeUndefined();
  });
});

describe('random', () => {
  it('picks with the injected random number: 0 is the first project, just under 1 the last', () => {
    expect(catalog.random(() => 0)?.id).toBe('aapg-2021-chauvet-khammouane');
    expect(catalog.random(() => 0.999_999)?.id).toBe('aapg-2021-aude-hauts-bassins');
    expect(catalog.random(() => 0.5)?.id).toBe('aapg-2021-yvelines-jujuy');
  });

  it('can reach every project', () => {
    const picked = Array.from({ length: 16 }, (_, index) => catalog.random(() => index / 16)?.id);
    expect(new Set(picked).size).toBe(16);
  });
});

describe('stats (counted by hand from the published table)', () => {
  const stats = catalog.stats();

  it('counts 1 call, 16 projects, 8 regions', () => {
    expect(stats).toMatchObject({ calls: 1, projects: 16, regions: 8 });
  });

  it('counts 15 lead authorities: Région Auvergne-Rhône-Alpes leads two projects', () => {
    expect(stats.leadAuthorities).toBe(15);
  });

  it('counts 14 partner countries: Bénin, Cameroun and Burkina Faso twice, Togo beside Bénin', () => {
    expect(stats.partnerCountries).toBe(14);
    expect(stats.perCountry.map(({ country, count }) => `${country.code}:${count}`)).toEqual([
      'CM:2',
      'BJ:2',
      'BF:2',
      'LA:1',
      'ML:1',
      'CI:1',
      'AL:1',
      'TG:1',
      'MR:1',
      'AR:1',
      'CU:1',
      'MK:1',
      'VN:1',
      'RS:1',
    ]);
  });

  it('counts the projects per region, most first', () => {
    expect(stats.perRegion.map(({ region, count }) => `${region.name}:${count}`)).toEqual([
      'Auvergne-Rhône-Alpes:4',
      'Île-de-France:3',
      'Nouvelle-Aquitaine:3',
      'Normandie:2',
      'Bourgogne-Franche-Comté:1',
      'Grand Est:1',
      'Martinique:1',
      'Occitanie:1',
    ]);
  });
});

describe('hostile queries', () => {
  const HOSTILE = [
    'x'.repeat(6_000),
    'eau '.repeat(1_500),
    Array.from({ length: 600 }, (_, index) => `mot${index}`).join(' '),
    '__proto__',
    'constructor',
    'hasOwnProperty',
    "^=!'$|",
    '.*+?()[]{}\\',
    '\'"!^$|=',
    '🇧🇯💧🎭',
    '\u202Ebenin\u202C',
    '\u0000\uD800\uFEFF',
    '   ',
    'a',
  ];

  it.each(HOSTILE.map((query) => [JSON.stringify(query).slice(0, 40), query]))('%s does not throw', (_, query) => {
    expect(Array.isArray(catalog.search(query).projects)).toBe(true);
    expect(Array.isArray(catalog.keyword(query).projects)).toBe(true);
    expect(typeof catalog.country(query).found).toBe('boolean');
    expect(typeof catalog.region(query).found).toBe('boolean');
    expect(typeof catalog.authority(query, 'partner').found).toBe('boolean');
    expect(catalog.suggest(query).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(catalog.suggestCountries(query).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(catalog.suggestAuthorities(query).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    expect(catalog.suggestProjects(query).length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
  });

  it('answers a 6,000-character query quickly, as its first words', () => {
    const started = performance.now();
    expect(catalog.search('eau '.repeat(1_500)).projects[0]?.id).toBe('aapg-2021-vichy-makenene');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('treats the names of object properties as words, nothing more', () => {
    // "__proto__" is the word "proto", a typo of "Porto" (Novo): the same answer, not a prototype lookup.
    expect(catalog.search('__proto__')).toMatchObject({
      projects: catalog.search('proto').projects,
      corrections: [{ typed: '__proto__', read: 'Porto' }],
    });
    expect(catalog.search('constructor').projects).toEqual([]);
    expect(catalog.keyword('hasOwnProperty').projects).toEqual([]);
  });

  it('reads through invisible direction overrides', () => {
    expect(catalog.country('\u202Ebenin\u202C')).toMatchObject({ found: true, value: { code: 'BJ' } });
  });

  it('finds nothing for punctuation only', () => {
    expect(catalog.search("^=!'$|")).toEqual({ projects: [], corrections: [], suggestions: [] });
  });
});
