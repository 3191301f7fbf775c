import { withRoom } from '../text/typedArrays.ts';
import { stringOf, type Letters } from '../text/vocabulary.ts';

/**
 * Numbers the distinct terms of an index as its texts are read. A word is looked up as the code units the TermReader
 * folded it into, so reading a text makes no string per word, only one per new term: on a large dataset, the millions
 * of short-lived words and their Map lookups were most of the index build.
 *
 * Laid out for the memory cache, which a large vocabulary outgrows: a slot holds the hash beside the id, and the
 * terms' letters are copied end to end, so a lookup reads one slot and one run of letters, not a string object.
 */
export class TermTable {
  /** How many terms. */
  count = 0;
  /** Open addressing, two numbers a slot: the term's hash, and its id + 1 (0: an empty slot). */
  private slots = new Int32Array(2 << 10);
  /** Every term's letters, end to end: term `id` is `codes[starts[id], starts[id + 1])`. */
  private codes = new Uint16Array(1 << 12);
  private starts: Int32Array = new Int32Array(1 << 9);

  /** The id of the term in `codes[from, to)`, whose hash is `hash`, numbering it if it is new. */
  idOf(codes: Uint16Array, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = (slots[2 * slot + 1] as number) - 1;
      if (id < 0) return this.add(codes, from, to, hash, slot);
      if (slots[2 * slot] === hash && this.holds(id, codes, from, to)) return id;
    }
  }

  private holds(id: number, codes: Uint16Array, from: number, to: number): boolean {
    const start = this.starts[id] as number;
    if ((this.starts[id + 1] as number) - start !== to - from) return false;
    const letters = this.codes;
    for (let index = from, at = start; index < to; index++, at++) if (letters[at] !== codes[index]) return false;
    return true;
  }

  /** The terms' letters (see Letters), valid until the next term is added. */
  letters(): Letters {
    return { letters: this.codes, starts: this.starts, count: this.count };
  }

  /** Term `id` as a string (made each time: keep it if it is needed again). */
  term(id: number): string {
    return stringOf(this.codes, this.starts[id] as number, this.starts[id + 1] as number);
  }

  /** Whether term `id` is this word. */
  is(id: number, word: string): boolean {
    const start = this.starts[id] as number;
    if ((this.starts[id + 1] as number) - start !== word.length) return false;
    for (let index = 0; index < word.length; index++)
      if (this.codes[start + index] !== word.charCodeAt(index)) return false;
    return true;
  }

  private add(codes: Uint16Array, from: number, to: number, hash: number, slot: number): number {
    const id = this.count++;
    this.starts = withRoom(this.starts, id + 2);
    const start = this.starts[id] as number;
    const end = start + to - from;
    this.codes = withRoom(this.codes, end);
    for (let index = from, at = start; index < to; index++, at++) this.codes[at] = codes[index] as number;
    this.starts[id + 1] = end;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = id + 1;
    // Kept at most half full, so that probes stay short.
    if (this.count * 4 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = (old[at] as number) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at] as number;
      slots[2 * slot + 1] = old[at + 1] as number;
    }
    this.slots = slots;
  }
}
