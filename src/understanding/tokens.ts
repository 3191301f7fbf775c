import { normalize } from '../text/normalize.ts';

/** One word of a question, normalised as the search normalises (case, accents, punctuation), with how it was typed. */
export interface Token {
  /** Lower-case, accent-free: "Sénégal" → "senegal". */
  word: string;
  /** As typed, lower-case: "où" is not "ou". */
  typed: string;
  /** Typed with a capital first letter: "Lot" the département, "lot" the word. */
  capitalised: boolean;
  /** Typed all in capitals, two letters or more: "US", "RDC", an ISO code. */
  allCaps: boolean;
}

export interface Tokens {
  tokens: Token[];
  /**
   * A French inverted question: a verb joined to its subject pronoun by a hyphen ("travaille-t-elle", "a-t-il",
   * "coopèrent-elles"), which asks yes or no.
   */
  inverted: boolean;
}

/** Questions are short; the rest of a long text is not read (it keeps hostile input cheap). */
export const MAX_TOKENS = 60;
const MAX_CHARACTERS = 1_000;

/** "travaille-t-elle", "a-t-il", "vient-il"; typed in haste, "travaille t elle", "a t'il". */
const INVERSION = /\p{L}(?:-(?:t-)?|[-\s]+t[-\s'’]+)(?:il|elle|on|ils|elles)(?![\p{L}\p{N}])/iu;
const PIECES = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of a question: elisions split off ("l'Afrique" → "l", "afrique"; "qu'il" → "qu", "il"), hyphens and
 * punctuation are separators ("Porto-Novo" → "porto", "novo"), the case as typed kept beside each word.
 */
export function tokenise(text: string): Tokens {
  const tokens: Token[] = [];
  // "don't", "doesn't", "isn't": "do not"… (the apostrophe would leave "don" and "t"); "can't" is "can not".
  // NFKC: full-width and other compatibility forms ("ｑｕｅｌｓ ｐｒｏｊｅｔｓ") read as the letters they stand for.
  const read = text
    .slice(0, MAX_CHARACTERS)
    .normalize('NFKC')
    .replace(/\b(can)['’]t\b/giu, '$1 not')
    .replace(/(\p{L})n['’]t\b/giu, '$1 not');
  const inverted = INVERSION.test(read);
  for (const piece of read.match(PIECES) ?? []) {
    for (const word of normalize(piece).split(' ')) {
      if (word === '') continue;
      const letters = piece.replace(/[\p{N}\p{M}]/gu, '');
      tokens.push({
        word,
        typed: piece.toLowerCase(),
        capitalised: /^\p{Lu}/u.test(piece),
        allCaps: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      });
      if (tokens.length === MAX_TOKENS) return { tokens: unshouted(tokens), inverted };
    }
  }
  return { tokens: unshouted(tokens), inverted };
}

/**
 * A question typed all in capitals says nothing by its capitals: read it as if typed with a capital each. Its words of
 * one letter are capitals too ("QUELLE RÉGION A LE PLUS DE PROJETS ?": "DE" is no code for Germany there).
 */
function unshouted(tokens: Token[]): Token[] {
  const shouted = (token: Token) =>
    token.allCaps || /^\d+$/.test(token.word) || (token.capitalised && token.word.length === 1);
  if (tokens.length < 2 || !tokens.every(shouted)) return tokens;
  return tokens.map((token) => ({ ...token, allCaps: false, capitalised: true }));
}
