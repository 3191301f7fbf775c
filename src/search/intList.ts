import { withRoom } from '../text/typedArrays.ts';

/** An append-only list of 32-bit integers that doubles its typed array as it grows: no heap number per value. */
export class IntList {
  data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) this.data = withRoom(this.data, this.length + 1);
    this.data[this.length++] = value;
  }

  /**
   * Room for `factor` times the values it holds (and a tenth more), in one copy: a list whose final size can be
   * foreseen is not copied at each doubling (on a large build, those copies were a third of the memory it wrote).
   */
  expectGrowth(factor: number): void {
    this.reserve(Math.ceil(this.length * factor * 1.1));
  }

  /** Room for `capacity` values in all. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const bigger = new Int32Array(capacity);
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
}

/** Lists of numbers in flat arrays (compressed sparse rows): list `i` is `data[start[i]] … data[start[i + 1] - 1]`. */
export interface IntLists {
  readonly start: Int32Array;
  readonly data: Int32Array;
}

/**
 * The first `count` items grouped by key (`keyAt(position)`, a number below `keys`), each list in the items' order: a
 * stable counting sort, `data` being the items in increasing order of key.
 */
export function groupedBy(
  items: ArrayLike<number>,
  count: number,
  keyAt: (position: number) => number,
  keys: number,
): IntLists {
  const start = new Int32Array(keys + 1);
  for (let at = 0; at < count; at++) {
    const key = keyAt(at) + 1;
    start[key] = (start[key] as number) + 1;
  }
  for (let key = 0; key < keys; key++) start[key + 1] = (start[key + 1] as number) + (start[key] as number);
  const cursor = start.slice(0, keys);
  const data = new Int32Array(count);
  for (let at = 0; at < count; at++) data[(cursor[keyAt(at)] as number)++] = items[at] as number;
  return { start, data };
}
