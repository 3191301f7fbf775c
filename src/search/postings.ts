import type { Steps } from '../text/steps.ts';
import { IntList, type IntLists } from './intList.ts';
import { termIdOf } from './termStore.ts';

/**
 * Posting lists in flat arrays: those of the term at sorted position `p` are list `p`, in document order. One array per
 * term made a large index hundreds of thousands of small objects, which the garbage collector copied again and again
 * while the index was being built.
 */
export type Postings = IntLists;

const NO_POSTING = -0x8000_0000;
/** Term ids read between two yields: a few million in all on a large index, each a few operations. */
const TERMS_PER_STEP = 1 << 16;

/**
 * Collects an index's fields as documents are read — where the field's text was read in the TermStore, and the
 * posting each of its terms gets — then lays the postings out by sorted term: counted first, then put in place, in
 * arrays of their final size. (A list of (term, posting) pairs, doubled as it grew, was most of a large build's
 * garbage.)
 */
export class PostingsBuilder {
  private readonly texts = new IntList(1 << 12);
  private readonly postings = new IntList(1 << 12);

  /** Every term of the text read at `terms` (see TermStore.read) gets `posting`. */
  add(terms: number, posting: number): void {
    this.texts.push(terms);
    this.postings.push(posting);
  }

  /** Foreseeing `factor` times as many fields as added so far (see IntList.expectGrowth). */
  expectGrowth(factor: number): void {
    this.texts.expectGrowth(factor);
    this.postings.expectGrowth(factor);
  }

  /**
   * `ids`: the store's list of term ids; `positions[id]`: the sorted position of term `id`, one of `termCount`. A term
   * repeated in fields with the same posting (the same document and weight) is posted once. In steps (see steps.ts).
   */
  *building(ids: Int32Array, positions: Int32Array, termCount: number): Steps<Postings> {
    const start = new Int32Array(termCount + 1);
    yield* this.each(ids, positions, (position) => {
      start[position + 1] = (start[position + 1] as number) + 1;
    });
    for (let position = 0; position < termCount; position++) {
      start[position + 1] = (start[position + 1] as number) + (start[position] as number);
    }
    const cursor = start.slice(0, termCount);
    const data = new Int32Array(start[termCount] as number);
    // Fields were added in document order, so each term's postings stay in document order.
    yield* this.each(ids, positions, (position, posting) => {
      data[(cursor[position] as number)++] = posting;
    });
    return { start, data };
  }

  /** Each posting to lay out, as (sorted position of its term, posting), in the order the fields were added. */
  private *each(
    ids: Int32Array,
    positions: Int32Array,
    visit: (position: number, posting: number) => void,
  ): Steps<void> {
    const last = new Int32Array(positions.length).fill(NO_POSTING);
    let read = 0;
    for (let field = 0; field < this.texts.length; field++) {
      const terms = this.texts.data[field] as number;
      const posting = this.postings.data[field] as number;
      for (let index = terms + 1, end = index + (ids[terms] as number); index < end; index++) {
        const id = termIdOf(ids[index] as number);
        if (last[id] === posting) continue;
        last[id] = posting;
        visit(positions[id] as number, posting);
      }
      read += ids[terms] as number;
      if (read >= TERMS_PER_STEP) {
        read = 0;
        yield;
      }
    }
  }
}
