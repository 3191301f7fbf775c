import { describe, expect, it } from 'vitest';
import { LazyList } from '../src/search/lazyList.ts';

describe('LazyList', () => {
  it('makes an item when first asked for, then gives the same object; nothing outside its length', () => {
    let made = 0;
    const list = new LazyList(3, (index) => ({ index, serial: ++made }));
    expect(made).toBe(0);
    const first = list.at(1);
    expect(first).toEqual({ index: 1, serial: 1 });
    expect(list.at(1)).toBe(first);
    expect(made).toBe(1);
    for (const outside of [-1, 3, 1.5, Number.NaN]) expect(list.at(outside)).toBeUndefined();
    expect(made).toBe(1);
  });
});
