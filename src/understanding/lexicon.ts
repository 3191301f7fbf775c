import { allCountries } from '../domain/countries.ts';
import { DEPARTEMENTS } from '../domain/departements.ts';
import { KIND_GROUPS, LEAD_KINDS, TOWN, type LeadKindId } from '../domain/leadKinds.ts';
import { OVERSEAS_REGION_CODES, REGIONS } from '../domain/regions.ts';
import { THEMES, type ThemeId } from '../domain/themes.ts';
import { WORLD_REGIONS, type WorldRegion } from '../domain/geography.ts';
import { Vocabulary } from '../text/vocabulary.ts';
import { stemKeys } from './stems.ts';
import { tokenise, type Token } from './tokens.ts';
import {
  COUNT_MARKERS,
  DOMAIN,
  FEWEST_WORDS,
  FILLERS,
  MAP_WORDS,
  NEGATION_PAIRS,
  NEGATIONS,
  POLITENESS,
  TARGET_NOUNS,
  VERBS,
  WHICH_MARKERS,
} from './words.ts';

/** What a phrase of a question stands for. */
export type Meaning =
  | { type: 'region'; code: string }
  /** Several regions one word names: "outre-mer", "overseas". */
  | { type: 'regions'; codes: readonly string[] }
  | { type: 'departement'; code: string }
  | { type: 'worldRegion'; id: string }
  | { type: 'country'; code: string }
  /** `designator`: a singular that may only introduce a name ("la ville de Dijon"), and means nothing then. */
  | { type: 'kind'; kinds: readonly LeadKindId[]; designator: boolean }
  | { type: 'theme'; id: ThemeId }
  | { type: 'authority'; name: string; side: 'french' | 'partner' };

/** How a phrase must have been typed to count: codes and short names in capitals ("US" is not "us"). */
export type Typing = 'any' | 'capitalised' | 'caps';

/** Phrases a question may name, looked up by their content words: a PhraseTable, or the catalogue's names. */
export interface PhraseLookup {
  /** The most words a phrase has. */
  readonly longest: number;
  /** The best meaning of these tokens as typed, if they form a known phrase. */
  meaningOf(tokens: readonly Token[]): Meaning | undefined;
}

interface Entry {
  meaning: Meaning;
  typing: Typing;
}

/** When a phrase means several things, the French place wins over the country, which wins over a name. */
const PRIORITY: Record<Meaning['type'], number> = {
  region: 0,
  regions: 0,
  departement: 1,
  worldRegion: 2,
  country: 3,
  kind: 4,
  theme: 5,
  authority: 6,
};

/** Names that are also everyday words: they name a place only when typed with a capital ("Lot", not "a lot"). */
const EVERYDAY_WORDS = new Set([
  'cher',
  'lot',
  'manche',
  'somme',
  'var',
  'ain',
  'nord',
  'aube',
  'orne',
  'vienne',
  'reunion',
  // Partners: "fier" is proud, "centrale" a power station ("la Région Centrale", "Fier" with a capital).
  'fier',
  'centrale',
  'central',
]);

/** Usual names of French regions the official list doesn't give: English names and initials. */
const REGION_ALIASES: Record<string, string[]> = {
  '84': ['AURA', 'ARA'],
  '27': ['BFC', 'Burgundy-Franche-Comté', 'Bourgogne', 'Franche-Comté', 'Burgundy'],
  '53': ['Brittany'],
  '24': ['Centre-Val-de-Loire', 'CVL'],
  '94': ['Corsica'],
  '32': ['HDF'],
  '11': ['IDF', 'Paris region', 'Île de France'],
  '28': ['Normandy'],
  '75': ['NA', 'NAQ'],
  '44': ['GE'],
  '52': ['PDL'],
  '93': ['PACA', 'Région Sud'],
  '03': ['French Guiana'],
  '04': ['Réunion', 'Reunion Island'],
};

/** The words for the regions overseas, together (see OVERSEAS_REGION_CODES). */
const OVERSEAS_NAMES = [
  'outre-mer',
  'outremer',
  'ultramarin',
  'ultramarins',
  'ultramarine',
  'ultramarines',
  'DROM',
  'DOM',
  'DOM-TOM',
  'overseas',
  'overseas France',
  'overseas regions',
  'overseas territories',
];

/** Adjectives people use for the continents: "projets africains", "European partners". */
const WORLD_REGION_ADJECTIVES: Record<string, string[]> = {
  'm49-002': ['africain', 'africains', 'africaine', 'africaines', 'African'],
  'm49-011': ['ouest-africain', 'ouest-africains', 'ouest-africaine', 'ouest-africaines', 'West African'],
  'm49-150': ['européen', 'européens', 'européenne', 'européennes', 'European'],
  'm49-142': ['asiatique', 'asiatiques', 'Asian'],
  'm49-419': ['latino-américain', 'latino-américains', 'latino-américaine', 'latino-américaines', 'Latin American'],
};

/** Every name a world region is known by: French, English, aliases and adjectives. */
export function worldRegionNames(region: WorldRegion): string[] {
  return [region.name.fr, region.name.en, ...region.aliases, ...(WORLD_REGION_ADJECTIVES[region.id] ?? [])];
}

/** Words of theme phrases too vague to name a theme on their own ("short" of "short supply chains"). */
const VAGUE_THEME_WORDS = new Set([
  'short',
  'supply',
  'chains',
  'centres',
  'care',
  'sortie',
  'public',
  'publiques',
  'local',
  'locale',
  'locales',
  'experience',
  'experiences',
  'sanitaire',
  'durable',
  'economique',
]);

/** The words of a phrase that carry its meaning: "Afrique de l'Ouest" → ["afrique", "ouest"]. */
export function contentWords(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => token.allCaps || !FILLERS.has(token.word)).map((token) => token.word);
}

const phraseWords = (text: string) => contentWords(tokenise(text).tokens);

/** Initials as written ("US", "RDC") must be typed in capitals; short names and everyday words, with a capital. */
export function typingOf(words: readonly string[], text: string): Typing {
  if (words.length !== 1) return 'any';
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return 'caps';
  return letters.length <= 3 || EVERYDAY_WORDS.has(words[0] ?? '') ? 'capitalised' : 'any';
}

/** Whether the tokens were typed as a phrase of that typing must be. */
export function typedAs(typing: Typing, tokens: readonly Token[]): boolean {
  return (
    typing === 'any' || (typing === 'caps' ? tokens.every((token) => token.allCaps) : tokens[0]?.capitalised === true)
  );
}

/**
 * Phrases and what they mean, looked up by their content words: longest phrase first, so that "Guinée équatoriale"
 * is not "Guinée", and "Communauté urbaine de Douala" is a partner, not a kind.
 */
export class PhraseTable implements PhraseLookup {
  private readonly entries = new Map<string, Entry[]>();
  longest = 1;

  add(text: string, meaning: Meaning, typing?: Typing): void {
    const words = phraseWords(text);
    if (words.length === 0) return;
    const key = words.join(' ');
    const entry = { meaning, typing: typing ?? typingOf(words, text) };
    const list = this.entries.get(key);
    if (!list) {
      this.entries.set(key, [entry]);
      this.longest = Math.max(this.longest, words.length);
      return;
    }
    if (list.some((known) => sameMeaning(known.meaning, meaning))) return;
    list.push(entry);
    list.sort((a, b) => PRIORITY[a.meaning.type] - PRIORITY[b.meaning.type]);
  }

  meaningOf(tokens: readonly Token[]): Meaning | undefined {
    const list = this.entries.get(tokens.map((token) => token.word).join(' '));
    return list?.find((entry) => typedAs(entry.typing, tokens))?.meaning;
  }

  words(): string[] {
    return [...this.entries.keys()].flatMap((key) => key.split(' '));
  }
}

function sameMeaning(a: Meaning, b: Meaning): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'authority' && b.type === 'authority') return a.name === b.name && a.side === b.side;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The themes, by the stems of their labels and terms, and of each word only one theme uses. */
function themeStems(): Map<string, ThemeId> {
  const stems = new Map<string, ThemeId>();
  const wordThemes = new Map<string, Set<ThemeId>>();
  for (const theme of Object.values(THEMES)) {
    for (const phrase of [theme.label.fr, theme.label.en, ...theme.terms]) {
      const words = phraseWords(phrase);
      for (const key of stemKeys(words)) stems.set(key, theme.id);
      for (const word of words) {
        for (const key of stemKeys([word])) {
          const themes = wordThemes.get(key) ?? new Set();
          themes.add(theme.id);
          wordThemes.set(key, themes);
        }
      }
    }
  }
  for (const [key, themes] of wordThemes) {
    const word = key.slice(3);
    const [only] = themes;
    if (themes.size === 1 && only && !stems.has(key) && !VAGUE_THEME_WORDS.has(word)) stems.set(key, only);
  }
  return stems;
}

function placePhrases(): PhraseTable {
  const table = new PhraseTable();
  for (const region of REGIONS) {
    for (const name of [region.name, ...(REGION_ALIASES[region.code] ?? [])])
      table.add(name, { type: 'region', code: region.code });
  }
  for (const name of OVERSEAS_NAMES) table.add(name, { type: 'regions', codes: OVERSEAS_REGION_CODES });
  for (const departement of DEPARTEMENTS) table.add(departement.name, { type: 'departement', code: departement.code });
  for (const region of WORLD_REGIONS) {
    for (const name of worldRegionNames(region)) table.add(name, { type: 'worldRegion', id: region.id });
  }
  for (const country of allCountries()) {
    for (const name of country.names) table.add(name, { type: 'country', code: country.code });
    for (const code of [country.code, country.alpha3]) table.add(code, { type: 'country', code: country.code }, 'caps');
  }
  for (const kind of Object.values(LEAD_KINDS)) {
    for (const name of [kind.label.fr, kind.label.en, ...kind.terms]) {
      table.add(name, { type: 'kind', kinds: [kind.id], designator: !/[sx]$/.test(name) });
    }
  }
  for (const group of KIND_GROUPS) {
    for (const name of [group.label.fr, group.label.en, ...group.terms])
      table.add(name, { type: 'kind', kinds: group.kinds, designator: group === TOWN && !/[sx]$/.test(name) });
  }
  return table;
}

/** Words of the kind "communauté", "conseil" that name what an authority is, not where: stripped to find its place. */
export const AUTHORITY_KIND_WORDS = new Set(
  `conseil regional departemental general communaute urbaine agglomeration communes commune ville province region
  departement departements comite populaire syndicat mixte metropole municipalite mairie district city town`.split(
    /\s+/,
  ),
);

/** Everything a question can be read for that doesn't depend on the dataset: places, kinds, themes, question words. */
export interface StaticLexicon {
  places: PhraseTable;
  themes: Map<string, ThemeId>;
  /** Every word the lexicon and the question vocabulary know, for typo correction. */
  vocabulary: Vocabulary;
  known: Set<string>;
}

let built: StaticLexicon | undefined;

export function staticLexicon(): StaticLexicon {
  if (built) return built;
  const places = placePhrases();
  const themes = themeStems();
  const themeWords = Object.values(THEMES).flatMap((theme) =>
    [theme.label.fr, theme.label.en, ...theme.terms].flatMap(phraseWords),
  );
  const questionWords = [
    ...COUNT_MARKERS,
    ...WHICH_MARKERS,
    ...Object.keys(TARGET_NOUNS),
    ...DOMAIN,
    ...POLITENESS,
    ...MAP_WORDS,
    ...NEGATIONS,
    ...Object.entries(NEGATION_PAIRS).flat(),
    // "fewest" is no typo of "fees".
    ...FEWEST_WORDS,
  ];
  const known = new Set([...places.words(), ...themeWords, ...questionWords, ...FILLERS, ...VERBS]);
  // Short words are not corrected (see understand.ts), so they need not be in the typo vocabulary.
  const vocabulary = Vocabulary.of([...known].filter((word) => word.length >= 4).sort());
  built = { places, themes, vocabulary, known };
  return built;
}
