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
