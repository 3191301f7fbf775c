import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { typoBudget, Vocabulary } from '../src/text/vocabulary.ts';

/** The textbook optimal-string-alignment distance, one full table per pair: slow, obviously right. */
function naiveDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => table[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, at(i - 2, j - 2) + 1);
      (table[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

const within = (sorted: string[], word: string, budget: number) =>
  Vocabulary.of(sorted)
    .within(word, budget)
    .map(({ index, distance }) => `${sorted[index]}:${distance}`);

describe('Vocabulary.within (typos)', () => {
  const vocabulary = ['benin', 'bordeaux', 'cameroon', 'cameroun', 'cote', 'coast', 'ebenisterie', 'perigueux'].sort();

  it.each([
    ['benim', 1, ['benin:1']],
    ['bordaux', 1, ['bordeaux:1']],
    ['perigeux', 1, ['perigueux:1']],
    ['camerun', 2, ['cameroon:2', 'cameroun:1']],
    ['cost', 1, ['coast:1']],
    // A swap of two neighbouring letters is one typo.
    ['cmaeroun', 1, ['cameroun:1']],
    ['xyz', 2, []],
  ])('finds the terms within budget of "%s" (budget %i)', (word, budget, expected) => {
    expect(within(vocabulary, word, budget)).toEqual(expected);
  });

  it('does not take a word found inside a longer one for a typo ("benim" in "ébénisterie")', () => {
    expect(within(vocabulary, 'benim', 2)).not.toContainEqual(expect.stringMatching(/^ebenisterie/));
  });

  it('finds exactly the terms a full comparison with each term finds, at the same distances', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'e');
    const term = fc.string({ unit: letters, minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.uniqueArray(term, { maxLength: 40 }),
        term,
        fc.integer({ min: 0, max: 3 }),
        (terms, word, budget) => {
          const sorted = terms.toSorted();
          const expected = sorted.flatMap((candidate) => {
            const distance = naiveDistance(word, candidate);
            return distance <= budget ? [`${candidate}:${distance}`] : [];
          });
          expect(within(sorted, word, budget)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('typoBudget', () => {
  it('allows no typo up to 2 letters, one up to 5, two beyond', () => {
    expect([1, 2, 3, 5, 6, 12].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe('Vocabulary.prefixRange and containing', () => {
  const sorted = ['benin', 'beninois', 'bordeaux', 'eau', 'reseau', 'sanitation'];
  const vocabulary = Vocabulary.of(sorted);

  it('gives the run of terms starting with a word, the word itself first', () => {
    expect(vocabulary.prefixRange('benin')).toEqual({ from: 0, to: 2 });
    expect(vocabulary.prefixRange('b')).toEqual({ from: 0, to: 3 });
    expect(vocabulary.prefixRange('x')).toEqual({ from: 6, to: 6 });
  });

  it('finds the terms that contain a word, each once, and never across two terms', () => {
    expect(vocabulary.containing('eau').map((index) => sorted[index])).toEqual(['bordeaux', 'eau', 'reseau']);
    expect(vocabulary.containing('n').map((index) => sorted[index])).toEqual(['benin', 'beninois', 'sanitation']);
    expect(vocabulary.containing('xeau')).toEqual([]);
  });
});

describe('a bounded walk for close terms', () => {
  it('stops after so many trie nodes, with what it found so far; unbounded, it finds every close term', () => {
    const vocabulary = Vocabulary.of(['aaaa', 'abba', 'zzzz', 'zzzy'].sort());
    expect(vocabulary.within('zzzx', 1).length).toBe(2);
    expect(vocabulary.within('zzzx', 1, undefined, 3)).toEqual([]);
  });
});
