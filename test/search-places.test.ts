import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../commands/index.ts';
import { countryByName } from '../src/domain/countries.ts';
import { normalize } from '../src/text/normalize.ts';
import { autocomplete, bodyOf, command, listedIds, textOf } from './support/router.ts';

/** `search` reads places as `ask` does: continents, sub-regions, groupings and départements list their projects. */
describe('places in search', () => {
  it('"Afrique" and "West Africa" list exactly the projects with a partner there', () => {
    const africa = bodyOf(command('search', { query: 'Afrique' }, 'fr').reply);
    expect(textOf(africa)).toContain('9 projets');
    const westAfrica = bodyOf(command('search', { query: 'West Africa' }).reply);
    expect(listedIds(westAfrica)).toHaveLength(7);
    expect(listedIds(westAfrica)).not.toContain('aapg-2021-vichy-makenene');
  });

  it('a typo in the place is read and said', () => {
    const text = textOf(bodyOf(command('search', { query: "afriqe de l'ouest" }, 'fr').reply));
    expect(text).toContain('Afrique de l’Ouest');
    expect(text).toContain('7 projets');
  });

  it('a département lists the projects led from it', () => {
    expect(listedIds(bodyOf(command('search', { query: 'Landes' }).reply))).toEqual(['aapg-2021-macs-paranj']);
  });

  it('a world region without projects is no match, said plainly', () => {
    expect(listedIds(bodyOf(command('search', { query: 'Océanie' }, 'fr').reply))).toEqual([]);
  });

  it('autocomplete offers the world regions with projects that start like the text typed, with their counts', () => {
    const { reply } = autocomplete('search', 'query', 'afr', 'fr');
    if (reply.type !== 'choices') throw new Error('expected choices');
    expect(reply.choices.slice(0, 2).map((choice) => choice.name)).toEqual([
      '🌍 Afrique · région du monde · 9 projets',
      '🌍 Afrique de l’Ouest · région du monde · 7 projets',
    ]);
    expect(reply.choices[0]?.value).toBe('Afrique');
  });
});

describe('autocomplete values', () => {
  it('fit each option’s maximum length, or Discord refuses the choices: the longest title, cut at a word, finds it', () => {
    for (const [subcommand, option, typed] of [
      ['search', 'query', 'Projet d’appui'],
      ['search', 'query', 'projet'],
      ['authority', 'name', 'syndicat'],
      ['project', 'id', 'projet'],
      ['country', 'name', 'b'],
    ] as const) {
      const spec = SUBCOMMANDS.find((candidate) => candidate.name === subcommand)?.options.find(
        (candidate) => candidate.name === option,
      );
      const max = spec?.type === 'string' ? spec.maxLength : undefined;
      const { reply } = autocomplete(subcommand, option, typed);
      if (reply.type !== 'choices' || max === undefined) throw new Error('expected choices and a maximum length');
      expect(reply.choices.length).toBeGreaterThan(0);
      for (const choice of reply.choices) expect(choice.value.length, choice.value).toBeLessThanOrEqual(max);
    }
    for (const [locale, title] of [
      ['fr', /^Projet d'appui à la diversification .*[^…]$/],
      ['en-US', /^Project supporting the diversification .*[^…]$/],
    ] as const) {
      const { reply } = autocomplete('search', 'query', 'diversification', locale);
      if (reply.type !== 'choices') throw new Error('expected choices');
      const value = reply.choices.find((choice) => choice.name.startsWith('📄'))?.value ?? '';
      expect(value).toMatch(title);
      expect(listedIds(bodyOf(command('search', { query: value }, locale).reply))[0]).toBe('aapg-2021-aura-belier');
    }
  });
});

describe('a country named in full', () => {
  it('is that country, not the first one whose name begins with it', () => {
    expect(textOf(bodyOf(command('country', { name: 'guinée' }, 'fr').reply))).toContain('Guinée');
    expect(textOf(bodyOf(command('country', { name: 'guinée' }, 'fr').reply))).not.toContain('Bissau');
    expect(textOf(bodyOf(command('country', { name: 'guinea' }).reply))).not.toContain('Bissau');
  });

  it('a name two countries share names neither: Congo is CG or CD', () => {
    expect(countryByName('Congo', normalize)).toBeUndefined();
    expect(countryByName('Guinée', normalize)?.code).toBe('GN');
  });
});

describe('a search that finds nothing names a place only when typed in full', () => {
  it('"maroc" is Morocco, known without a project; "afri" is not South Africa', () => {
    expect(textOf(bodyOf(command('search', { query: 'maroc' }).reply))).toContain('Morocco');
    const afri = textOf(bodyOf(command('search', { query: 'afri' }, 'fr').reply));
    expect(afri).not.toContain('Afrique du Sud');
    expect(afri).toContain('Aucun projet ne correspond à « afri »');
  });
});
