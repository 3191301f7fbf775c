import { describe, expect, it } from 'vitest';
import { ValueList, type Value } from '../src/search/values.ts';

/** A facet's keys "a0", "a1"… with counts 100, 99…, and how many values were made. */
function counted(size: number) {
  const keys = Array.from({ length: size }, (_, number) => `a${number}`);
  const counts = Uint32Array.from(keys, (_, number) => size - number);
  const numbers = Int32Array.from(keys, (_, number) => number);
  let made = 0;
  const list = ValueList.counted(keys, numbers, counts, (name, count): Value => {
    made++;
    return { kind: 'authority', name, count };
  });
  return { list, made: () => made };
}

const valueName = (value: Value) => (value.kind === 'authority' ? value.name : value.kind);

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

  it("keep each value's facet number through picking, or look it up once for values made beforehand", () => {
    const { list } = counted(10);
    const facet = { numberOf: (key: string) => (key === 'gone' ? undefined : Number(key.slice(1))) };
    expect([...list.picked([7, 2]).numbersIn(facet as never)]).toEqual([7, 2]);
    const made = ValueList.of([
      { kind: 'authority', name: 'a5', count: 1 },
      { kind: 'authority', name: 'gone', count: 1 },
    ]);
    expect([...made.numbersIn(facet as never)]).toEqual([5, -1]);
    expect([...made.keys()]).toEqual(['a5', 'gone']);
    expect(made.everyKey((key) => key.length > 1)).toBe(true);
  });

  it('slice like an array, ends past the list clamped to it', () => {
    const { list } = counted(5);
    const names = (from?: number, to?: number) => list.slice(from, to).map((value) => valueName(value));
    expect(names()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
    expect(names(0, 2)).toEqual(['a0', 'a1']);
    expect(names(3, 99)).toEqual(['a3', 'a4']);
    expect(names(4, 1)).toEqual([]);
  });
});
