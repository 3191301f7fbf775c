import { newStemmer } from 'snowball-stemmers';
import { THEMES } from '../domain/themes.ts';
import { hashOfCodes, normalize } from '../text/normalize.ts';
import { withRoom } from '../text/typedArrays.ts';
import { TermTable } from './termTable.ts';

const frenchStemmer = newStemmer('french');
/** A text's words, lower-case with their accents (the stemmer reads them: "résilients" → "résilient"). */
const rawWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= MIN_LENGTH);
const MIN_LENGTH = 4;
const stemOf = (word: string) => normalize(frenchStemmer.stem(word));

/** The theme vocabulary's words by stem: "résilience" under "resilient". */
const THEME_WORDS_BY_STEM: ReadonlyMap<string, readonly string[]> = (() => {
  const byStem = new Map<string, string[]>();
  for (const theme of Object.values(THEMES)) {
    for (const word of rawWords([theme.label.fr, ...theme.terms].join(' '))) {
      const known = byStem.get(stemOf(word)) ?? [];
      if (!known.includes(normalize(word))) byStem.set(stemOf(word), [...known, normalize(word)]);
    }
  }
  return byStem;
})();
/** A stem begins like its word: a word whose first letters begin no theme stem needs no stemming. */
const HEAD = 4;
const THEME_STEM_HEADS = new Set([...THEME_WORDS_BY_STEM.keys()].map((stem) => stem.slice(0, HEAD)));

/** The theme words of one word ("résilients" → "résilience"): only if it could share a theme stem. */
export function themeWordsOf(word: string): readonly string[] {
  return THEME_STEM_HEADS.has(normalize(word).slice(0, HEAD)) ? (THEME_WORDS_BY_STEM.get(stemOf(word)) ?? []) : [];
}

/** How a code unit reads in rawWords: a letter or digit (as lower-cased), a separator, or anything less simple. */
const UNKNOWN = 0;
const WORD = 1;
const SPLIT = 2;
const UNUSUAL = 3;
const LIMIT = 0x3000;
const CLASS = new Uint8Array(LIMIT);
const LOWER = new Uint16Array(LIMIT);

function classOf(code: number): number {
  if (code >= LIMIT || (code >= 0xd800 && code <= 0xdfff)) return UNUSUAL;
  let found = CLASS[code] as number;
  if (found === UNKNOWN) {
    const lower = String.fromCharCode(code).toLowerCase();
    // A capital that lower-cases to two units ("İ"), or whose lower case depends on what follows it (Σ): not simple.
    if (lower.length !== 1 || code === 0x3a3) found = UNUSUAL;
    else if (/[\p{L}\p{N}]/u.test(lower)) {
      found = WORD;
      LOWER[code] = lower.charCodeAt(0);
    } else found = /\p{M}/u.test(lower) ? UNUSUAL : SPLIT;
    CLASS[code] = found;
  }
  return found;
}

/**
 * The theme words a title says in another form ("résilients" for "résilience"): indexed with the title, so that a
 * project whose own words say what was asked comes before those that only have the theme. Made per catalogue.
 *
 * Stemming every word of a large dataset tripled the index build: each distinct word is stemmed once. And reading the
 * words of every title with a regex made most of the build's garbage: a title is read code unit by code unit, its
 * words found by their letters in a table of the words already seen, as rawWords would split them (a title with a
 * character whose lower case is not that simple is read by rawWords itself).
 */
export class TitleSiblings {
  private readonly seen = new TermTable();
  /** By id in `seen`: the word's theme words. */
  private readonly themeWords: (readonly string[])[] = [];
  private codes = new Uint16Array(64);

  /** The title's theme words in other forms, joined by spaces ('' when none); `own`: whether the title has a word. */
  of(title: string, own: (word: string) => boolean): string {
    const found = this.themeWordsIn(title);
    if (found === undefined)
      return this.joined(
        rawWords(title).flatMap((word) => this.themeWordsOfWord(word)),
        own,
      );
    return found.length === 0 ? '' : this.joined(found, own);
  }

  private joined(words: readonly string[], own: (word: string) => boolean): string {
    return [...new Set(words.filter((word) => !own(word)))].join(' ');
  }

  private themeWordsOfWord(word: string): readonly string[] {
    const codes = Uint16Array.from(word, (character) => character.charCodeAt(0));
    return this.remembered(codes, codes.length);
  }

  /** The theme words of the title's words, in order; undefined when it has a character rawWords must read. */
  private themeWordsIn(title: string): string[] | undefined {
    let found: string[] | undefined;
    let length = 0;
    const endWord = () => {
      if (length >= MIN_LENGTH) {
        const words = this.remembered(this.codes, length);
        if (words.length > 0) (found ??= []).push(...words);
      }
      length = 0;
    };
    for (let index = 0; index < title.length; index++) {
      const code = title.charCodeAt(index);
      const kind = classOf(code);
      if (kind === UNUSUAL) return undefined;
      if (kind === SPLIT) {
        endWord();
        continue;
      }
      if (length === this.codes.length) this.codes = withRoom(this.codes, length + 1);
      this.codes[length++] = LOWER[code] as number;
    }
    endWord();
    return found ?? [];
  }

  /** The theme words of the word in `codes[0, length)`, worked out the first time it is seen. */
  private remembered(codes: Uint16Array, length: number): readonly string[] {
    const id = this.seen.idOf(codes, 0, length, hashOfCodes(codes, 0, length));
    if (id === this.themeWords.length) this.themeWords.push(themeWordsOf(this.seen.term(id)));
    return this.themeWords[id] as readonly string[];
  }
}
