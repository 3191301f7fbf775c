import { describe, expect, it } from 'vitest';
import { RankedIndex, type IndexEntry } from '../src/search/rankedIndex.ts';
import { SharedTerms } from '../src/search/sharedTerms.ts';
import { finish } from '../src/search/steps.ts';

const entries = (texts: string[]): IndexEntry<string>[] =>
  texts.map((text) => ({ item: text, fields: [{ text, weight: 1 }] }));

const build = (texts: string[], terms: SharedTerms) => finish(RankedIndex.building(entries(texts), terms));

const found = (index: RankedIndex<string>, query: string) => index.search(query).hits.map((hit) => hit.item);

describe('indexes sharing their terms', () => {
  it('read a text they have in common once: the second index finds it where the first one did', () => {
    const terms = new SharedTerms();
    const title = 'Eau potable à Makénéne';
    const offset = terms.read(title);
    expect(terms.read(title)).toBe(offset);
    const ids = terms.idList();
    const words = Array.from(ids.subarray(offset + 1, offset + 1 + (ids[offset] as number)), (id) => terms.terms[id]);
    expect(words).toEqual(['eau', 'potable', 'a', 'makenene']);
  });

  it('each know only their own terms: no prefix, typo or substring reaches a word of another index', () => {
    const terms = new SharedTerms();
    const water = build(['Eau potable à Makénéne', 'Assainissement à Hué'], terms);
    const jazz = build(['Réseau Jazz Dijon', 'Festival Jazz à Dschang'], terms);
    expect(found(jazz, 'jazz')).toEqual(['Réseau Jazz Dijon', 'Festival Jazz à Dschang']);
    // "potable" is a term of the other index: here it is a typo of nothing and found nowhere.
    expect(found(jazz, 'potable')).toEqual([]);
    expect(jazz.hasTerm('potable')).toBe(false);
    expect(water.hasTerm('potable')).toBe(true);
    // Typos read within the index's own vocabulary: "jaz" is a prefix of "jazz" here, of nothing in the other.
    expect(found(water, 'jaz')).toEqual([]);
    expect(found(water, 'makenen')).toEqual(['Eau potable à Makénéne']);
  });

  it('answer as an index with terms of its own does, whatever the other indexes read before it', () => {
    const texts = ['Coopération Dijon Mopti', 'Dijon métropole', 'Mopti région', 'Commune de Dschang'];
    const alone = build(texts, new SharedTerms());
    const terms = new SharedTerms();
    build(['Dakar Dijon', 'Zinder', 'Alpha Omega', 'Moptique'], terms);
    const after = build(texts, terms);
    for (const query of ['dijon', 'mop', 'dschnag', 'commune de', 'metro', 'opti', 'zinder']) {
      expect(after.search(query), query).toEqual(alone.search(query));
    }
  });
});
