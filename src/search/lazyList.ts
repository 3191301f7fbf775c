import type { ItemList } from './rankedIndex.ts';

/**
 * A list whose items are made when first asked for, then kept: an index over hundreds of thousands of items, of which
 * a question shows a few, need not hold them all as objects. The same index always gives the same object.
 */
export class LazyList<T> implements ItemList<T> {
  private readonly made: (T | undefined)[];

  constructor(
    readonly length: number,
    private readonly make: (index: number) => T,
  ) {
    this.made = new Array<T | undefined>(length);
  }

  at(index: number): T | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    let item = this.made[index];
    if (item === undefined) {
      item = this.make(index);
      this.made[index] = item;
    }
    return item;
  }
}
