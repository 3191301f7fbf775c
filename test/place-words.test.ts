import { describe, expect, it } from 'vitest';
import { countryByCode } from '../src/domain/countries.ts';
import { departementByCode } from '../src/domain/departements.ts';
import { worldRegionById } from '../src/domain/geography.ts';
import { regionByCode } from '../src/domain/regions.ts';
import { placeWords, type Place } from '../src/i18n/places.ts';

const country = (code: string): Place => ({ kind: 'country', country: countryByCode(code) ?? expect.fail(code) });
const region = (code: string): Place => ({ kind: 'region', region: regionByCode(code) ?? expect.fail(code) });
const departement = (code: string): Place => ({
  kind: 'departement',
  departement: departementByCode(code) ?? expect.fail(code),
});
const world = (id: string): Place => ({ kind: 'worldRegion', region: worldRegionById(id) ?? expect.fail(id) });
const fr = (place: Place) => placeWords(place, 'fr');

describe('places in a French sentence', () => {
  it('countries with their article and preposition', () => {
    expect(fr(country('ML'))).toEqual({ the: 'le Mali', in: 'au Mali', plural: false });
    expect(fr(country('SN'))).toEqual({ the: 'le Sénégal', in: 'au Sénégal', plural: false });
    expect(fr(country('KM'))).toEqual({ the: 'les Comores', in: 'aux Comores', plural: true });
    expect(fr(country('MK')).the).toBe('la Macédoine du Nord');
    expect(fr(country('CI')).in).toBe('en Côte d’Ivoire');
    expect(fr(country('AR')).the).toBe('l’Argentine');
    expect(fr(country('MX')).the).toBe('le Mexique');
    expect(fr(country('GB')).in).toBe('au Royaume-Uni');
    expect(fr(country('CU'))).toEqual({ the: 'Cuba', in: 'à Cuba', plural: false });
    expect(fr(country('IL')).in).toBe('en Israël');
  });

  it('French regions and départements as people say them', () => {
    expect(fr(region('28'))).toEqual({ the: 'la Normandie', in: 'en Normandie', plural: false });
    expect(fr(region('44')).in).toBe('dans le Grand Est');
    expect(fr(region('32'))).toMatchObject({ the: 'les Hauts-de-France', plural: true });
    expect(fr(region('11')).the).toBe('l’Île-de-France');
    expect(fr(region('84')).the).toBe('Auvergne-Rhône-Alpes');
    expect(fr(region('04')).in).toBe('à La Réunion');
    expect(fr(departement('40'))).toEqual({ the: 'les Landes', in: 'dans les Landes', plural: true });
    expect(fr(departement('33')).in).toBe('en Gironde');
    expect(fr(departement('14')).in).toBe('dans le Calvados');
    expect(fr(departement('77')).in).toBe('en Seine-et-Marne');
    expect(fr(departement('75')).in).toBe('à Paris');
  });

  it('world regions', () => {
    expect(fr(world('m49-002'))).toEqual({ the: 'l’Afrique', in: 'en Afrique', plural: false });
    expect(fr(world('sahel')).in).toBe('au Sahel');
    expect(fr(world('balkans')).in).toBe('dans les Balkans');
    expect(fr(world('m49-054')).in).toBe('en Mélanésie');
  });
});

describe('places in an English sentence', () => {
  it('with "the" where English says it', () => {
    expect(placeWords(country('ML'), 'en')).toEqual({ the: 'Mali', in: 'in Mali', plural: false });
    expect(placeWords(world('sahel'), 'en').in).toBe('in the Sahel');
    expect(placeWords(world('balkans'), 'en')).toMatchObject({ the: 'the Balkans', plural: true });
  });
});
