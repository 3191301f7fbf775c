import { describe, expect, it } from 'vitest';
import { DEPARTEMENTS, departementByCode, departementNamed, departementsOfRegion } from '../src/domain/departements.ts';
import { INTERCOMMUNALITE, LEAD_KIND_IDS, LEAD_KINDS, TOWN } from '../src/domain/leadKinds.ts';
import { REGIONS } from '../src/domain/regions.ts';
import { staticLexicon } from '../src/understanding/lexicon.ts';
import { tokenise } from '../src/understanding/tokens.ts';
import { FILLERS } from '../src/understanding/words.ts';

/** The kinds of authority a whole text names, as a question is read (by its content words); undefined for none. */
function leadKindsNamed(text: string): readonly string[] | undefined {
  const content = tokenise(text).tokens.filter((token) => token.allCaps || !FILLERS.has(token.word));
  const meaning = staticLexicon().places.meaningOf(content);
  return meaning?.type === 'kind' ? meaning.kinds : undefined;
}

describe('the départements', () => {
  it('are the 101 of the official list: 96 metropolitan (with Corsica’s 2A and 2B) and 5 overseas', () => {
    expect(DEPARTEMENTS).toHaveLength(101);
    expect(new Set(DEPARTEMENTS.map((departement) => departement.code)).size).toBe(101);
    expect(departementByCode('2A')?.name).toBe('Corse-du-Sud');
    expect(departementByCode('974')?.name).toBe('La Réunion');
    expect(departementByCode('975')).toBeUndefined();
  });

  it('each belong to one of the 18 regions, which together hold them all', () => {
    const regionCodes = new Set(REGIONS.map((region) => region.code));
    for (const departement of DEPARTEMENTS) expect(regionCodes.has(departement.regionCode)).toBe(true);
    expect(REGIONS.flatMap((region) => departementsOfRegion(region.code))).toHaveLength(101);
    expect(departementsOfRegion('84').map((departement) => departement.code)).toContain('03');
  });

  it.each([
    ['03', '03'],
    ['3', '03'],
    ['2a', '2A'],
    ['974', '974'],
    ['Allier', '03'],
    ['allier', '03'],
    ['Ardèche', '07'],
    ['ardeche', '07'],
    ['Landes', '40'],
    ['les Landes', '40'],
    ['Seine Maritime', '76'],
    ['la Seine-Maritime', '76'],
    ["l'Aude", '11'],
    ["Côte-d'Or", '21'],
    ['cote dor', '21'],
    ['la Réunion', '974'],
    ['Reunion', '974'],
    ['Val-d’Oise', '95'],
  ])('finds %s as %s', (text, code) => {
    expect(departementNamed(text)?.code).toBe(code);
  });

  it.each(['20', '975', '0', 'Bretagne', 'Vichy', ''])('finds no département for %j', (text) => {
    expect(departementNamed(text)).toBeUndefined();
  });
});

describe('the kinds of lead authority', () => {
  it('have a French and an English label each', () => {
    for (const id of LEAD_KIND_IDS) {
      expect(LEAD_KINDS[id].label.fr).not.toBe('');
      expect(LEAD_KINDS[id].label.en).not.toBe('');
    }
  });

  it.each([
    ["Communauté d'agglomération", ['communaute-agglomeration']],
    ['communautes d agglomeration', ['communaute-agglomeration']],
    ['agglo', ['communaute-agglomeration']],
    ['Syndicat mixte', ['syndicat-mixte']],
    ['mairies', ['commune']],
    ['conseil départemental', ['departement']],
    ['métropole', ['metropole']],
  ])('reads %j as %j', (text, kinds) => {
    expect(leadKindsNamed(text)).toEqual(kinds);
  });

  it('groups métropoles, CU, CA and CC under intercommunalité, but not the syndicats mixtes', () => {
    expect(leadKindsNamed('intercommunalités')).toEqual(INTERCOMMUNALITE.kinds);
    expect(leadKindsNamed('EPCI')).toEqual(INTERCOMMUNALITE.kinds);
    expect(INTERCOMMUNALITE.kinds).toContain('communaute-communes');
    expect(INTERCOMMUNALITE.kinds).not.toContain('syndicat-mixte');
  });

  it('takes a town for a commune or its urban intercommunality, not a rural communauté de communes', () => {
    for (const text of ['villes', 'towns', 'cities']) expect(leadKindsNamed(text)).toEqual(TOWN.kinds);
    expect(TOWN.kinds).toContain('communaute-agglomeration');
    expect(TOWN.kinds).not.toContain('communaute-communes');
  });

  it('reads nothing into a text that only contains a kind', () => {
    expect(leadKindsNamed('projets des communes')).toBeUndefined();
  });
});
