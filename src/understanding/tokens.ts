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

/**
 * "travaille-t-elle", "a-t-il", "vient-il"; typed in haste, "travaille t elle", "a t'il", or with no hyphen after an
 * auxiliary or a plural verb ("ont elles", "travaillent ils"; not "comment elles", an adverb in -ment).
 */
const INVERSION =
  /(?:\p{L}(?:-(?:t-)?|[-\s]+t[-\s'’]+)(?:il|elle|on|ils|elles)|(?<![\p{L}\p{N}])(?:ont|sont|est|peut|font|fait|doit|\p{L}*[^\sm\p{P}]ent)\s+(?:il|elle|ils|elles))(?![\p{L}\p{N}])/iu;
const PIECES = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of a question: elisions split off ("l'Afrique" → "l", "afrique"; "qu'il" → "qu", "il"), hyphens and
 * punctuation are separators ("Porto-Novo" → "porto", "novo"), the case as typed kept beside each word.
 */
const DISCORD_MARKUP = /<a?:\w+:\d+>|<[@#][!&]?\d+>|<\/?[a-z][^>]*>|https?:\/\/\S+|@(?:everyone|here)\b/giu;

/** A flag emoji: two regional indicator symbols, whose letters are the country's ISO code ("🇨🇲" is CM). */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const REGIONAL_A = 0x1f1e6;
const flagLetters = (_: string, first: string, second: string) =>
  ` ${[first, second].map((symbol) => String.fromCharCode(65 + (symbol.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A)).join('')} `;

export function tokenise(text: string): Tokens {
  const tokens: Token[] = [];
  // "don't", "doesn't", "isn't": "do not"… (the apostrophe would leave "don" and "t"); "can't" is "can not".
  // NFKC: full-width and other compatibility forms ("ｑｕｅｌｓ ｐｒｏｊｅｔｓ") read as the letters they stand for.
  const read = text
    .slice(0, MAX_CHARACTERS)
    // Discord's mentions, custom emoji and links, and "@everyone": nothing a question asks about.
    .replace(DISCORD_MARKUP, ' ')
    // Flags copied from the bot's own answers ("projets au 🇨🇲"): the country's code, in capitals, as typed by hand.
    .replace(FLAG, flagLetters)
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
 * one letter are capitals too ("QUELLE RÉGION A LE PLUS DE PROJETS ?": "DE" is no code for Germany there). So do the
 * words of a name shouted in a question typed otherwise ("projets avec LA NORMANDIE": "LA" is no code for Laos): a
 * run of words in capitals with a long one, which codes and acronyms are not ("BF et ML" keeps its codes), and the
 * "ET" joining two of them.
 */
function unshouted(tokens: Token[]): Token[] {
  const shouted = (token: Token) =>
    token.allCaps || /^\d+$/.test(token.word) || (token.capitalised && token.word.length === 1);
  const unshout = (token: Token) => ({ ...token, allCaps: false, capitalised: true });
  if (tokens.length >= 2 && tokens.every(shouted)) return tokens.map(unshout);
  const read = [...tokens];
  for (let start = 0; start < read.length;) {
    let end = start;
    while (end < read.length && (read[end] as Token).allCaps) end++;
    const name = end - start >= 2 && read.slice(start, end).some((token) => token.word.length >= SHOUTED_NAME_LENGTH);
    // A name: each word; else only "AURA ET IDF"'s "and" between two words in capitals, not Ethiopia's code.
    for (let at = start; at < end; at++) {
      const join = at > start && at < end - 1 && SHOUTED_JOINS.has((read[at] as Token).word);
      if (name || join) read[at] = unshout(read[at] as Token);
    }
    start = Math.max(end, start + 1);
  }
  return read;
}

const SHOUTED_JOINS = new Set(['et', 'ou', 'and', 'or']);
/** A word in capitals this long, beside another, is a name shouted, not a code or an acronym ("NORMANDIE"). */
const SHOUTED_NAME_LENGTH = 5;
