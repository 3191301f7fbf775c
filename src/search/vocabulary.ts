import { finish, STEP, type Steps } from './steps.ts';

/**
 * The sorted terms of an index and the three ways a query word finds them: as a prefix (a run of the sorted list),
 * through typos (edit distance, over a trie), or inside a longer term (one native substring search).
 */

/**
 * How many typos a word of that length may hold and still be recognised (as Elasticsearch's AUTO fuzziness): two in a
 * five-letter word would turn "paris" into "arts".
 */
export function typoBudget(length: number): number {
  if (length <= 2) return 0;
  return length <= 5 ? 1 : 2;
}

export interface CloseTerm {
  /** Position of the term in the sorted vocabulary. */
  index: number;
  distance: number;
}

const NONE = -1;
/** Separates terms in the text searched for substrings: normalised terms never contain it. */
const SEPARATOR = '\n';

export class Vocabulary {
  readonly terms: readonly string[];
  /** The trie of the terms, in flat arrays: a node's first child, next sibling, letter, and the term ending there. */
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly letter: Uint16Array;
  private readonly termAt: Int32Array;
  /** Every term between separators, and where each starts in it. */
  private readonly joined: string;
  private readonly offsets: Int32Array;

  /** `sorted`: distinct terms in code-unit order (the default sort); `trie`: theirs, when built in steps. */
  constructor(sorted: readonly string[], trie: Trie = finish(trieOf(sorted))) {
    this.terms = sorted;
    ({ firstChild: this.firstChild, nextSibling: this.nextSibling, letter: this.letter, termAt: this.termAt } = trie);
    this.joined = `${SEPARATOR}${sorted.join(SEPARATOR)}${SEPARATOR}`;
    this.offsets = trie.offsets;
  }

  /** The vocabulary, built in steps that a caller may spread over turns of the event loop. */
  static *building(sorted: readonly string[]): Steps<Vocabulary> {
    return new Vocabulary(sorted, yield* trieOf(sorted));
  }

  /** The run [from, to) of terms starting with the word; the word itself, if it is a term, is at `from`. */
  prefixRange(word: string): { from: number; to: number } {
    const from = this.lowerBound(word);
    const to = this.lowerBound(`${word}\uffff`);
    return { from, to };
  }

  /**
   * Every term within `budget` edits of the word (insertion, deletion, substitution, swap of two neighbours), in sorted
   * order. The trie shares the rows of the edit-distance table between terms with a common prefix, and drops a whole
   * subtree as soon as its prefix is over budget: a small part of a large vocabulary is visited.
   */
  within(word: string, budget: number): CloseTerm[] {
    const rows = Array.from({ length: word.length + budget + 2 }, () => new Int32Array(word.length + 1));
    (rows[0] as Int32Array).forEach((_, j, row) => (row[j] = j));
    const path = new Uint16Array(rows.length);
    const found: CloseTerm[] = [];
    const visit = (node: number, depth: number) => {
      // Deeper than the word plus the budget, every cell is over budget.
      if (depth + 1 >= rows.length) return;
      for (let child = this.firstChild[node] as number; child !== NONE; child = this.nextSibling[child] as number) {
        path[depth] = this.letter[child] as number;
        if (fillRow(rows, depth + 1, path, word) > budget) continue;
        const term = this.termAt[child] as number;
        const distance = (rows[depth + 1] as Int32Array)[word.length] as number;
        if (term !== NONE && distance <= budget) found.push({ index: term, distance });
        visit(child, depth + 1);
      }
    };
    visit(0, 0);
    return found;
  }

  /**
   * For every prefix of up to `longestPrefix` letters whose terms hold more than `budget` postings in all: its longer terms, most
   * postings first, only as many as it takes to reach the budget. Autocomplete needs 25 items, not the hundreds of
   * thousands a one-letter prefix reaches on a large dataset.
   */
  *popularByShortPrefix(
    postingCount: (term: number) => number,
    budget: number,
    longestPrefix: number,
  ): Steps<Map<string, Int32Array>> {
    const counts = new Int32Array(this.terms.length);
    for (let term = 0; term < counts.length; term++) {
      counts[term] = postingCount(term);
      if ((term & (STEP - 1)) === 0) yield;
    }
    const popular = new Map<string, Int32Array>();
    for (let length = 1; length <= longestPrefix; length++) {
      for (let from = 0; from < this.terms.length;) {
        const prefix = (this.terms[from] as string).slice(0, length);
        const { to } = this.prefixRange(prefix);
        // The prefix itself, if a term, is the exact match: always taken in full, so not counted here.
        const first = this.terms[from] === prefix ? from + 1 : from;
        if (prefix.length === length && sum(counts, first, to) > budget) {
          popular.set(prefix, mostCommon(counts, first, to, budget));
        }
        from = to;
        yield;
      }
    }
    return popular;
  }

  /** The terms that contain the word, in sorted order. */
  containing(word: string): number[] {
    const found: number[] = [];
    let at = this.joined.indexOf(word);
    while (at >= 0) {
      const term = this.termStartingBefore(at);
      found.push(term);
      at = this.joined.indexOf(word, this.offsets[term + 1] as number);
    }
    return found;
  }

  /** The term whose text (in `joined`) holds position `at`. */
  private termStartingBefore(at: number): number {
    let low = 0;
    let high = this.terms.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.offsets[middle] as number) <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** First position not before the word. */
  private lowerBound(word: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] as string) < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** A trie in flat arrays (a node's first child, next sibling, letter, and the term ending there), and `offsets`. */
interface Trie {
  firstChild: Int32Array;
  nextSibling: Int32Array;
  letter: Uint16Array;
  termAt: Int32Array;
  offsets: Int32Array;
}

/** Nodes are numbered as created; sorted input means each new child comes after its siblings. */
function* trieOf(sorted: readonly string[]): Steps<Trie> {
  const capacity = sorted.reduce((sum, term) => sum + term.length, 1);
  const trie: Trie = {
    firstChild: new Int32Array(capacity).fill(NONE),
    nextSibling: new Int32Array(capacity).fill(NONE),
    letter: new Uint16Array(capacity),
    termAt: new Int32Array(capacity).fill(NONE),
    offsets: new Int32Array(sorted.length + 1),
  };
  const lastChild = new Int32Array(capacity).fill(NONE);
  const pathNodes = [0];
  let nodes = 1;
  let previous = '';
  for (let index = 0; index < sorted.length; index++) {
    const term = sorted[index] as string;
    let depth = 0;
    while (depth < previous.length && depth < term.length && term.charCodeAt(depth) === previous.charCodeAt(depth)) {
      depth++;
    }
    for (; depth < term.length; depth++) {
      const parent = pathNodes[depth] as number;
      const node = nodes++;
      trie.letter[node] = term.charCodeAt(depth);
      if (lastChild[parent] === NONE) trie.firstChild[parent] = node;
      else trie.nextSibling[lastChild[parent] as number] = node;
      lastChild[parent] = node;
      pathNodes[depth + 1] = node;
    }
    trie.termAt[pathNodes[term.length] as number] = index;
    trie.offsets[index + 1] = (trie.offsets[index] as number) + term.length + 1;
    previous = term;
    if ((index & (STEP - 1)) === 0) yield;
  }
  return trie;
}

function sum(counts: Int32Array, from: number, to: number): number {
  let total = 0;
  for (let term = from; term < to; term++) total += counts[term] as number;
  return total;
}

/**
 * The terms of [from, to) with the most postings, most first, until they hold `budget` postings. Only terms above a
 * threshold are sorted, the threshold lowered until they are enough: most terms of a large vocabulary are rare.
 */
function mostCommon(counts: Int32Array, from: number, to: number, budget: number): Int32Array {
  for (let threshold = budget; ; threshold >>= 2) {
    const candidates: number[] = [];
    let held = 0;
    for (let term = from; term < to; term++) {
      const count = counts[term] as number;
      if (count >= threshold) {
        candidates.push(term);
        held += count;
      }
    }
    if (held < budget && threshold > 0) continue;
    candidates.sort((a, b) => (counts[b] as number) - (counts[a] as number) || a - b);
    let kept = 0;
    for (let total = 0; total < budget && kept < candidates.length; kept++)
      total += counts[candidates[kept] as number] as number;
    return Int32Array.from(candidates.slice(0, kept));
  }
}

/**
 * Row `depth` of the optimal-string-alignment table (the first `depth` letters of `path` against every prefix of the
 * word), from the two rows above; returns the row's minimum.
 */
function fillRow(rows: Int32Array[], depth: number, path: Uint16Array, word: string): number {
  const row = rows[depth] as Int32Array;
  const above = rows[depth - 1] as Int32Array;
  const twoAbove = depth > 1 ? (rows[depth - 2] as Int32Array) : undefined;
  const letter = path[depth - 1] as number;
  const before = depth > 1 ? (path[depth - 2] as number) : NONE;
  row[0] = depth;
  let minimum = depth;
  for (let j = 1; j < row.length; j++) {
    const cost = letter === word.charCodeAt(j - 1) ? 0 : 1;
    let value = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
    if (twoAbove && j > 1 && letter === word.charCodeAt(j - 2) && before === word.charCodeAt(j - 1)) {
      value = Math.min(value, (twoAbove[j - 2] as number) + 1);
    }
    row[j] = value;
    if (value < minimum) minimum = value;
  }
  return minimum;
}
