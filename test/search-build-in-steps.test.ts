import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { Catalog } from '../src/search/catalog.ts';
import { Vocabulary } from '../src/text/vocabulary.ts';
import { ADVERSARIAL_QUERIES } from './support/adversarial.ts';

describe('a build in steps', () => {
  it('sorts a vocabulary as the default sort does, whatever the strings (accents, surrogates, prefixes of others)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', minLength: 1 }), { maxLength: 10_000 }), (strings) => {
        const vocabulary = Vocabulary.of(strings);
        const terms = Array.from({ length: vocabulary.size }, (_, position) => vocabulary.term(position));
        expect(terms).toEqual(strings.toSorted());
      }),
      { numRuns: 30 },
    );
  });

  it('makes the same catalogue as a build at once', async () => {
    const dataset = loadDataset(DATASET_FILE);
    const atOnce = new Catalog(dataset);
    const inSlices = await Catalog.build(dataset, 1);
    for (const query of [...ADVERSARIAL_QUERIES, 'eau', 'benim', 'ivory cost', 'santé', 'bordaux']) {
      expect(inSlices.search(query)).toEqual(atOnce.search(query));
      expect(inSlices.suggest(query)).toEqual(atOnce.suggest(query));
      expect(inSlices.authority(query)).toEqual(atOnce.authority(query));
    }
    expect(inSlices.stats()).toEqual(atOnce.stats());
  });
});
