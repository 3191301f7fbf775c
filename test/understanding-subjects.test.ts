import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../src/understanding/query.ts';
import { compared, comparedAt, everySubject, onlySubject } from '../src/understanding/subjects.ts';
import { tokenise } from '../src/understanding/tokens.ts';

const tokensOf = (text: string) => tokenise(text).tokens;
const wordsOf = (subject: ReadonlySet<{ word: string }> | undefined) => [...(subject ?? [])].map((token) => token.word);
const filters = (some: Partial<Filters>): Filters => ({ ...emptyFilters(), ...some });

describe('a question asked of all, most or only the projects of a subject', () => {
  it.each([
    ['tous les projets de la Normandie sont-ils en Afrique ?', ['tous', 'les', 'projets', 'de', 'la', 'normandie']],
    ['are all the projects of Normandy in Africa?', ['all', 'the', 'projects', 'of', 'normandy']],
    ['la majorité des projets est-elle en Afrique ?', ['majorite', 'des', 'projets']],
    ['are most of the projects led by regions?', ['most', 'of', 'the', 'projects']],
    ['tous les projets du Grand Est sont-ils en Afrique ?', ['tous', 'les', 'projets', 'du', 'grand', 'est']],
    ['are all AURA projects in Africa?', ['all', 'aura', 'projects']],
    ['are all the projects in Benin in West Africa?', ['all', 'the', 'projects', 'in', 'benin']],
    [
      'les projets de la Normandie sont-ils tous en Afrique ?',
      ['les', 'projets', 'de', 'la', 'normandie', 'sont', 'ils'],
    ],
  ])('%j: the subject runs up to where its predicate starts', (text, subject) => {
    expect(wordsOf(everySubject(tokensOf(text)))).toEqual(subject);
  });

  it('is no such question without "all" or "most" before the projects', () => {
    expect(everySubject(tokensOf('tous les pays ont-ils un projet ?'))).toBeUndefined();
    expect(everySubject(tokensOf('la Normandie a-t-elle des projets en Afrique ?'))).toBeUndefined();
  });

  it.each([
    ["la Normandie ne travaille-t-elle qu'avec l'Afrique ?", ['la', 'normandie']],
    ['does Normandy only work with Africa?', ['does', 'normandy']],
    ["la Normandie travaille-t-elle uniquement avec l'Afrique ?", ['la', 'normandie']],
    ["la Normandie travaille-t-elle qu'avec l'Afrique ?", ['la', 'normandie']],
    ['does Normandy work with Africa only?', ['does', 'normandy']],
  ])('%j: "only" asks it of every project of what comes before', (text, subject) => {
    expect(wordsOf(onlySubject(tokensOf(text)))).toEqual(subject);
  });

  it('reads "ne … qu\'un projet" as a quantity, and "est-ce que" as no "only"', () => {
    expect(onlySubject(tokensOf("la Normandie n'a-t-elle qu'un projet ?"))).toBeUndefined();
    expect(onlySubject(tokensOf('est-ce que la Normandie travaille avec le Mali ?'))).toBeUndefined();
  });
});

describe('a comparison of two selections', () => {
  it('finds "que" or "than" after the word that says which way', () => {
    const words = (text: string) => tokensOf(text).map((token) => token.word);
    const french = "y a-t-il moins de projets en Asie qu'en Europe ?";
    expect(comparedAt(tokensOf(french))).toEqual({
      at: words(french).indexOf('qu'),
      way: words(french).indexOf('moins'),
      sense: 'fewer',
    });
    expect(comparedAt(tokensOf('does AURA have more projects than Normandy?'))?.sense).toBe('more');
  });

  it('leaves a quantity alone: "more than 2 projects", "plus que 3 projets"', () => {
    expect(comparedAt(tokensOf('does Normandy have more than 2 projects?'))).toBeUndefined();
    expect(comparedAt(tokensOf('la Normandie a-t-elle plus que 3 projets ?'))).toBeUndefined();
    expect(comparedAt(tokensOf('est-ce que la Normandie a plus de 2 projets ?'))).toBeUndefined();
  });

  it('weighs the kinds named on both sides, and applies the others to both', () => {
    const before = filters({ themes: ['water-sanitation'], worldRegions: ['m49-002'] });
    const after = filters({ countries: ['LA'] });
    expect(compared(before, after)).toEqual({
      first: filters({ themes: ['water-sanitation'], worldRegions: ['m49-002'] }),
      second: filters({ themes: ['water-sanitation'], countries: ['LA'] }),
    });
  });

  it('with no kind on both sides, weighs one side against the other', () => {
    const before = filters({ regions: ['28'] });
    const after = filters({ countries: ['ML'] });
    expect(compared(before, after)).toEqual({ first: before, second: after });
  });
});
