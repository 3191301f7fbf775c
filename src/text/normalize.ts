import { withRoom } from './typedArrays.ts';

/**
 * Text normalisation shared by indexing and querying, so that what people type matches what was published:
 * case, accents (é → e, œ → oe), typographic vs straight apostrophes, hyphens and punctuation are ignored.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * How one character normalises: its letters or digits, lower-case and accent-free; '' for an accent mark; ' ' for
 * anything else. Final sigma (ς) folds to σ, so that Greek words match whatever their case.
 */
function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  return (LIGATURES[lower] ?? lower)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace('ς', 'σ');
}

/** Folded characters by code point: indexing reads every title and name, and Unicode regexes per text were slow. */
const FOLDED_LOW: (string | undefined)[] = [];
const FOLDED_HIGH = new Map<number, string>();
const LOW_LIMIT = 0x3000;

function folded(codePoint: number): string {
  const cached = codePoint < LOW_LIMIT ? FOLDED_LOW[codePoint] : FOLDED_HIGH.get(codePoint);
  if (cached !== undefined) return cached;
  const value = foldCharacter(String.fromCodePoint(codePoint));
  if (codePoint < LOW_LIMIT) FOLDED_LOW[codePoint] = value;
  else FOLDED_HIGH.set(codePoint, value);
  return value;
}

/** The code point at `index` (a lone surrogate stands for itself). */
function codePointAt(text: string, index: number): number {
  const high = text.charCodeAt(index);
  if (high < 0xd800 || high > 0xdbff || index + 1 >= text.length) return high;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000 : high;
}

const isAsciiWordCharacter = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * Lower-case, accent-free text where every run of non-alphanumerics is one space. The same as lower-casing, removing
 * the marks of the NFD form and collapsing the rest, but character by character through a cache, with runs of plain
 * a-z0-9 copied whole: it reads every title and name of a large dataset.
 */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  // Whether a separator was read since the last word character: written only before the next one (trims, collapses).
  let space = false;
  let index = 0;
  while (index < lower.length) {
    const start = index;
    while (index < lower.length && isAsciiWordCharacter(lower.charCodeAt(index))) index++;
    if (index > start) {
      out += space && out !== '' ? ` ${lower.slice(start, index)}` : lower.slice(start, index);
      space = false;
    }
    if (index >= lower.length) break;
    const codePoint = codePointAt(lower, index);
    index += codePoint > 0xffff ? 2 : 1;
    const piece = folded(codePoint);
    if (piece === '') continue;
    // A piece is a separator (" "), letters, or rarely both; each of its spaces counts as a separator.
    for (const part of piece.length === 1 || !piece.includes(' ') ? [piece] : piece.split(/( )/)) {
      if (part === ' ') space = true;
      else if (part !== '') {
        out += space && out !== '' ? ` ${part}` : part;
        space = false;
      }
    }
  }
  return out;
}

/** The words of a text, normalised. */
export function words(text: string): string[] {
  const normalized = normalize(text);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A term read: the code units `codes[from, to)`, their hash (FNV-1a, see TermTable), and whether it is a token's glued
 * form rather than one of its words. The codes are the reader's own buffer, valid during the call only.
 */
export type TermSink = (codes: Uint16Array, from: number, to: number, hash: number, glued: boolean) => void;

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over `codes[from, to)`, as the TermReader hashes a term while reading it. */
export function hashOfCodes(codes: Uint16Array, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ (codes[index] as number), FNV_PRIME);
  return hash | 0;
}

/** What a code unit (below LOW_LIMIT) is to the reader, worked out on first sight: how it folds, and two flags. */
const UNKNOWN = 0;
const SEPARATOR = 1;
const DROPPED = 2;
const LETTER = 3;
const PIECES = 4;
const FOLD_MASK = 7;
/** Splits tokens, as `\s` does: a glued form is made per whitespace-separated token. */
const WHITESPACE = 8;
/** An apostrophe or hyphen: a token holding one also gives its glued form ("d'Ivoire" → "divoire"). */
const JOINER = 16;
const JOINERS = "'’-‐";

const KIND_LOW = new Uint8Array(LOW_LIMIT);
const LETTER_LOW = new Uint16Array(LOW_LIMIT);

function kindOf(code: number): number {
  const known = KIND_LOW[code] as number;
  if (known !== UNKNOWN) return known;
  const piece = folded(code);
  const character = String.fromCharCode(code);
  let kind = piece === '' ? DROPPED : piece === ' ' ? SEPARATOR : piece.length === 1 ? LETTER : PIECES;
  if (kind === LETTER) LETTER_LOW[code] = piece.charCodeAt(0);
  if (/\s/.test(character)) kind |= WHITESPACE;
  if (JOINERS.includes(character)) kind |= JOINER;
  KIND_LOW[code] = kind;
  return kind;
}

/**
 * Reads the terms of a text the index files, in one pass with no string per word: the words of `normalize(text)`, and
 * the forms people type when they drop an apostrophe or a hyphen — "d'Ivoire" also gives "divoire", "Porto-Novo" also
 * "portonovo", one per whitespace-separated token holding an apostrophe or a hyphen, right after its words. Reading
 * every title and name of a large dataset, normalised strings, word arrays and regexes were most of the index build.
 *
 * The current token's letters are one buffer: its words are runs of it, its glued form the whole of it, hashed only
 * when the token has a joiner.
 */
export class TermReader {
  private codes = new Uint16Array(64);
  /** Letters of the current token, and where its current word starts among them. */
  private length = 0;
  private wordStart = 0;
  private hash = FNV_OFFSET;
  private joined = false;
  private glue = true;

  /** `glue`: whether a token with a joiner also gives its glued form. */
  read(text: string, sink: TermSink, glue = true): void {
    this.joined = false;
    this.glue = glue;
    for (let index = 0; index < text.length;) {
      const code = text.charCodeAt(index);
      // Most letters of the data: a-z as they are, A-Z lower-cased.
      if (code >= 97 && code <= 122) {
        index++;
        this.push(code);
        continue;
      }
      if (code >= 65 && code <= 90) {
        index++;
        this.push(code + 32);
        continue;
      }
      if (code < LOW_LIMIT && (code < 0xd800 || code > 0xdfff)) {
        index++;
        let kind = KIND_LOW[code] as number;
        if (kind === UNKNOWN) kind = kindOf(code);
        const fold = kind & FOLD_MASK;
        if (fold === LETTER) this.push(LETTER_LOW[code] as number);
        else if (kind & WHITESPACE) this.endToken(sink);
        else {
          if (kind & JOINER) this.joined = true;
          if (fold === SEPARATOR) this.endWord(sink);
          else if (fold === PIECES) this.pieces(folded(code), sink);
        }
        continue;
      }
      const codePoint = codePointAt(text, index);
      index += codePoint > 0xffff ? 2 : 1;
      if (/\s/.test(String.fromCodePoint(codePoint))) this.endToken(sink);
      else this.pieces(folded(codePoint), sink);
    }
    this.endToken(sink);
  }

  private push(code: number): void {
    if (this.length === this.codes.length) this.codes = withRoom(this.codes, this.length + 1);
    this.codes[this.length++] = code;
    this.hash = Math.imul(this.hash ^ code, FNV_PRIME);
  }

  private endWord(sink: TermSink): void {
    if (this.length > this.wordStart) sink(this.codes, this.wordStart, this.length, this.hash | 0, false);
    this.wordStart = this.length;
    this.hash = FNV_OFFSET;
  }

  /** Ends the current word, then the token: its glued form if it had a joiner, and starts the next token. */
  private endToken(sink: TermSink): void {
    this.endWord(sink);
    if (this.joined && this.glue && this.length > 0)
      sink(this.codes, 0, this.length, hashOfCodes(this.codes, 0, this.length), true);
    this.length = 0;
    this.wordStart = 0;
    this.joined = false;
  }

  /** A character that folds to several (œ → oe, ½ → 1 2): its spaces separate words, not tokens. */
  private pieces(piece: string, sink: TermSink): void {
    for (let index = 0; index < piece.length; index++) {
      const code = piece.charCodeAt(index);
      if (code === 32) this.endWord(sink);
      else this.push(code);
    }
  }
}

/** Words that carry no meaning on their own in a query ("commune de Makénéne", "the water project"). */
export const STOP_WORDS = new Set(
  'a au aux d de des du en et l la le les pour par sur un une and for in of on the to with'.split(' '),
);
