import { describe, expect, it } from 'vitest';
import { IndexBuilder, RankedIndex } from '../src/search/rankedIndex.ts';
import { TermStore } from '../src/search/termStore.ts';
import { finish } from '../src/text/steps.ts';

/** Indexes of texts over one store: each text read once, into the store's one vocabulary. */
function family(...lists: string[][]): RankedIndex<string>[] {
  const store = new TermStore();
  const builders = lists.map((texts) => {
    const builder = new IndexBuilder(store, texts);
    texts.forEach((text, doc) => builder.field(doc, store.read(text), 1));
    return builder;
  });
  const terms = finish(store.vocabulary());
  return builders.map((builder) => finish(builder.building(terms)));
}

const found = (index: RankedIndex<string>, query: string) => index.search(query).hits.map((hit) => hit.item);

describe('indexes sharing their terms', () => {
  it('read a text once: every index takes its terms from where the store put them', () => {
    const store = new TermStore();
    const offset = store.read('Eau potable à Makénéne');
    const ids = store.idList();
    const words = Array.from(ids.subarray(offset + 1, offset + 1 + (ids[offset] as number)), (id) => store.term(id));
    expect(words).toEqual(['eau', 'potable', 'a', 'makenene']);
    expect(store.readShared('Bénin · Benin · BJ')).toBe(store.readShared('Bénin · Benin · BJ'));
  });

  it('each know only their own terms: no prefix, typo or substring reaches a word of another index', () => {
    const [water, jazz] = family(
      ['Eau potable à Makénéne', 'Assainissement à Hué'],
      ['Réseau Jazz Dijon', 'Festival Jazz à Dschang'],
    ) as [RankedIndex<string>, RankedIndex<string>];
    expect(found(jazz, 'jazz')).toEqual(['Réseau Jazz Dijon', 'Festival Jazz à Dschang']);
    // "potable" is a term of the other index: here it is a typo of nothing and found nowhere.
    expect(found(jazz, 'potable')).toEqual([]);
    expect(jazz.hasTerm('potable')).toBe(false);
    expect(water.hasTerm('potable')).toBe(true);
    // Typos read within the index's own vocabulary: "jaz" is a prefix of "jazz" there, of nothing here.
    expect(found(water, 'jaz')).toEqual([]);
    expect(found(water, 'makenen')).toEqual(['Eau potable à Makénéne']);
    // Inside a longer word: "sang" is in "assainissement" only.
    expect(found(jazz, 'ssain')).toEqual([]);
    expect(water.suggestTerms('jazs')).toEqual([]);
  });

  it('answer as an index with terms of its own does, whatever the other indexes read', () => {
    const texts = ['Coopération Dijon Mopti', 'Dijon métropole', 'Mopti région', 'Commune de Dschang'];
    const alone = new RankedIndex(texts.map((text) => ({ item: text, fields: [{ text, weight: 1 }] })));
    const [, after] = family(['Dakar Dijon', 'Zinder', 'Alpha Omega', 'Moptique', 'Dschangs'], texts) as [
      RankedIndex<string>,
      RankedIndex<string>,
    ];
    for (const query of ['dijon', 'mop', 'dschnag', 'commune de', 'metro', 'opti', 'zinder', 'dschangs', 'moptiqe']) {
      expect(after.search(query), query).toEqual(alone.search(query));
      expect(after.suggestTerms(query), query).toEqual(alone.suggestTerms(query));
    }
  });
});
