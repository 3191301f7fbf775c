import { allCountries } from '../src/domain/countries.ts';
import { departementsOfRegion } from '../src/domain/departements.ts';
import { LEAD_KIND_IDS } from '../src/domain/leadKinds.ts';
import { REGIONS } from '../src/domain/regions.ts';
import type { Dataset, Partner, Project } from '../src/domain/schema.ts';
import { THEME_IDS, type ThemeId } from '../src/domain/themes.ts';

/**
 * Large datasets for the search benchmark, recombined from the real one so that the words, their lengths and their
 * spread look like real laureates: authority kinds ("Communauté d'agglomération de") on invented place names made of
 * pieces of real ones ("Bor" + "gueux"), partners in any country of the ISO list, the 18 regions, every kind of lead
 * with a département of its region, the theme vocabulary and titles (French and English) made of real title words.
 * Deterministic: the same seed gives the same dataset.
 */

/** mulberry32: a tiny, fast, seedable PRNG; good enough to spread benchmark data, not for anything secret. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A name split before its place: "Communauté d'agglomération du Grand Périgueux" → kind + "Grand Périgueux". */
const KIND = /^(.*\b(?:de|du|des|de la)\s+(?:l['’])?)(.+)$/i;

interface Vocabulary {
  leadKinds: string[];
  partnerKinds: string[];
  placeHalves: { heads: string[]; tails: string[] };
  titleWords: string[];
  titleEnWords: string[];
}

function kindsAndPlaces(names: string[]): { kinds: string[]; places: string[] } {
  const kinds: string[] = [];
  const places: string[] = [];
  for (const name of names) {
    const match = KIND.exec(name);
    if (match?.[1] && match[2]) {
      kinds.push(match[1]);
      places.push(match[2]);
    } else places.push(name);
  }
  // Bare city names ("Dijon", "Ifs") are real too: an empty kind keeps them in the mix.
  return { kinds: [...new Set([...kinds, ''])], places };
}

/** Where a word can be cut leaving at least two letters on each side. */
const cuts = (word: string) => Array.from({ length: Math.max(0, word.length - 3) }, (_, index) => index + 2);

function vocabularyOf(projects: readonly Project[]): Vocabulary {
  const leads = kindsAndPlaces(projects.map((project) => project.lead.name));
  const partners = kindsAndPlaces(projects.flatMap((project) => project.partners.map((partner) => partner.name)));
  const placeWords = [...leads.places, ...partners.places]
    .flatMap((place) => place.split(/[\s-]+/))
    .filter((word) => /^\p{Lu}\p{L}{3,}$/u.test(word));
  return {
    leadKinds: leads.kinds,
    partnerKinds: partners.kinds,
    // Every cut of every real place word: tens of thousands of new names, as many as a large call would have.
    placeHalves: {
      heads: [...new Set(placeWords.flatMap((word) => cuts(word).map((cut) => word.slice(0, cut))))],
      tails: [...new Set(placeWords.flatMap((word) => cuts(word).map((cut) => word.slice(cut))))],
    },
    titleWords: projects.flatMap((project) => project.title.split(/\s+/)),
    titleEnWords: projects.flatMap((project) => project.titleEn?.split(/\s+/) ?? []),
  };
}

function placeName(random: Random, vocabulary: Vocabulary): string {
  const { heads, tails } = vocabulary.placeHalves;
  const word = () => {
    // A third piece now and then: longer names, and a vocabulary that keeps growing with the dataset.
    const middle = random() < 0.5 ? pick(random, tails).slice(0, 3) : '';
    const text = `${pick(random, heads)}${middle}${pick(random, tails)}`.toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return random() < 0.25 ? `${word()}-${word()}` : word();
}

function themes(random: Random): ThemeId[] {
  const chosen = new Set<ThemeId>();
  const count = between(random, 1, 3);
  while (chosen.size < count) chosen.add(pick(random, THEME_IDS));
  return [...chosen];
}

function partners(random: Random, vocabulary: Vocabulary, countryCodes: string[]): Partner[] {
  return Array.from({ length: random() < 0.9 ? 1 : 2 }, () => {
    const country = pick(random, countryCodes);
    return {
      name: `${pick(random, vocabulary.partnerKinds)}${placeName(random, vocabulary)}`,
      country,
      countryAsPublished: country,
    };
  });
}

/** `size` projects recombined from `real` (its call is reused); ids are unique slugs. */
export function syntheticDataset(real: Dataset, size: number, seed = 2021): Dataset {
  const random = seededRandom(seed);
  const vocabulary = vocabularyOf(real.projects);
  const countryCodes = allCountries().map((country) => country.code);
  const call = real.calls[0];
  if (!call) throw new Error('the real dataset has no call');
  const projects = Array.from({ length: size }, (_, index): Project => {
    const region = pick(random, REGIONS);
    const place = placeName(random, vocabulary);
    const title = Array.from({ length: between(random, 4, 18) }, () => pick(random, vocabulary.titleWords)).join(' ');
    const titleEn =
      vocabulary.titleEnWords.length === 0
        ? ''
        : Array.from({ length: between(random, 4, 18) }, () => pick(random, vocabulary.titleEnWords)).join(' ');
    // Every kind, and a département of the project's region for all but a région, as the curation has them.
    const kind = pick(random, LEAD_KIND_IDS);
    const departement = kind === 'region' ? undefined : pick(random, departementsOfRegion(region.code)).code;
    return {
      id: `syn-${index}-${place
        .normalize('NFD')
        .replace(/[^A-Za-z]+/g, '-')
        .toLowerCase()
        .replace(/^-|-$/g, '')}`,
      callId: call.id,
      region: { code: region.code, name: region.name, nameAsPublished: region.name },
      lead: {
        name: `${pick(random, vocabulary.leadKinds)}${place}`,
        aliases: random() < 0.3 ? [place] : [],
        kind,
        ...(departement === undefined ? {} : { departement }),
      },
      partners: partners(random, vocabulary, countryCodes),
      title,
      ...(titleEn === '' ? {} : { titleEn }),
      themes: themes(random),
    };
  });
  return { schemaVersion: 1, calls: [call], projects };
}
