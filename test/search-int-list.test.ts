import { describe, expect, it } from 'vitest';
import { IntList } from '../src/search/intList.ts';

describe('IntList', () => {
  it('keeps its values in order as it doubles, and through room made ahead', () => {
    const list = new IntList(2);
    for (let value = 0; value < 100; value++) {
      if (value === 10) list.expectGrowth(3);
      list.push(value * 7);
    }
    expect(list.length).toBe(100);
    expect(Array.from(list.data.subarray(0, list.length))).toEqual(
      Array.from({ length: 100 }, (_, value) => value * 7),
    );
  });

  it('grows into the room it was told to expect without copying again', () => {
    const list = new IntList(4);
    for (let value = 0; value < 256; value++) list.push(value);
    list.expectGrowth(40);
    const room = list.data;
    // 40 times as many in all, the guess being a little short: still the same array.
    for (let value = 256; value < 256 * 40; value++) list.push(value);
    expect(list.data).toBe(room);
    expect(list.data[256 * 40 - 1]).toBe(256 * 40 - 1);
  });

  it('never shrinks, whatever it is told', () => {
    const list = new IntList(1024);
    list.push(1);
    list.expectGrowth(2);
    list.reserve(10);
    expect(list.data.length).toBe(1024);
    expect(list.data[0]).toBe(1);
  });
});
