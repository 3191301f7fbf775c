import { describe, expect, it } from 'vitest';
import { quantityIn, type Quantity } from '../src/understanding/quantity.ts';
import { tokenise } from '../src/understanding/tokens.ts';

const quantityOf = (text: string) => quantityIn(tokenise(text).tokens.map((token) => token.word))?.quantity;

const AT_LEAST: [string, Quantity][] = [
  ['quelles régions travaillent avec plusieurs pays ?', { of: 'countries', min: 2, max: Infinity }],
  ['quels pays ont plus d’un projet ?', { of: 'projects', min: 2, max: Infinity }],
  ['au moins 3 projets', { of: 'projects', min: 3, max: Infinity }],
  ['which authorities lead more than one project?', { of: 'projects', min: 2, max: Infinity }],
  ['regions with several partners', { of: 'partners', min: 2, max: Infinity }],
  ['countries with 2 projects or more', { of: 'projects', min: 2, max: Infinity }],
  ['which themes appear more than once?', { of: 'projects', min: 2, max: Infinity }],
  ["quels thèmes apparaissent plus d'une fois ?", { of: 'projects', min: 2, max: Infinity }],
];

const EXACTLY: [string, Quantity][] = [
  ['quelles collectivités portent deux projets ?', { of: 'projects', min: 2, max: 2 }],
  ['quelles régions n’ont qu’un projet ?', { of: 'projects', min: 1, max: 1 }],
  ['régions avec un seul pays', { of: 'countries', min: 1, max: 1 }],
  ['which projects involve two countries?', { of: 'countries', min: 2, max: 2 }],
  ['quelles régions ont exactement 2 projets ?', { of: 'projects', min: 2, max: 2 }],
  ['which projects have exactly one partner?', { of: 'partners', min: 1, max: 1 }],
  ['quelles régions ont moins de 3 projets ?', { of: 'projects', min: 1, max: 2 }],
  ['countries with fewer than 2 projects', { of: 'projects', min: 1, max: 1 }],
  ['quelles régions ont au plus deux projets ?', { of: 'projects', min: 1, max: 2 }],
  ['which regions have at most one project?', { of: 'projects', min: 1, max: 1 }],
  ['regions with no more than 3 countries', { of: 'countries', min: 1, max: 3 }],
  ["quels thèmes n'apparaissent qu'une fois ?", { of: 'projects', min: 1, max: 1 }],
  ['which themes appear only once?', { of: 'projects', min: 1, max: 1 }],
  ['which regions appear twice?', { of: 'projects', min: 2, max: 2 }],
];

describe('a quantity asked of each value or project', () => {
  it.each(AT_LEAST)('at least: %j', (text, quantity) => expect(quantityOf(text)).toEqual(quantity));

  it.each(EXACTLY)('exactly, or at most: %j', (text, quantity) => expect(quantityOf(text)).toEqual(quantity));

  it.each([
    'quels sont les 3 projets en Afrique ?',
    'la Normandie et l’Occitanie travaillent-elles toutes les deux avec le Mali ?',
    'projets 2021',
    'projets dans le 33',
    'y a-t-il un projet au Mali ?',
    'how many projects?',
    'top 5 projects',
    'covid 19 projects',
  ])('none in %j', (text) => expect(quantityOf(text)).toBeUndefined());
});
