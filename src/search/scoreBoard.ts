import { groupedBy } from './intList.ts';

/** Fewer documents than this are ranked by a comparison sort; more, by sorting keys (see sortedByKeys). */
const SORTED_BY_COMPARISON = 2_048;
/** A tier sum is a sum of tier ranks (at most 3) over the words of a query (at most 12): it fits a byte. */
const MAX_TIER_SUM = 255;

/** Scores this many distinct or fewer are ranked through a Map of them, more by sorting them all. */
const FEW_SCORES = 4_096;

/**
 * Each score's rank among the distinct scores, 0 the highest. A large result has few distinct scores (the same words
 * in the same fields): those are found and sorted alone; else every score is sorted.
 */
function ranksOf(scores: Float64Array): { of: Int32Array; count: number } {
  const of = new Int32Array(scores.length);
  const seen = new Map<number, number>();
  for (let at = 0; at < scores.length && seen.size <= FEW_SCORES; at++) {
    const score = scores[at] as number;
    if (!seen.has(score)) seen.set(score, 0);
  }
  if (seen.size <= FEW_SCORES) {
    const distinct = [...seen.keys()].sort((a, b) => b - a);
    distinct.forEach((score, rank) => seen.set(score, rank));
    for (let at = 0; at < scores.length; at++) of[at] = seen.get(scores[at] as number) as number;
    return { of, count: distinct.length };
  }
  const distinct = scores.slice().sort();
  let count = 0;
  for (let index = 0; index < distinct.length; index++) {
    if (index === 0 || distinct[index] !== distinct[count - 1]) distinct[count++] = distinct[index] as number;
  }
  for (let at = 0; at < scores.length; at++) of[at] = count - 1 - lowerBound(distinct, count, scores[at] as number);
  return { of, count };
}

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
   * Docs given in increasing order, put in the order of `before` without comparing them: each doc's score is ranked
   * among the distinct scores (a native sort of numbers), then the docs are counted into place by rank, then by tier
   * sum — stable sorts, so ties stay in document order. A comparison sort of the 150,000 authorities a one-letter
   * query matches took 0.1 s; this, a few milliseconds.
   */
  private sortedByKeys(docs: Int32Array): number[] {
    const count = docs.length;
    const scores = new Float64Array(count);
    for (let index = 0; index < count; index++) scores[index] = this.score[docs[index] as number] as number;
    const ranks = ranksOf(scores);
    const byRank = groupedBy(docs, count, (at) => ranks.of[at] as number, ranks.count).data;
    const sorted = groupedBy(
      byRank,
      count,
      (at) => this.tierSum[byRank[at] as number] as number,
      MAX_TIER_SUM + 1,
    ).data;
    const ranked = new Array<number>(count);
    for (let index = 0; index < count; index++) ranked[index] = sorted[index] as number;
    return ranked;
  }

  private reset(): void {
    this.queryStamp.fill(0);
    this.wordStamp.fill(0);
    this.query = 0;
    this.word = 0;
  }
}
