// Not the package's main entry, which registers all its 78 languages at import (a start took ~70 ms and ~25 MB of RSS
// more); the bot reads two, registered below.
import countries from 'i18n-iso-countries/index.js';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { flag } from 'country-emoji';

countries.registerLocale(en);
countries.registerLocale(fr);

export type Language = 'fr' | 'en';

export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. "BJ". */
  code: string;
  alpha3: string;
  flag: string;
  /** The name to display in each language. */
  name: Record<Language, string>;
  /** Every name the country is known by (both languages, official names, usual aliases), as written. */
  names: string[];
}

/**
 * Where the library's display name is not the one French and English readers use, or misses a usual alias.
 * Everything else (codes, official names, most aliases) comes from i18n-iso-countries.
 */
const DISPLAY_OVERRIDES: Partial<Record<string, Partial<Record<Language, string>>>> = {
  CI: { fr: 'Côte d’Ivoire', en: 'Côte d’Ivoire' },
  LA: { en: 'Laos' },
  VN: { fr: 'Viêt Nam', en: 'Vietnam' },
  MK: { en: 'North Macedonia' },
  // The library's short English forms are abbreviations or catalogue entries, and two countries would both be "Congo".
  GB: { en: 'United Kingdom' },
  AE: { en: 'United Arab Emirates', fr: 'Émirats arabes unis' },
  KR: { en: 'South Korea' },
  CG: { en: 'Republic of the Congo', fr: 'République du Congo' },
  CD: { en: 'DR Congo', fr: 'RD Congo' },
  US: { fr: 'États-Unis' },
  TZ: { fr: 'Tanzanie' },
  CZ: { fr: 'Tchéquie' },
};
const EXTRA_ALIASES: Partial<Record<string, string[]>> = {
  CI: ['Ivory Coast', 'Côte d’Ivoire'],
  LA: ['Laos', 'Lao PDR'],
  VN: ['Viet Nam', 'Viêt Nam', 'Vietnam'],
  MK: ['Macédoine', 'Macedonia', 'North Macedonia'],
  // The short names people say and write: "le Burkina", "la RDC", "la Centrafrique", "la Bosnie".
  BF: ['Burkina'],
  CD: ['RDC', 'DRC', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CF: ['Centrafrique'],
  BA: ['Bosnie', 'Bosnia'],
};

function allNames(code: string, language: Language): string[] {
  const names = countries.getName(code, language, { select: 'all' });
  return Array.isArray(names) ? names : [];
}

function buildCountry(code: string): Country {
  const overrides = DISPLAY_OVERRIDES[code] ?? {};
  const names = [
    ...allNames(code, 'fr'),
    ...allNames(code, 'en'),
    ...(EXTRA_ALIASES[code] ?? []),
    ...Object.values(overrides),
  ];
  return {
    code,
    alpha3: countries.alpha2ToAlpha3(code) ?? code,
    flag: flag(code) ?? '🏳️',
    name: {
      fr: overrides.fr ?? countries.getName(code, 'fr', { select: 'alias' }) ?? code,
      en: overrides.en ?? countries.getName(code, 'en', { select: 'alias' }) ?? code,
    },
    names: [...new Set(names)],
  };
}

const directory = new Map<string, Country>();

/** The country with that ISO 3166-1 alpha-2 code (any case), or undefined for an unknown code. */
export function countryByCode(code: string): Country | undefined {
  const upper = code.toUpperCase();
  if (!countries.isValid(upper) || upper.length !== 2) return undefined;
  let country = directory.get(upper);
  if (!country) {
    country = buildCountry(upper);
    directory.set(upper, country);
  }
  return country;
}

/** Every country the library knows, for resolving a country name typed by a person. */
export function allCountries(): Country[] {
  return Object.keys(countries.getAlpha2Codes()).flatMap((code) => countryByCode(code) ?? []);
}

/** Countries by normalised name; null where two countries share a name (e.g. "Congo"), which then names neither. */
let byName: Map<string, Country | null> | undefined;

/**
 * The country a name designates, in French or English, official or usual, ignoring case, accents and punctuation;
 * undefined for a name no country or several countries have.
 */
export function countryByName(name: string, normalizeName: (text: string) => string): Country | undefined {
  if (!byName) {
    const names = new Map<string, Country | null>();
    for (const country of allCountries()) {
      for (const known of country.names) {
        const key = normalizeName(known);
        const already = names.get(key);
        names.set(key, already === undefined || already === country ? country : null);
      }
    }
    byName = names;
  }
  return byName.get(normalizeName(name)) ?? undefined;
}
