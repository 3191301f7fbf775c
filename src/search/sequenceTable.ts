import { FNV_OFFSET, FNV_PRIME } from '../text/normalize.ts';
import { IntList } from './intList.ts';

const EMPTY = 0;

/**
 * Values filed under sequences of numbers (a name's words, as term numbers), each sequence given once with every value
 * filed under it, in the order filed. Numbers in flat arrays, open addressing: a large dataset's hundreds of
 * thousands of names, filed by their normalised text in Maps, made as many strings and entries to collect.
 */
export class SequenceTable {
  /** The sequences, end to end: sequence `k` is `numbers[starts[k], starts[k + 1])`. */
  private readonly numbers = new IntList(1 << 12);
  private readonly starts = new IntList(1 << 10);
  /** Per sequence, its first value; per value, the next one under the same sequence (-1: none). */
  private readonly firstValue = new IntList(1 << 10);
  private readonly lastValue = new IntList(1 << 10);
  private readonly values = new IntList(1 << 10);
  private readonly nextValue = new IntList(1 << 10);
  /**
   * Open addressing, two numbers a slot: the sequence's hash, and its number + 1 (EMPTY: a free slot). The hash beside
   * the number spares a probe reading another array, on a table too large for the memory cache.
   */
  private slots = new Int32Array(2 << 10);
  /** The longest sequence filed. */
  longest = 0;

  constructor() {
    this.starts.push(0);
  }

  /** How many distinct sequences. */
  get size(): number {
    return this.starts.length - 1;
  }

  /**
   * Room for `sequences` sequences of `numbers` numbers in all (each with a value), when they can be foreseen: the
   * arrays are then not copied at each doubling, nor the slots laid out again.
   */
  reserve(sequences: number, numbers: number): void {
    for (const list of [this.starts, this.firstValue, this.lastValue, this.values, this.nextValue]) {
      list.reserve(sequences + 1);
    }
    this.numbers.reserve(numbers);
    // Kept at most half full (see `add`).
    let slotCount = this.slots.length >> 1;
    while (slotCount < 2 * sequences) slotCount *= 2;
    if (slotCount > this.slots.length >> 1) this.layOut(slotCount);
  }

  /** Foreseeing `factor` times as many sequences as filed so far (see IntList.expectGrowth). */
  expectGrowth(factor: number): void {
    this.reserve(Math.ceil(this.size * factor * 1.1), Math.ceil(this.numbers.length * factor * 1.1));
  }

  /**
   * Files `value` under `sequence[from, to)`, unless it is filed there already; returns where it was filed (see
   * `filed`), or -1.
   */
  add(sequence: ArrayLike<number>, from: number, to: number, value: number): number {
    const hash = hashOf(sequence, from, to);
    const slot = this.slotOf(sequence, from, to, hash);
    let key = (this.slots[2 * slot + 1] as number) - 1;
    if (key < 0) {
      key = this.size;
      for (let index = from; index < to; index++) this.numbers.push(sequence[index] as number);
      this.starts.push(this.numbers.length);
      this.firstValue.push(-1);
      this.lastValue.push(-1);
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = key + 1;
      this.longest = Math.max(this.longest, to - from);
      if (this.size * 4 > this.slots.length) this.layOut(this.slots.length);
    } else if (this.has(key, value)) return -1;
    const at = this.values.length;
    this.values.push(value);
    this.nextValue.push(-1);
    const last = this.lastValue.data[key] as number;
    if (last < 0) this.firstValue.data[key] = at;
    else this.nextValue.data[last] = at;
    this.lastValue.data[key] = at;
    return at;
  }

  /** Where the values filed under `sequence[from, to)` are, in the order filed (see `value`). */
  filed(sequence: ArrayLike<number>, from = 0, to = sequence.length): number[] {
    const key = this.keyOf(sequence, from, to);
    const found: number[] = [];
    if (key < 0) return found;
    for (let at = this.firstValue.data[key] as number; at >= 0; at = this.nextValue.data[at] as number) found.push(at);
    return found;
  }

  /** The value filed at `at` (see `filed`). */
  value(at: number): number {
    return this.values.data[at] as number;
  }

  /** The first value filed under `sequence[from, to)`, or -1. */
  first(sequence: ArrayLike<number>, from = 0, to = sequence.length): number {
    const key = this.keyOf(sequence, from, to);
    return key < 0 ? -1 : (this.values.data[this.firstValue.data[key] as number] as number);
  }

  /** The values filed under `sequence[from, to)`, in the order filed. */
  find(sequence: ArrayLike<number>, from = 0, to = sequence.length): number[] {
    return this.filed(sequence, from, to).map((at) => this.value(at));
  }

  private keyOf(sequence: ArrayLike<number>, from: number, to: number): number {
    return (this.slots[2 * this.slotOf(sequence, from, to, hashOf(sequence, from, to)) + 1] as number) - 1;
  }

  private has(key: number, value: number): boolean {
    for (let at = this.firstValue.data[key] as number; at >= 0; at = this.nextValue.data[at] as number) {
      if (this.values.data[at] === value) return true;
    }
    return false;
  }

  /** The slot of the sequence, or the empty slot where it would go. */
  private slotOf(sequence: ArrayLike<number>, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = (slots[2 * slot + 1] as number) - 1;
      if (key < 0 || (slots[2 * slot] === hash && this.holds(key, sequence, from, to))) return slot;
    }
  }

  private holds(key: number, sequence: ArrayLike<number>, from: number, to: number): boolean {
    const start = this.starts.data[key] as number;
    if ((this.starts.data[key + 1] as number) - start !== to - from) return false;
    for (let index = from; index < to; index++) {
      if (this.numbers.data[start + index - from] !== sequence[index]) return false;
    }
    return true;
  }

  /** The sequences laid out again over `slotCount` slots. */
  private layOut(slotCount: number): void {
    const old = this.slots;
    const slots = new Int32Array(2 * slotCount);
    const mask = slotCount - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === EMPTY) continue;
      let slot = (old[at] as number) & mask;
      while (slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
      slots[2 * slot] = old[at] as number;
      slots[2 * slot + 1] = old[at + 1] as number;
    }
    this.slots = slots;
  }
}

function hashOf(sequence: ArrayLike<number>, from: number, to: number): number {
  let hash = FNV_OFFSET;
  for (let index = from; index < to; index++) {
    const number = sequence[index] as number;
    hash = Math.imul(hash ^ (number & 0xffff), FNV_PRIME);
    hash = Math.imul(hash ^ (number >>> 16), FNV_PRIME);
  }
  return hash | 0;
}
