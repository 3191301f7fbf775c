/** Fewer documents than this are ranked by a comparison sort; more, by sorting keys (see sortedByKeys). */
const SORTED_BY_COMPARISON = 2_048;
/** A tier sum is a sum of tier ranks (at most 3) over the words of a query (at most 12): it fits a byte. */
const MAX_TIER_SUM = 255;

/** Where a float's low and high 32 bits are in a Uint32Array over its Float64Array: the machine's byte order. */
const LOW_HALF = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;
const HIGH_HALF = 1 - LOW_HALF;
/** Scores are sorted 16 bits at a time. */
const DIGIT_BITS = 16;
const DIGITS = 1 << DIGIT_BITS;

/**
 * `items` stably sorted by `keyOf(item)` (below `keys`), into `into`; returns false, leaving `into` as it was, when
 * every item has the same key (then there is nothing to move). One pass of a least-significant-digit radix sort.
 */
function stablySorted(
  items: Int32Array,
  into: Int32Array,
  keyOf: (item: number) => number,
  counts: Int32Array,
  keys: number,
): boolean {
  counts.fill(0, 0, keys);
  for (let at = 0; at < items.length; at++) {
    const key = keyOf(items[at] as number);
    counts[key] = (counts[key] as number) + 1;
  }
  if (counts.subarray(0, keys).includes(items.length)) return false;
  let next = 0;
  for (let key = 0; key < keys; key++) {
    const count = counts[key] as number;
    counts[key] = next;
    next += count;
  }
  for (let at = 0; at < items.length; at++) {
    const item = items[at] as number;
    into[(counts[keyOf(item)] as number)++] = item;
  }
  return true;
}

/**
 * The running scores of one query over every document of an index, in flat arrays reused from query to query: a
 * one-letter prefix on a large index touches most documents, and a Map entry or an object per document and per word
 * was most of the cost. A document's slots count only when its stamp is the current query's (or word's), so nothing
 * is cleared between queries.
 */
export class ScoreBoard {
  private query = 0;
  private word = 0;
  private readonly queryStamp: Uint32Array;
  private readonly wordStamp: Uint32Array;
  /** Per document, for the current query: summed score, words matched, sum and worst of the words' tier ranks. */
  readonly score: Float64Array;
  readonly words: Uint8Array;
  readonly tierSum: Uint8Array;
  readonly weakest: Uint8Array;
  /** Per document, for the current word: its best match, the sum of its other matches, its best tier rank. */
  private readonly best: Float64Array;
  private readonly others: Float64Array;
  private readonly tier: Uint8Array;
  private readonly touched: number[] = [];
  private readonly wordDocs: number[] = [];

  constructor(size: number) {
    this.queryStamp = new Uint32Array(size);
    this.wordStamp = new Uint32Array(size);
    this.score = new Float64Array(size);
    this.words = new Uint8Array(size);
    this.tierSum = new Uint8Array(size);
    this.weakest = new Uint8Array(size);
    this.best = new Float64Array(size);
    this.others = new Float64Array(size);
    this.tier = new Uint8Array(size);
  }

  startQuery(): void {
    if (this.word > 0xffff_ff00) this.reset();
    this.query++;
    this.touched.length = 0;
  }

  startWord(): void {
    this.word++;
    this.wordDocs.length = 0;
  }

  /** One match of the current word in a document (a term in one of its fields). */
  add(doc: number, score: number, tierRank: number): void {
    if (this.wordStamp[doc] !== this.word) {
      this.wordStamp[doc] = this.word;
      this.best[doc] = score;
      this.others[doc] = 0;
      this.tier[doc] = tierRank;
      this.wordDocs.push(doc);
      return;
    }
    const best = this.best[doc] as number;
    this.tier[doc] = Math.min(this.tier[doc] as number, tierRank);
    this.others[doc] = (this.others[doc] as number) + Math.min(score, best);
    this.best[doc] = Math.max(score, best);
  }

  /** Adds the current word's score to each document it matched: its best match, and a little for the others. */
  endWord(): void {
    for (const doc of this.wordDocs) {
      if (this.queryStamp[doc] !== this.query) {
        this.queryStamp[doc] = this.query;
        this.score[doc] = 0;
        this.words[doc] = 0;
        this.tierSum[doc] = 0;
        this.weakest[doc] = 0;
        this.touched.push(doc);
      }
      const tier = this.tier[doc] as number;
      this.score[doc] = (this.score[doc] as number) + (this.best[doc] as number) + 0.1 * (this.others[doc] as number);
      this.words[doc] = (this.words[doc] as number) + 1;
      this.tierSum[doc] = (this.tierSum[doc] as number) + tier;
      this.weakest[doc] = Math.max(this.weakest[doc] as number, tier);
    }
  }

  /**
   * The documents that match as many words as the best ones (partial matches show only when none match every word),
   * best first: tier before weight (a whole word beats a prefix, a prefix a typo, a typo a substring), then score, then
   * the order given. With a limit, only that many are kept while scanning, instead of sorting them all.
   */
  ranked(limit: number | undefined, accept: ((doc: number) => boolean) | undefined): number[] {
    if (limit !== undefined && limit <= 0) return [];
    let most = 0;
    for (const doc of this.touched) most = Math.max(most, this.words[doc] as number);
    if (limit === undefined) {
      const wanted = (doc: number) => this.words[doc] === most && (!accept || accept(doc));
      if (this.touched.length <= SORTED_BY_COMPARISON) return this.touched.filter(wanted).sort(this.before);
      // In document order, by reading every document's stamp: the order ties keep, with no sort.
      const { queryStamp, words, query } = this;
      const docs = new Int32Array(this.touched.length);
      let count = 0;
      for (let doc = 0; doc < queryStamp.length; doc++) {
        if (queryStamp[doc] === query && words[doc] === most && (!accept || accept(doc))) docs[count++] = doc;
      }
      return this.sortedByKeys(docs.subarray(0, count));
    }
    const top: number[] = [];
    for (const doc of this.touched) {
      if (this.words[doc] !== most) continue;
      if (top.length === limit && this.before(doc, top[limit - 1] as number) >= 0) continue;
      if (accept && !accept(doc)) continue;
      let position = top.length;
      while (position > 0 && this.before(doc, top[position - 1] as number) < 0) position--;
      top.splice(position, 0, doc);
      if (top.length > limit) top.pop();
    }
    return top;
  }

  /** The order of `ranked`: negative when `a` comes first. */
  private readonly before = (a: number, b: number) =>
    (this.tierSum[a] as number) - (this.tierSum[b] as number) ||
    (this.score[b] as number) - (this.score[a] as number) ||
    a - b;

  /**
   * Docs given in increasing order, put in the order of `before` without comparing them: a radix sort, stable, so ties
   * stay in document order — by score, highest first, 16 bits at a time (a non-negative float's bits order as an
   * integer's), then by tier sum. A comparison sort of the 150,000 authorities a one-letter query matches took 0.1 s;
   * this, a few milliseconds.
   */
  private sortedByKeys(docs: Int32Array): number[] {
    const bits = new Uint32Array(this.score.buffer);
    const counts = new Int32Array(DIGITS);
    let items: Int32Array = docs;
    let spare: Int32Array = new Int32Array(docs.length);
    const pass = (keyOf: (doc: number) => number, keys: number) => {
      if (!stablySorted(items, spare, keyOf, counts, keys)) return;
      [items, spare] = [spare, items];
    };
    const descending = (half: number, shift: number) => (doc: number) =>
      DIGITS - 1 - (((bits[2 * doc + half] as number) >>> shift) & (DIGITS - 1));
    pass(descending(LOW_HALF, 0), DIGITS);
    pass(descending(LOW_HALF, DIGIT_BITS), DIGITS);
    pass(descending(HIGH_HALF, 0), DIGITS);
    pass(descending(HIGH_HALF, DIGIT_BITS), DIGITS);
    pass((doc) => this.tierSum[doc] as number, MAX_TIER_SUM + 1);
    // A loop: Array.from over a typed array is several times slower.
    const ranked = new Array<number>(items.length);
    for (let index = 0; index < items.length; index++) ranked[index] = items[index] as number;
    return ranked;
  }

  private reset(): void {
    this.queryStamp.fill(0);
    this.wordStamp.fill(0);
    this.query = 0;
    this.word = 0;
  }
}
