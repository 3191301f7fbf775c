import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, STOP_WORDS, TermReader, words } from '../src/text/normalize.ts';
import { queryWordsOf } from '../src/search/rankedIndex.ts';

/** What the index reads from a text, as strings. */
function indexTerms(text: string): string[] {
  const terms: string[] = [];
  new TermReader().read(text, (codes, from, to) => terms.push(String.fromCharCode(...codes.subarray(from, to))));
  return terms;
}

/** The definition: per whitespace-separated token, its words, then its glued form if it holds a joiner. */
function referenceReads(text: string): [term: string, glued: boolean][] {
  return text.split(/\s+/).flatMap((token) => {
    const glued = /['’\-‐]/.test(token) ? normalize(token).replaceAll(' ', '') : '';
    return [...words(token).map((word) => [word, false] as const), ...(glued === '' ? [] : [[glued, true] as const])];
  }) as [string, boolean][];
}

describe('normalize', () => {
  it.each([
    ['ignores case', 'BORDEAUX Métropole', 'bordeaux metropole'],
    ['strips accents', 'Makénéne Périgueux Île Viêt Bélier', 'makenene perigueux ile viet belier'],
    ['expands the œ and æ ligatures, upper or lower case', 'ŒUVRE cœur Cæsar', 'oeuvre coeur caesar'],
    ['treats a typographic apostrophe like a straight one', 'Côte d’Ivoire', 'cote d ivoire'],
    ['treats a straight apostrophe like a space', "Côte d'Ivoire", 'cote d ivoire'],
    ['treats hyphens as spaces', 'Porto-Novo', 'porto novo'],
    ['treats a Unicode hyphen and an en dash as spaces', 'Seine‐Maritime 1996 – 2021', 'seine maritime 1996 2021'],
    ['collapses runs of punctuation and trims', '  «Réseau»  Jazz!!  (France) ', 'reseau jazz france'],
    ['keeps digits', 'phase 1 : 25 ans', 'phase 1 25 ans'],
    ['turns pure punctuation into nothing', ' – ‐ ’ ! ', ''],
  ])('%s', (_, input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('makes a hyphenated name and its spaced form equal', () => {
    expect(normalize('porto-novo')).toBe(normalize('Porto Novo'));
    expect(normalize('nouvelle-aquitaine')).toBe(normalize('Nouvelle Aquitaine'));
  });

  it('makes both apostrophes equal', () => {
    expect(normalize('Côte d’Ivoire')).toBe(normalize("cote d'ivoire"));
  });
});

/** The definition, one Unicode regex after another; `normalize` does the same work character by character. */
function referenceNormalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (ligature) => ({ œ: 'oe', æ: 'ae', ß: 'ss' })[ligature] ?? ligature)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replaceAll('ς', 'σ');
}

describe('normalize, character by character', () => {
  it('equals the regex definition on any text (final sigma folded to σ)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(..."aÉé\u0301œŒßẞİςΣ’'-– .,()«»1😀\u202e"), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(normalize(input)).toBe(referenceNormalize(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('folds Greek final sigma so that case does not matter', () => {
    expect(normalize('ΑΘΗΝΑΣ')).toBe(normalize('Αθήνας'));
  });
});

describe('words', () => {
  it('splits normalised text into words', () => {
    expect(words("Conseil Départemental de l'Aude")).toEqual(['conseil', 'departemental', 'de', 'l', 'aude']);
  });

  it('gives no word for blank or punctuation-only text', () => {
    expect(words('')).toEqual([]);
    expect(words(' ‐ ! ')).toEqual([]);
  });
});

describe('indexTerms', () => {
  it('adds the glued form of a word joined by an apostrophe ("d’Ivoire" → "divoire")', () => {
    expect(indexTerms('Côte d’Ivoire')).toEqual(['cote', 'd', 'ivoire', 'divoire']);
    expect(indexTerms("Côte d'Ivoire")).toContain('divoire');
  });

  it('adds the glued form of a hyphenated name ("Porto-Novo" → "portonovo")', () => {
    expect(indexTerms('Porto-Novo')).toEqual(['porto', 'novo', 'portonovo']);
    expect(indexTerms('Savigny-le-Temple')).toContain('savignyletemple');
  });

  it('adds no glued form where nothing was joined', () => {
    expect(indexTerms('Porto Novo')).toEqual(['porto', 'novo']);
  });

  it('equals the words and glued forms of each token, on any text, with hashes the term table agrees with', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom(..."aÉé\u0301œŒßẞİςΣ’'‐-– \t\u3000.,()«»1½😀\u202e"), maxLength: 30 }),
    );
    const reader = new TermReader();
    fc.assert(
      fc.property(text, (input) => {
        const reads: [string, boolean][] = [];
        reader.read(input, (codes, from, to, hash, glued) => {
          const term = String.fromCharCode(...codes.subarray(from, to));
          expect(hash).toBe(fnv1a(term));
          reads.push([term, glued]);
        });
        expect(reads).toEqual(referenceReads(input));
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a word longer than its buffer', () => {
    const long = 'x'.repeat(10_000);
    expect(indexTerms(`${long}-y`)).toEqual([long, 'y', `${long}y`]);
  });
});

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash | 0;
}

describe('stop words', () => {
  it('holds French and English function words, not content words', () => {
    for (const word of ['de', 'la', 'du', 'l', 'd', 'the', 'of', 'and']) expect(STOP_WORDS.has(word)).toBe(true);
    for (const word of ['eau', 'water', 'est', 'sud', 'bam']) expect(STOP_WORDS.has(word)).toBe(false);
  });

  it('are dropped from a query', () => {
    expect(queryWordsOf('la commune de Makénéne')).toEqual(['commune', 'makenene']);
    expect(queryWordsOf('the water project')).toEqual(['water', 'project']);
  });

  it('are kept when the query has nothing else', () => {
    expect(queryWordsOf('de la')).toEqual(['de', 'la']);
  });

  it('leave repeated words once', () => {
    expect(queryWordsOf('Eau eau EAU')).toEqual(['eau']);
  });
});
