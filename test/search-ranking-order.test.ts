import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoreBoard } from '../src/search/scoreBoard.ts';

/** The order ranked() promises: the fewest weak tiers, then the highest score, then the lowest document number. */
function reference(board: ScoreBoard, docs: number[]): number[] {
  return docs.toSorted(
    (a, b) =>
      (board.tierSum[a] as number) - (board.tierSum[b] as number) ||
      (board.score[b] as number) - (board.score[a] as number) ||
      a - b,
  );
}

describe('ranking many documents (counting sorts, not comparisons)', () => {
  it('puts them in the order a comparison sort gives, with few or many distinct scores, and keeps only the best-matched', () => {
    const size = 6_000;
    const match = fc.record({
      doc: fc.integer({ min: 0, max: size - 1 }),
      score: fc.oneof(fc.constantFrom(0.7, 1.05, 2.1, 0.45), fc.double({ min: 0.01, max: 9, noNaN: true })),
      tier: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(match, { minLength: 4_000, maxLength: 6_000 }), { minLength: 1, maxLength: 3 }),
        (words) => {
          const board = new ScoreBoard(size);
          board.startQuery();
          for (const matches of words) {
            board.startWord();
            for (const { doc, score, tier } of matches) board.add(doc, score, tier);
            board.endWord();
          }
          const touched = [...new Set(words.flat().map((m) => m.doc))];
          const most = Math.max(...touched.map((doc) => board.words[doc] as number));
          const best = touched.filter((doc) => board.words[doc] === most);
          expect(board.ranked(undefined, undefined)).toEqual(reference(board, best));
          const even = (doc: number) => doc % 2 === 0;
          expect(board.ranked(undefined, even)).toEqual(reference(board, best.filter(even)));
        },
      ),
      { numRuns: 25 },
    );
  });
});
