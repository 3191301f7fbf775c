import { describe, expect, it } from 'vitest';
import type { Facet } from '../src/search/facets.ts';
import { ValueList, type Value } from '../src/search/values.ts';

/** A facet of keys "a0", "a1"…, each its own number; "gone" is none of them. */
function facetOf(size: number): Facet {
  const keys = Array.from({ length: size }, (_, number) => `a${number}`);
  const numberOf = (key: string) => (key.startsWith('a') ? Number(key.slice(1)) : undefined);
  return { keys, numberOf } as unknown as Facet;
}

/** The facet's values with counts size, size - 1…, and how many values were made. */
function counted(size: number) {
  const facet = facetOf(size);
  const counts = Uint32Array.from(facet.keys, (_, number) => size - number);
  const numbers = Int32Array.from(facet.keys, (_, number) => number);
  let made = 0;
  const list = ValueList.counted(facet, numbers, counts, (name, count): Value => {
    made++;
    return { kind: 'authority', name, count };
  });
  return { facet, list, made: () => made };
}

const nameOf = (value: Value) => (value.kind === 'authority' ? value.name : value.kind);

describe('value lists: an answer holds many values and makes only those read', () => {
  it('make no value to count, rank or filter them, and only those sliced', () => {
    const { list, made } = counted(100_000);
    expect(list.length).toBe(100_000);
    expect(list.countAt(3)).toBe(99_997);
    expect(list.keyAt(3)).toBe('a3');
    const even = list.where((key) => Number(key.slice(1)) % 2 === 0);
    expect(even.length).toBe(50_000);
    expect(even.someKey((key) => key === 'a99998')).toBe(true);
    expect(made()).toBe(0);
    expect(even.slice(0, 3).map((value) => value.count)).toEqual([100_000, 99_998, 99_996]);
    expect(made()).toBe(3);
  });

  it('give the same object for a value each time, through a picked list too', () => {
    const { list, made } = counted(10);
    const first = list.at(4);
    expect(list.picked([9, 4]).slice()).toEqual([list.at(9), first]);
    expect(list.picked([9, 4]).at(1)).toBe(first);
    expect(made()).toBe(2);
  });

  it("keep each value's number in its facet through picking; look it up, once, for values made beforehand or another facet", () => {
    const { facet, list } = counted(10);
    expect([...list.picked([7, 2]).numbersIn(facet)]).toEqual([7, 2]);
    const other = { keys: [], numberOf: (key: string) => (key === 'a2' ? 0 : undefined) } as unknown as Facet;
    expect([...list.picked([7, 2]).numbersIn(other)]).toEqual([-1, 0]);
    const made = ValueList.of([
      { kind: 'authority', name: 'a5', count: 1 },
      { kind: 'authority', name: 'gone', count: 1 },
    ]);
    expect([...made.numbersIn(facet)]).toEqual([5, -1]);
    expect(made.numbersIn(facet)).toBe(made.numbersIn(facet));
    expect([...made.keys()]).toEqual(['a5', 'gone']);
    expect(made.everyKey((key) => key.length > 1)).toBe(true);
  });

  it("slice as an array does, negative ends from the end, ends past the list clamped; refuse a value that isn't there", () => {
    const { list } = counted(5);
    const plain = list.slice();
    expect(plain.map(nameOf)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    for (const [from, to] of [
      [0, 2],
      [3, 99],
      [4, 1],
      [-2, undefined],
      [0, -1],
      [-99, 2],
    ] as const) {
      expect(list.slice(from, to).map(nameOf), `${from}, ${to}`).toEqual(plain.slice(from, to).map(nameOf));
    }
    expect(() => list.at(5)).toThrow(RangeError);
    expect(() => list.at(-1)).toThrow(RangeError);
    expect(() => list.picked([4, 9])).toThrow(RangeError);
  });
});
