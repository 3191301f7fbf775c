import { describe, expect, it } from 'vitest';
import { quantityIn } from '../src/understanding/quantity.ts';
import { tokenise } from '../src/understanding/tokens.ts';

const quantityOf = (text: string) => quantityIn(tokenise(text).tokens.map((token) => token.word))?.quantity;

describe('a quantity asked of each value or project', () => {
  it('at least: "plusieurs", "plus d’un", "au moins", "several", "more than one", "at least", "or more"', () => {
    expect(quantityOf('quelles régions travaillent avec plusieurs pays ?')).toEqual({
      of: 'countries',
      min: 2,
      max: Infinity,
    });
    expect(quantityOf('quels pays ont plus d’un projet ?')).toEqual({ of: 'projects', min: 2, max: Infinity });
    expect(quantityOf('au moins 3 projets')).toEqual({ of: 'projects', min: 3, max: Infinity });
    expect(quantityOf('which authorities lead more than one project?')).toEqual({
      of: 'projects',
      min: 2,
      max: Infinity,
    });
    expect(quantityOf('regions with several partners')).toEqual({ of: 'partners', min: 2, max: Infinity });
    expect(quantityOf('countries with 2 projects or more')).toEqual({ of: 'projects', min: 2, max: Infinity });
  });

  it('exactly: a number before what it counts, "un seul", "qu’un", "only one"', () => {
    expect(quantityOf('quelles collectivités portent deux projets ?')).toEqual({ of: 'projects', min: 2, max: 2 });
    expect(quantityOf('quelles régions n’ont qu’un projet ?')).toEqual({ of: 'projects', min: 1, max: 1 });
    expect(quantityOf('régions avec un seul pays')).toEqual({ of: 'countries', min: 1, max: 1 });
    expect(quantityOf('which projects involve two countries?')).toEqual({ of: 'countries', min: 2, max: 2 });
  });

  it('none in "les 3 projets", "tous les deux", a year, a département number or a bare "un projet"', () => {
    for (const text of [
      'quels sont les 3 projets en Afrique ?',
      'la Normandie et l’Occitanie travaillent-elles toutes les deux avec le Mali ?',
      'projets 2021',
      'projets dans le 33',
      'y a-t-il un projet au Mali ?',
      'how many projects?',
    ])
      expect(quantityOf(text), text).toBeUndefined();
  });
});
