import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SequenceTable } from '../src/search/sequenceTable.ts';

describe('SequenceTable', () => {
  it('gives back every value filed under a sequence, once each, in the order filed, as a Map of keys would', () => {
    const sequence = fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(sequence, fc.integer({ min: 0, max: 20 })), { maxLength: 3_000 }),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (entries, reserveAt, factor) => {
          const table = new SequenceTable();
          const reference = new Map<string, number[]>();
          for (const [index, [numbers, value]] of entries.entries()) {
            // Room made at any point, as a build does once it has read its first projects.
            if (index === reserveAt % (entries.length + 1)) table.expectGrowth(factor);
            const key = numbers.join(',');
            const known = reference.get(key) ?? [];
            const at = table.add(numbers, 0, numbers.length, value);
            // Where it was filed, or -1 when it was already there.
            expect(at >= 0).toBe(!known.includes(value));
            if (at >= 0) expect(table.value(at)).toBe(value);
            if (!known.includes(value)) reference.set(key, [...known, value]);
          }
          expect(table.size).toBe(reference.size);
          for (const [key, values] of reference) {
            const numbers = key.split(',').map(Number);
            expect(table.find(numbers)).toEqual(values);
            expect(table.first(numbers)).toBe(values[0]);
          }
          expect(table.find([2 ** 31 - 1, 0, 0, 0, 0])).toEqual([]);
          expect(table.first([2 ** 31 - 1, 0, 0, 0, 0])).toBe(-1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('reads a sequence inside a longer array, and knows the longest filed', () => {
    const table = new SequenceTable();
    table.add([9, 1, 2, 3, 9], 1, 4, 7);
    expect(table.find([1, 2, 3])).toEqual([7]);
    expect(table.find([0, 1, 2, 3], 1, 4)).toEqual([7]);
    expect(table.find([1, 2])).toEqual([]);
    expect(table.longest).toBe(3);
  });
});
