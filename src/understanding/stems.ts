import { newStemmer } from 'snowball-stemmers';

const french = newStemmer('french');
const english = newStemmer('english');

/**
 * Stems already computed, per language. A question's words are looked up against the vocabulary many times over, and
 * Snowball was half of the time of an answer (measured with --cpu-prof); bounded, since questions bring new words.
 */
const MAX_REMEMBERED = 20_000;
const remembered = { fr: new Map<string, string>(), en: new Map<string, string>() };

function stemOf(language: 'fr' | 'en', word: string): string {
  const known = remembered[language];
  let stem = known.get(word);
  if (stem === undefined) {
    stem = (language === 'fr' ? french : english).stem(word);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(word, stem);
  }
  return stem;
}

/**
 * The keys a normalised word is known by when plurals and endings don't matter: its French and its English Snowball
 * stems ("centres" → "fr:centr", "en:centr"). A word and a vocabulary word match when they share a key, so that a
 * French question finds an English term and the other way round, whatever the inflection.
 */
export function stemKeys(words: readonly string[]): [string, string] {
  return [
    `fr:${words.map((word) => stemOf('fr', word)).join(' ')}`,
    `en:${words.map((word) => stemOf('en', word)).join(' ')}`,
  ];
}
