/**
 * The running scores of one query over every document of an index, in flat arrays reused from query to query: a
 * one-letter prefix on a large index touches most documents, and a Map entry or an object per document and per word
 * was most of the cost. A document's slots count only when its stamp is the current query's (or word's), so nothing
 * is cleared between queries.
 */
/** Fewer documents than this are ranked by a comparison sort; more, by sorting keys (see sortedByKeys). */
const SORTED_BY_COMPARISON = 2_048;
/** A tier sum is a sum of tier ranks (at most 3) over the words of a query (at most 12): it fits a byte. */
const MAX_TIER_SUM = 255;

/** Where `value` is in the first `length` sorted values (it is one of them). */
function lowerBound(sorted: Float64Array, length: number, value: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

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
      const docs = this.touched.filter((doc) => this.words[doc] === most && (!accept || accept(doc)));
      return docs.length <= SORTED_BY_COMPARISON ? docs.sort(this.before) : this.sortedByKeys(docs);
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
   * The docs in the order of `before`, for many of them: each doc's place among the distinct scores, packed with its
   * tier sum and its number into one integer, and the integers sorted natively. A comparison sort of the 150,000
   * authorities a one-letter query matches took 0.1 s; this, a few milliseconds.
   */
  private sortedByKeys(docs: number[]): number[] {
    const scores = Float64Array.from(docs, (doc) => this.score[doc] as number).sort();
    let distinct = 0;
    for (let index = 0; index < scores.length; index++) {
      if (index === 0 || scores[index] !== scores[distinct - 1]) scores[distinct++] = scores[index] as number;
    }
    const size = this.score.length;
    // Keys must stay exact integers: past that (never at the sizes an index has), the comparison sort.
    if ((MAX_TIER_SUM + 1) * distinct * size > Number.MAX_SAFE_INTEGER) return docs.sort(this.before);
    const keys = new Float64Array(docs.length);
    docs.forEach((doc, index) => {
      const rank = distinct - 1 - lowerBound(scores, distinct, this.score[doc] as number);
      keys[index] = ((this.tierSum[doc] as number) * distinct + rank) * size + doc;
    });
    keys.sort();
    return Array.from(keys, (key) => key % size);
  }

  private reset(): void {
    this.queryStamp.fill(0);
    this.wordStamp.fill(0);
    this.query = 0;
    this.word = 0;
  }
}
