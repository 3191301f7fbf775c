import { newStemmer } from 'snowball-stemmers';

const french = newStemmer('french');
const english = newStemmer('english');

/**
 * The keys a normalised word is known by when plurals and endings don't matter: its French and its English Snowball
 * stems ("centres" → "fr:centr", "en:centr"). A word and a vocabulary word match when they share a key, so that a
 * French question finds an English term and the other way round, whatever the inflection.
 */
export function stemKeys(words: readonly string[]): [string, string] {
  return [
    `fr:${words.map((word) => french.stem(word)).join(' ')}`,
    `en:${words.map((word) => english.stem(word)).join(' ')}`,
  ];
}
