import { IntList } from './intList.ts';
import type { Steps } from './steps.ts';

/**
 * Posting lists in one flat array (compressed sparse rows): the postings of the term at sorted position `p` are
 * `data[start[p]] … data[start[p + 1] - 1]`, in document order. One array per term made a large index hundreds of
 * thousands of small objects, which the garbage collector copied again and again while the index was being built.
 */
export interface Postings {
  readonly start: Int32Array;
  readonly data: Int32Array;
}

const NO_POSTING = -0x8000_0000;
/** Pairs laid out between two yields: a few million in all on a large index, each a few operations. */
const PAIRS_PER_STEP = 1 << 16;

/** Collects (term id, posting) pairs as documents are read, then lays them out by sorted term. */
export class PostingsBuilder {
  private readonly termIds = new IntList(1 << 16);
  private readonly postings = new IntList(1 << 16);
  /** The last posting added per term, to drop a word repeated in the same field (initially a value never posted). */
  private readonly last = new IntList(1 << 12, NO_POSTING);

  /** Whether any posting of the term was added. */
  uses(termId: number): boolean {
    return termId < this.last.data.length && this.last.data[termId] !== NO_POSTING;
  }

  add(termId: number, posting: number): void {
    this.last.ensure(termId + 1);
    if (this.last.data[termId] === posting) return;
    this.last.data[termId] = posting;
    this.termIds.push(termId);
    this.postings.push(posting);
  }

  /** `order[p]` is the id of the term at sorted position `p`, for every term used; in steps (see steps.ts). */
  *building(order: readonly number[]): Steps<Postings> {
    // By term id: ids may be shared with other indexes, so they reach beyond this index's own terms.
    const position = new Int32Array(this.last.data.length);
    for (let sorted = 0; sorted < order.length; sorted++) {
      position[order[sorted] as number] = sorted;
      if ((sorted & (PAIRS_PER_STEP - 1)) === 0) yield;
    }
    const start = new Int32Array(order.length + 1);
    for (let index = 0; index < this.termIds.length; index++) {
      const next = (position[this.termIds.data[index] as number] as number) + 1;
      start[next] = (start[next] as number) + 1;
      if ((index & (PAIRS_PER_STEP - 1)) === 0) yield;
    }
    for (let sorted = 0; sorted < order.length; sorted++) {
      start[sorted + 1] = (start[sorted + 1] as number) + (start[sorted] as number);
    }
    const cursor = start.slice(0, order.length);
    const data = new Int32Array(this.postings.length);
    // Pairs were added in document order, so each term's postings stay in document order.
    for (let index = 0; index < this.postings.length; index++) {
      const sorted = position[this.termIds.data[index] as number] as number;
      data[(cursor[sorted] as number)++] = this.postings.data[index] as number;
      if ((index & (PAIRS_PER_STEP - 1)) === 0) yield;
    }
    return { start, data };
  }
}
