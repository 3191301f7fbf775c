import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { themeWordsOf, TitleSiblings } from '../src/search/titleSiblings.ts';
import { words } from '../src/text/normalize.ts';

/** The definition, read with a regex as the titles once were: the theme words of each word, less the title's own. */
function reference(title: string): string {
  const own = new Set(words(title));
  const raw = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 4);
  return [...new Set(raw.flatMap(themeWordsOf).filter((word) => !own.has(word)))].join(' ');
}

describe('the theme words a title says in another form', () => {
  const siblings = new TitleSiblings();
  const of = (title: string) => siblings.of(title, (word) => words(title).includes(word));

  it('reads "résilients" as "résilience", and not a word the title already has', () => {
    expect(of('Territoires résilients face au climat')).toContain('resilience');
    expect(of('Résilience des territoires')).not.toContain('resilience');
    expect(of('Jazz à Dijon')).toBe('');
  });

  it('finds what a regex over the lower-cased title finds, whatever its letters (accents, İ, Σ, marks, ligatures)', () => {
    const letter = fc.constantFrom(
      ...'résilientcoopératiÉÀçœİΣσς\u0301ﬁ1 -’'.split(''),
      'santé',
      'sécurité',
      'eau',
      'culture',
    );
    fc.assert(
      fc.property(fc.array(letter, { maxLength: 40 }), (pieces) => {
        const title = pieces.join('');
        expect(of(title)).toBe(reference(title));
      }),
      { numRuns: 500 },
    );
  });
});
