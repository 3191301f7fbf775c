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

const JOINERS = /['’\-‐]/;

/**
 * The forms people type when they drop an apostrophe or a hyphen, indexed beside the words: "d'Ivoire" also gives
 * "divoire", "Porto-Novo" also gives "portonovo". One per space-separated token that holds an apostrophe or a hyphen.
 */
export function gluedForms(text: string): string[] {
  if (!JOINERS.test(text)) return [];
  const glued: string[] = [];
  for (const token of text.split(/\s+/)) {
    if (!JOINERS.test(token)) continue;
    const form = normalize(token).replaceAll(' ', '');
    if (form !== '') glued.push(form);
  }
  return glued;
}

/** Words that carry no meaning on their own in a query ("commune de Makénéne", "the water project"). */
export const STOP_WORDS = new Set(
  'a au aux d de des du en et l la le les pour par sur un une and for in of on the to with'.split(' '),
);
