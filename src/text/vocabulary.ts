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

/** A term's node in the trie, when the node ends no term. */
const NONE = -1;
/** Separates terms in the text searched for substrings: normalised terms never contain it. */
const SEPARATOR_CODE = 10;

/** The trie of a vocabulary in flat arrays: a node's first child, next sibling, letter, and the term ending there. */
interface Trie {
  firstChild: Int32Array;
  nextSibling: Int32Array;
  letter: Uint16Array;
  /** The sorted position of the term ending at a node, or NONE. */
  termAt: Int32Array;
}

/** Terms as code units end to end: term `id` is `letters[starts[id], starts[id + 1])`. */
export interface Letters {
  letters: Uint16Array;
  starts: Int32Array;
  count: number;
}

export class Vocabulary {
  /** How many terms. */
  readonly size: number;
  private readonly trie: Trie;
  /**
   * Every term in code-unit order (as the default sort gives them) between separators, and where each starts in it:
   * one string rather than one per term, which a large vocabulary had hundreds of thousands of.
   */
  private readonly joined: string;
  private readonly offsets: Int32Array;

  private constructor(joined: string, trie: Trie, offsets: Int32Array) {
    this.joined = joined;
    this.trie = trie;
    this.offsets = offsets;
    this.size = offsets.length - 1;
  }

  /** The vocabulary of distinct terms, given in any order. */
  static of(terms: readonly string[]): Vocabulary {
    return finish(Vocabulary.building(lettersOf(terms))).vocabulary;
  }

  /**
   * The vocabulary of distinct terms given in any order, in steps that a caller may spread over turns of the event
   * loop; `positions[id]` is where term `id` went in the sorted order.
   */
  static *building(terms: Letters): Steps<{ vocabulary: Vocabulary; positions: Int32Array }> {
    const order = yield* sortedIds(terms);
    const positions = new Int32Array(terms.count);
    for (let position = 0; position < order.length; position++) positions[order[position] as number] = position;
    const { trie, offsets, joined } = yield* trieOf(terms, order);
    return { vocabulary: new Vocabulary(joined, trie, offsets), positions };
  }

  /** The term at a sorted position. */
  term(position: number): string {
    return this.joined.slice(this.offsets[position], (this.offsets[position + 1] as number) - 1);
  }

  /** Where the word is among the terms, or -1 when it is none of them. */
  positionOf(word: string): number {
    const position = this.lowerBound(word);
    return this.is(position, word) ? position : -1;
  }

  /** Whether the term at `position` is this word. */
  is(position: number, word: string): boolean {
    const start = this.offsets[position] as number;
    return (
      position >= 0 &&
      position < this.size &&
      (this.offsets[position + 1] as number) - 1 - start === word.length &&
      this.joined.startsWith(word, start)
    );
  }

  /** The run [from, to) of terms starting with the word; the word itself, if it is a term, is at `from`. */
  prefixRange(word: string): { from: number; to: number } {
    const from = this.lowerBound(word);
    const to = this.lowerBound(`${word}\uffff`);
    return { from, to };
  }

  /**
   * Every term within `budget` edits of the word (insertion, deletion, substitution, swap of two neighbours) that
   * `accept` takes (by sorted position), in sorted order. The trie shares the rows of the edit-distance table between
   * terms with a common prefix, and drops a whole subtree as soon as its prefix is over budget: a small part of a large
   * vocabulary is visited. At most `maxVisits` nodes are: past that, what was found so far (a long word of a large
   * vocabulary, with a lenient budget, keeps most branches alive).
   */
  within(word: string, budget: number, accept?: (position: number) => boolean, maxVisits = Infinity): CloseTerm[] {
    const { firstChild, nextSibling, letter, termAt } = this.trie;
    const rows = Array.from({ length: word.length + budget + 2 }, () => new Int32Array(word.length + 1));
    (rows[0] as Int32Array).forEach((_, j, row) => (row[j] = j));
    const path = new Uint16Array(rows.length);
    const found: CloseTerm[] = [];
    let visits = 0;
    const visit = (node: number, depth: number) => {
      // Deeper than the word plus the budget, every cell is over budget.
      if (depth + 1 >= rows.length) return;
      for (let child = firstChild[node] as number; child !== NONE; child = nextSibling[child] as number) {
        if (++visits > maxVisits) return;
        path[depth] = letter[child] as number;
        if (fillRow(rows, depth + 1, path, word) > budget) continue;
        const term = termAt[child] as number;
        const distance = (rows[depth + 1] as Int32Array)[word.length] as number;
        if (term !== NONE && distance <= budget && (!accept || accept(term))) found.push({ index: term, distance });
        visit(child, depth + 1);
      }
    };
    visit(0, 0);
    return found;
  }

  /**
   * For every prefix of up to `longestPrefix` letters whose terms hold more than `budget` postings in all: its longer
   * terms, most postings first, only as many as it takes to reach the budget. Autocomplete needs 25 items, not the
   * hundreds of thousands a one-letter prefix reaches on a large dataset.
   */
  *popularByShortPrefix(
    postingCount: (term: number) => number,
    budget: number,
    longestPrefix: number,
  ): Steps<Map<string, Int32Array>> {
    const counts = new Int32Array(this.size);
    for (let term = 0; term < counts.length; term++) {
      counts[term] = postingCount(term);
      if ((term & (STEP - 1)) === 0) yield;
    }
    const popular = new Map<string, Int32Array>();
    for (let length = 1; length <= longestPrefix; length++) {
      for (let from = 0; from < this.size;) {
        const prefix = this.joined.slice(
          this.offsets[from],
          Math.min((this.offsets[from + 1] as number) - 1, (this.offsets[from] as number) + length),
        );
        // A shorter term ("a") comes before the longer ones it begins ("al…", "an…"): those are the next prefixes.
        if (prefix.length < length) {
          from++;
          continue;
        }
        const { to } = this.prefixRange(prefix);
        // The prefix itself, if a term, is the exact match: always taken in full, so not counted here.
        const first = this.is(from, prefix) ? from + 1 : from;
        if (sum(counts, first, to) > budget) popular.set(prefix, mostCommon(counts, first, to, budget));
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
    let high = this.size - 1;
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
    let high = this.size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.before(middle, word)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Whether the term at `position` comes before the word, in code-unit order. */
  private before(position: number, word: string): boolean {
    const start = this.offsets[position] as number;
    const length = (this.offsets[position + 1] as number) - 1 - start;
    const common = Math.min(length, word.length);
    for (let index = 0; index < common; index++) {
      const difference = this.joined.charCodeAt(start + index) - word.charCodeAt(index);
      if (difference !== 0) return difference < 0;
    }
    return length < word.length;
  }
}

/** How many comparisons or moves between two yields of a sort or a trie build. */
const WORK_PER_STEP = 1 << 14;
/** Runs shorter than this are sorted by insertion: fewer moves than partitioning them again. */
const SHORT_RUN = 16;

/**
 * The ids of the terms in code-unit order of the terms, by multikey quicksort (Bentley & Sedgewick): each pass
 * partitions on one letter, so a shared prefix is read once per run instead of once per comparison. In steps, with no
 * string made: as fast as the native sort of the strings, which would hold the event loop for the whole sort and
 * then need each string's id found again.
 */
function* sortedIds({ letters, starts, count }: Letters): Steps<Int32Array> {
  const ids = new Int32Array(count);
  for (let id = 0; id < count; id++) ids[id] = id;
  // Runs still to sort, as (from, to, depth) triples.
  const runs: number[] = [0, count, 0];
  let work = 0;
  while (runs.length > 0) {
    const depth = runs.pop() as number;
    const to = runs.pop() as number;
    const from = runs.pop() as number;
    if (to - from < SHORT_RUN) {
      insertionSort(ids, from, to, letters, starts);
      work += (to - from) * (to - from);
    } else {
      // Three ways on the letter at `depth` (-1 past the end): before, equal (sorted on the next letter), after.
      const pivot = letterAt(letters, starts, ids[(from + to) >>> 1] as number, depth);
      let lower = from;
      let upper = to - 1;
      for (let at = from; at <= upper;) {
        const code = letterAt(letters, starts, ids[at] as number, depth);
        if (code < pivot) swap(ids, lower++, at++);
        else if (code > pivot) swap(ids, upper--, at);
        else at++;
      }
      runs.push(from, lower, depth);
      // Terms that end here are equal, and distinct terms are never equal: nothing to sort after them.
      if (pivot >= 0) runs.push(lower, upper + 1, depth + 1);
      runs.push(upper + 1, to, depth);
      work += to - from;
    }
    if (work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
  }
  return ids;
}

function letterAt(letters: Uint16Array, starts: Int32Array, id: number, depth: number): number {
  const at = (starts[id] as number) + depth;
  return at < (starts[id + 1] as number) ? (letters[at] as number) : -1;
}

/** The order of two terms by code units: negative, zero or positive. */
function compare(letters: Uint16Array, starts: Int32Array, a: number, b: number): number {
  const startA = starts[a] as number;
  const startB = starts[b] as number;
  const lengthA = (starts[a + 1] as number) - startA;
  const lengthB = (starts[b + 1] as number) - startB;
  const common = Math.min(lengthA, lengthB);
  for (let index = 0; index < common; index++) {
    const difference = (letters[startA + index] as number) - (letters[startB + index] as number);
    if (difference !== 0) return difference;
  }
  return lengthA - lengthB;
}

function swap(ids: Int32Array, a: number, b: number): void {
  const id = ids[a] as number;
  ids[a] = ids[b] as number;
  ids[b] = id;
}

function insertionSort(ids: Int32Array, from: number, to: number, letters: Uint16Array, starts: Int32Array): void {
  for (let at = from + 1; at < to; at++) {
    const id = ids[at] as number;
    let before = at - 1;
    for (; before >= from && compare(letters, starts, ids[before] as number, id) > 0; before--) {
      ids[before + 1] = ids[before] as number;
    }
    ids[before + 1] = id;
  }
}

/**
 * The trie of the terms in sorted order, and the terms joined in that order: nodes are numbered as created, and each
 * new child comes after its siblings. A term shares its first letters with the term before it: only the rest makes
 * new nodes, which a first pass counts.
 */
function* trieOf(
  { letters, starts }: Letters,
  order: Int32Array,
): Steps<{ trie: Trie; offsets: Int32Array; joined: string }> {
  const count = order.length;
  const shared = new Int32Array(count);
  let capacity = 1;
  let longestTerm = 0;
  for (let position = 0; position < count; position++) {
    const id = order[position] as number;
    const start = starts[id] as number;
    const length = (starts[id + 1] as number) - start;
    let depth = 0;
    if (position > 0) {
      const previous = order[position - 1] as number;
      const previousStart = starts[previous] as number;
      const common = Math.min(length, (starts[previous + 1] as number) - previousStart);
      while (depth < common && letters[start + depth] === letters[previousStart + depth]) depth++;
    }
    shared[position] = depth;
    capacity += length - depth;
    longestTerm = Math.max(longestTerm, length);
    if ((position & (STEP - 1)) === 0) yield;
  }
  const firstChild = new Int32Array(capacity).fill(NONE);
  const nextSibling = new Int32Array(capacity).fill(NONE);
  const letter = new Uint16Array(capacity);
  const termAt = new Int32Array(capacity).fill(NONE);
  const lastChild = new Int32Array(capacity).fill(NONE);
  const offsets = new Int32Array(count + 1);
  // The joined text: a separator, then each term followed by one.
  const text = new Uint16Array((starts[count] as number) + count + 1);
  text[0] = SEPARATOR_CODE;
  offsets[0] = 1;
  const pathNodes = new Int32Array(longestTerm + 1);
  let nodes = 1;
  for (let position = 0; position < count; position++) {
    const id = order[position] as number;
    const start = starts[id] as number;
    const length = (starts[id + 1] as number) - start;
    for (let depth = shared[position] as number; depth < length; depth++) {
      const parent = pathNodes[depth] as number;
      const node = nodes++;
      letter[node] = letters[start + depth] as number;
      const last = lastChild[parent] as number;
      if (last === NONE) firstChild[parent] = node;
      else nextSibling[last] = node;
      lastChild[parent] = node;
      pathNodes[depth + 1] = node;
    }
    termAt[pathNodes[length] as number] = position;
    const at = offsets[position] as number;
    text.set(letters.subarray(start, start + length), at);
    text[at + length] = SEPARATOR_CODE;
    offsets[position + 1] = at + length + 1;
    if ((position & (STEP - 1)) === 0) yield;
  }
  return { trie: { firstChild, nextSibling, letter, termAt }, offsets, joined: yield* stringOfAll(text) };
}

/** The joined text of a vocabulary as one string, a piece at a time. */
function* stringOfAll(codes: Uint16Array): Steps<string> {
  const pieces: string[] = [];
  for (let from = 0; from < codes.length; from += PIECE) {
    pieces.push(stringOf(codes, from, Math.min(codes.length, from + PIECE)));
    if ((pieces.length & 63) === 0) yield;
  }
  return pieces.join('');
}

/** Longer runs of code units are made into a string a piece at a time: applying a long array would overflow the stack. */
const PIECE = 8192;
/** A word's code units go through an array of its length, reused: a term made no array or view besides its string. */
const WORD = 64;
const WORD_BUFFERS = Array.from({ length: WORD + 1 }, (_, length) => new Array<number>(length).fill(0));

/** `codes[from, to)` as a string. (A spread goes through an iterator: slow.) */
export function stringOf(codes: Uint16Array, from: number, to: number): string {
  if (to - from <= WORD) {
    const buffer = WORD_BUFFERS[to - from] as number[];
    for (let index = from; index < to; index++) buffer[index - from] = codes[index] as number;
    return Reflect.apply(String.fromCharCode, null, buffer) as string;
  }
  let text = '';
  for (let start = from; start < to; start += PIECE) {
    text += Reflect.apply(String.fromCharCode, null, codes.subarray(start, Math.min(to, start + PIECE))) as string;
  }
  return text;
}

/** Distinct terms as Letters, in the order given. */
function lettersOf(terms: readonly string[]): Letters {
  const starts = new Int32Array(terms.length + 1);
  terms.forEach((term, id) => (starts[id + 1] = (starts[id] as number) + term.length));
  const letters = new Uint16Array(starts[terms.length] as number);
  terms.forEach((term, id) => {
    for (let index = 0; index < term.length; index++) letters[(starts[id] as number) + index] = term.charCodeAt(index);
  });
  return { letters, starts, count: terms.length };
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
