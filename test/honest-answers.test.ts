import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allCountries } from '../src/domain/countries.ts';
import { REGIONS } from '../src/domain/regions.ts';
import { THEMES } from '../src/domain/themes.ts';
import { bodyOf, command, listedIds, realCatalog, textOf } from './support/router.ts';

/** The text of the answer to a question asked with `/laureates ask`. */
const ask = (question: string, locale = 'en-US') => textOf(bodyOf(command('ask', { question }, locale).reply));

/**
 * Answers a first-time user can trust: a place the bot knows is named as such in every command, a filter that hides a
 * known authority says where it is, "did you mean" offers only whole names, and ordinary words are never "corrected".
 */
const search = (query: string, locale = 'en-US') => bodyOf(command('search', { query }, locale).reply);
const CULTURE = ['aapg-2021-aura-belier', 'aapg-2021-dijon-fier', 'aapg-2021-lamentin-santiago'];

describe('one resolution of places in every command', () => {
  it('search "maroc" says there is no project with Morocco yet, in the words the country command uses', () => {
    const searched = textOf(search('maroc'));
    expect(searched).toContain('No project has a partner in 🇲🇦 Morocco yet.');
    expect(searched).not.toContain('No project matches');
    expect(textOf(bodyOf(command('country', { name: 'maroc' }).reply))).toContain(
      'No project has a partner in 🇲🇦 Morocco yet.',
    );
  });

  it('keyword and French readers get the same honest no; a region without laureates too', () => {
    expect(textOf(bodyOf(command('keyword', { words: 'senegal' }, 'fr').reply))).toContain('🇸🇳 Sénégal');
    expect(textOf(search('Bretagne'))).toContain('No project from Bretagne in these calls.');
  });

  it('a known country with projects is still a list, not a notice', () => {
    expect(listedIds(search('Cameroun')).sort()).toEqual(['aapg-2021-bordeaux-douala', 'aapg-2021-vichy-makenene']);
  });
});

describe('"did you mean" offers whole names a user would recognise', () => {
  const names = new Set([
    ...realCatalog.projects.flatMap((project) => [
      project.lead.name,
      ...project.partners.map((partner) => partner.name),
    ]),
    ...allCountries().flatMap((country) => [country.name.en, country.name.fr]),
    ...REGIONS.map((region) => region.name),
    ...Object.values(THEMES).flatMap((theme) => [theme.label.en, theme.label.fr]),
  ]);
  const offered = (text: string) => [...(/Did you mean: (.*)\?/.exec(text)?.[1] ?? '').matchAll(/\*\*(.+?)\*\*/g)];

  it('a typo of a name suggests that name in full', () => {
    expect(textOf(search('dijonnnn'))).toContain('Did you mean: **Dijon**?');
    expect(textOf(search('perigueuxxxx'))).toContain("**Communauté d'agglomération du Grand Périgueux**");
  });

  it('never a fragment, never an id, whatever is typed (fast-check, 300 runs)', () => {
    const word = fc.stringMatching(/^[a-zéèàç]{3,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (words) => {
        const text = textOf(search(words.join(' ')));
        for (const [, name] of offered(text)) {
          expect(names.has(name as string), `"${name}" offered for "${words.join(' ')}"`).toBe(true);
          expect(name).not.toMatch(/aapg/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the fragments a trial met are gone ("aapg, la, Lao", "Grand, grotte")', () => {
    for (const query of ['aapgg', 'laa', 'grnad grotet']) {
      for (const [, name] of offered(textOf(search(query)))) expect(names.has(name as string)).toBe(true);
    }
  });
});

describe('ordinary words are never typo-corrected into data words', () => {
  it('"get projects French" is not read as "et projets France"', () => {
    const text = textOf(search('get projects French'));
    expect(text).toContain('No project matches “get projects French”.');
    expect(text).not.toMatch(/Read|France|projets/);
  });

  it('question and request words are dropped when the query has something to look for', () => {
    expect(listedIds(search('which projects in Benin')).sort()).toEqual(
      ['aapg-2021-cergy-porto-novo', 'aapg-2021-grand-est-borgou-centrale'].sort(),
    );
    expect(textOf(search('quels projets au Bénin', 'fr'))).not.toContain('J’ai lu');
  });

  it('asked as a question, everyday words are neither corrected nor searched for places ("il" is not Île-de-France)', () => {
    const ask = (question: string, locale = 'en-US') => bodyOf(command('ask', { question }, locale).reply);
    for (const question of ['bonjour tout le monde, il fait beau', 'il pleut aujourd’hui']) {
      const body = ask(question, 'fr');
      expect(textOf(body)).toContain('Je n’ai pas compris');
      expect(listedIds(body)).toEqual([]);
    }
    const text = textOf(ask('show me the source code for projects in Benin'));
    expect(text).not.toMatch(/Côte|read as/);
    expect(text).toContain('without words “source code”: **2 projects**');
    expect(textOf(ask('les projets here', 'fr'))).not.toMatch(/there|« here » lu/);
  });

  it('a breakdown by country names the first values, then how many more, in one sentence', () => {
    const text = textOf(bodyOf(command('ask', { question: 'projets par pays' }, 'fr').reply));
    expect(text).toContain('**14 pays partenaires** : 🇨🇲 Cameroun (2)');
    expect(text).toMatch(/\(1\) et 2 autres\./);
    expect(text).not.toContain('et et');
  });

  it('a correction is said in the words the user typed', () => {
    expect(textOf(search('Bordaux'))).toContain('Read “Bordaux” as **Bordeaux**.');
    expect(textOf(search('tombouktou', 'fr'))).toContain('J’ai lu « tombouktou » comme **Tombouctou**.');
  });
});

describe('what the published list does not hold', () => {
  const ask = (question: string, locale: string) => bodyOf(command('ask', { question }, locale).reply);

  it('is said plainly first, then the rest of the question is answered', () => {
    const body = ask('quel est le montant du projet de Dijon ?', 'fr');
    const lines = body.embeds[0]?.description?.split('\n') ?? [];
    expect(lines[1]).toMatch(/^Absents de la liste : montants et financements/);
    expect(listedIds(body)).toEqual(['aapg-2021-dijon-fier']);
    expect(textOf(body)).not.toMatch(/plus largement|mots « montant »/);
  });

  it('asked about alone, gets what the list holds instead: not the governance theme, nor every project', () => {
    for (const [question, locale, lacks] of [
      ['qui finance ces projets ?', 'fr', 'Absents de la liste'],
      ['who funds these projects?', 'en-US', 'Not in the list'],
    ] as const) {
      const body = ask(question, locale);
      expect(textOf(body), question).toContain(lacks);
      expect(textOf(body), question).not.toMatch(/Gouvernance|Governance|chefs de file :|lead authorities:/);
      expect(listedIds(body), question).toEqual([]);
    }
  });
});

describe('a side filter that excludes a known authority says where it is', () => {
  it('Vichy asked as a partner: a French lead authority, and its project', () => {
    const body = bodyOf(command('authority', { name: 'Vichy', side: 'partner' }).reply);
    expect(textOf(body)).toContain(
      "**Communauté d'Agglomération de Vichy** is a French lead authority; shown: its project.",
    );
    expect(listedIds(body)).toEqual(['aapg-2021-vichy-makenene']);
  });

  it('a partner asked as a French lead, in French', () => {
    const body = bodyOf(command('authority', { name: 'Douala', side: 'french' }, 'fr').reply);
    expect(textOf(body)).toContain('est un partenaire à l’étranger ; voici son projet.');
    expect(listedIds(body)).toEqual(['aapg-2021-bordeaux-douala']);
  });
});

describe('ranking: what the user asked for first', () => {
  it('"coopération culturelle" and "cultural cooperation" list the culture projects first', () => {
    for (const query of ['coopération culturelle', 'cultural cooperation']) {
      const ids = listedIds(search(query));
      expect(ids.slice(0, CULTURE.length).sort(), query).toEqual(CULTURE);
    }
    expect(
      listedIds(bodyOf(command('keyword', { words: 'coopération culturelle' }).reply))
        .slice(0, 3)
        .sort(),
    ).toEqual(CULTURE);
  });

  it('"résilience" lists the two projects whose titles say it before the theme’s others', () => {
    const ids = listedIds(search('résilience'));
    expect(ids.slice(0, 2).sort()).toEqual(['aapg-2021-bordeaux-douala', 'aapg-2021-grand-est-borgou-centrale']);
    expect(ids.length).toBeGreaterThan(2);
  });
});

describe('a question asked in the negative', () => {
  it('is answered "Si" in French when it holds, with how many of the subject it holds for', () => {
    const answer = ask("n'est-ce pas que la majorité des projets sont en Afrique ?", 'fr');
    expect(answer).toContain('**Si.** **9 projets sur 16**');
    expect(answer).not.toContain('**Oui.**');
    expect(ask('la majorité des projets sont-ils en Afrique ?', 'fr')).toContain('**Oui.** **9 projets sur 16**');
  });
});

describe('a yes/no question whose subject and predicate both name places', () => {
  it.each([
    ['tous les projets en Afrique sont-ils en Afrique centrale ?', 'fr', '**Non.** Seulement **2 projets sur 9**'],
    ['tous les projets en Europe sont-ils en Serbie ?', 'fr', '**Non.** Seulement **1 projet sur 3**'],
    ['tous les projets au Bénin sont-ils aussi au Togo ?', 'fr', '**Non.** Seulement **1 projet sur 2**'],
    ['la plupart des projets africains sont-ils en Afrique centrale ?', 'fr', '**Non.** Seulement **2 projets sur 9**'],
    ['are all African projects in West Africa?', 'en', '**No.** Only **7 of the 9 projects**'],
  ])('"%s" weighs the second against the first, not both joined', (question, locale, expected) => {
    expect(ask(question, locale)).toContain(expected);
  });

  it.each([
    ['tous les projets en Afrique sont-ils hors du Cameroun ?', '**Non.** Seulement **7 projets sur 9**'],
    [
      "tous les projets en Afrique sont-ils en dehors de l'Afrique centrale ?",
      '**Non.** Seulement **7 projets sur 9**',
    ],
    ['tous les projets hors Afrique sont-ils en Europe ?', '**Non.** Seulement **3 projets sur 7**'],
  ])('"%s": what is left out on either side stays on its side', (question, expected) => {
    expect(ask(question, 'fr')).toContain(expected);
  });

  it('says yes when the subject lies within the predicate, and names both in what it understood', () => {
    const answer = ask("tous les projets au Bénin sont-ils en Afrique de l'Ouest ?", 'fr');
    expect(answer).toContain('**Oui.**');
    expect(answer).toContain('Compris : oui ou non · 🇧🇯 Bénin · Afrique de l’Ouest');
  });
});

describe('a question about a year no call of the data is of', () => {
  it.each([
    [
      'quels sont les lauréats 2022 ?',
      'fr',
      'La liste ne contient que les lauréats de **AAP Généraliste 2021** : rien sur 2022.',
    ],
    ['combien de projets en 2020 ?', 'fr', 'rien sur 2020.'],
    [
      'who are the 2023 laureates?',
      'en',
      'The list only holds the laureates of **AAP Généraliste 2021**: nothing about 2023.',
    ],
  ])('"%s" is told the list holds another year, and lists nothing', (question, locale, note) => {
    const answer = ask(question, locale);
    expect(answer).toContain(note);
    expect(answer).not.toMatch(/\d+ (projets|projects)|« 2021 »|\*\*\d+/);
  });

  it('while the year of the call still selects its projects', () => {
    expect(ask('projets au Mali en 2021', 'fr')).toContain('1 projet');
  });

  it('answers what the call holds beside the note when the question also names its year, or a span with it', () => {
    const both = ask('projets 2021 et 2022', 'fr');
    expect(both).toContain('rien sur 2022.');
    expect(both).toContain('16 projets');
    for (const question of [
      'les projets depuis 2019',
      'projets au Bénin entre 2019 et 2021',
      'les projets avant 2022',
    ]) {
      const answer = ask(question, 'fr');
      expect(answer, question).not.toContain('rien sur');
      expect(answer, question).not.toMatch(/Aucun projet|mots « (avant|depuis|2019)/);
    }
    expect(ask('les projets après 2022', 'fr')).toContain('rien sur 2022.');
  });

  it('leaves a year the data holds as a word to the search ("1996 – 2021 : 25 ans de partage", Le Lamentin)', () => {
    const answer = ask('Cuba 1996', 'fr');
    expect(answer).not.toContain('rien sur');
    expect(answer).toContain('Le Lamentin');
  });
});

describe('"who" in English', () => {
  it.each(['who has the most projects?', 'who leads the most projects?'])(
    '"%s" asks which authorities, as "qui a le plus de projets ?" does',
    (question) => {
      const answer = ask(question);
      expect(answer).toContain('Understood: which lead authorities · most projects');
      expect(answer).toContain('**1 lead authority**: Région Auvergne-Rhône-Alpes (2).');
    },
  );

  it('"who pays?" is no question about partner countries ("pays" is French for them): funding is not in the list', () => {
    for (const question of ['who pays?', 'who pays for the projects?']) {
      const answer = ask(question);
      expect(answer, question).not.toContain('partner countries');
      expect(answer, question).toContain('Not in the list: amounts and funding');
    }
    expect(ask('qui finance ?', 'fr')).toContain('Absents de la liste : montants et financements');
  });
});

describe('"where" of an authority', () => {
  it.each([
    ['where is Vichy?', 'en', '**1 French region**: Auvergne-Rhône-Alpes (1).'],
    ['where is Vichy located?', 'en', '**1 French region**: Auvergne-Rhône-Alpes (1).'],
    ["Le Lamentin c'est où ?", 'fr', '**1 région française** : Martinique (1).'],
  ])('"%s": a French lead is in its French region, not its partner’s country', (question, locale, expected) => {
    expect(ask(question, locale)).toContain(expected);
  });

  it.each([
    ['where is Debar?', 'en', '**1 partner country**: 🇲🇰 North Macedonia (1).'],
    ['où travaille Vichy ?', 'fr', '**1 pays partenaire** : 🇨🇲 Cameroun (1).'],
    ['où sont les partenaires de Vichy ?', 'fr', '**1 pays partenaire** : 🇨🇲 Cameroun (1).'],
    ['où se situe le partenaire de Dijon ?', 'fr', '**1 pays partenaire** : 🇦🇱 Albanie (1).'],
    ['où Ifs mène-t-elle son projet ?', 'fr', '**1 pays partenaire** : 🇲🇰 Macédoine du Nord (1).'],
  ])('"%s": a partner, or where a lead works, is a partner country', (question, locale, expected) => {
    expect(ask(question, locale)).toContain(expected);
  });
});

describe('values ranked by another quantity than projects', () => {
  it('show that quantity, not their projects: a tie at 2 countries is not "(2) and (1). A tie."', () => {
    expect(ask('qui travaille avec le plus de pays ?', 'fr')).toContain(
      '**2 collectivités chefs de file** : Région Auvergne-Rhône-Alpes et Région Grand Est. Ex æquo, à 2 pays partenaires.',
    );
    expect(ask('who works with the most countries?')).toContain('A tie, at 2 partner countries each.');
  });

  it('and for values that must have so many of it: "Grand Est (2 partner countries)", not "(1)", its one project', () => {
    expect(ask('which regions work with several countries?')).toContain(
      'Normandie (2 partner countries) and Grand Est (2 partner countries).',
    );
  });

  it('counts a country’s partners in it, not every partner of its projects (Benin’s project with Togo)', () => {
    expect(ask('quel pays a le plus de partenaires ?', 'fr')).toContain(
      '**3 pays partenaires** : 🇨🇲 Cameroun, 🇧🇯 Bénin et 🇧🇫 Burkina Faso. Ex æquo, à 2 collectivités partenaires.',
    );
  });

  it('each value with its own number when they differ, or when one ranks first', () => {
    expect(ask('quelle région a le plus de thèmes ?', 'fr')).toContain(
      '**1 région française** : Auvergne-Rhône-Alpes (7 thèmes).',
    );
    expect(ask('quelles sont les 3 régions qui ont le plus de pays partenaires ?', 'fr')).toContain(
      'Auvergne-Rhône-Alpes (4 pays partenaires), Île-de-France (3 pays partenaires)',
    );
  });
});

describe('questions as people type them', () => {
  it.each([
    ['liste des pays', 'fr', '**14 pays partenaires**'],
    ['liste des régions', 'fr', '**8 régions françaises**'],
    ['list all countries', 'en-US', '**14 partner countries**'],
    ['projets au 🇨🇲', 'fr', 'Compris : projets · 🇨🇲 Cameroun'],
    ['🇧🇯 ou 🇹🇬 ?', 'fr', 'Compris : projets · 🇧🇯 Bénin · 🇹🇬 Togo'],
    ['does anyone know who works with Mali?', 'en-US', '**1 lead authority**: Région Auvergne-Rhône-Alpes (1).'],
    ["quelqu'un sait qui travaille avec le Mali ?", 'fr', 'Compris : projets · 🇲🇱 Mali'],
  ])('"%s" is read as meant', (question, locale, expected) => {
    const answer = ask(question, locale);
    expect(answer).toContain(expected);
    expect(answer).not.toMatch(/mots «|words “|pas compris|didn’t understand/);
  });
});

describe('help asked with the ask command', () => {
  it('shows how to ask without sending people to mentions and DMs, which they are not using', () => {
    const answer = ask('salut', 'fr');
    expect(answer).toContain('Posez votre question avec vos mots');
    expect(answer).not.toContain('Mentionnez-moi');
    expect(ask('help')).toContain('Ask in your own words');
  });
});
