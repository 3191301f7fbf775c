import { describe, expect, it } from 'vitest';
import { RankedIndex, type IndexedField } from '../src/search/rankedIndex.ts';

interface Place {
  name: string;
  country: string;
  side: 'french' | 'partner';
}

const COUNTRIES = ['Bénin · Benin · BJ', 'Cameroun · Cameroon · CM', 'Côte d’Ivoire · Ivory Coast · CI'];

/** Many places, most of them "Commune de …" or "Conseil …": a one-letter prefix reaches thousands of postings. */
const PLACES: Place[] = Array.from({ length: 6_000 }, (_, index) => ({
  name: `${['Commune de', 'Conseil de', 'Ville de'][index % 3]} Lieu${index}`,
  country: COUNTRIES[index % COUNTRIES.length] as string,
  side: index % 2 === 0 ? 'french' : 'partner',
}));
// Typed as the word itself: an exact match, which a capped prefix search must still find.
PLACES.push({ name: 'C', country: COUNTRIES[0] as string, side: 'partner' });

function index(places: Place[], shared: boolean): RankedIndex<Place> {
  return new RankedIndex(
    places.map((place) => ({
      item: place,
      fields: [
        { text: place.name, weight: 3 },
        { text: place.country, weight: 2.5, shared },
      ] satisfies IndexedField[],
    })),
  );
}

const names = (hits: { item: Place }[]) => hits.map((hit) => hit.item.name);

describe('shared fields', () => {
  const small = PLACES.slice(0, 300);
  const perItem = index(small, false);
  const shared = index(small, true);

  it.each(['benin', 'cameroon commune', 'ivory coast lieu12', 'cote', 'bj', 'benim', 'lieu7'])(
    'rank "%s" exactly as fields indexed once per item',
    (query) => {
      const expected = perItem.search(query);
      const actual = shared.search(query);
      expect(names(actual.hits)).toEqual(names(expected.hits));
      expect(actual.hits.map((hit) => [hit.tier, hit.score.toFixed(9)])).toEqual(
        expected.hits.map((hit) => [hit.tier, hit.score.toFixed(9)]),
      );
      expect(actual.corrections).toEqual(expected.corrections);
    },
  );
});

describe('short prefixes under a limit (autocomplete)', () => {
  const large = index(PLACES, true);

  it('still return as many items as asked, all matching, best first', () => {
    const { hits } = large.search('c', { limit: 25 });
    expect(hits).toHaveLength(25);
    expect(hits.every((hit) => /\bc/i.test(`${hit.item.name} ${hit.item.country}`))).toBe(true);
  });

  it('put the item whose word is exactly the prefix first', () => {
    expect(names(large.search('c', { limit: 25 }).hits)[0]).toBe('C');
  });

  it('spend their budget on items the filter accepts, wherever they are', () => {
    // Postings are read in item order: a budget spent on refused items would leave none of the last thousand.
    const late = (place: Place) => Number(/\d+$/.exec(place.name)?.[0]) >= 5_000;
    const { hits } = large.search('co', { limit: 25, accept: (doc) => late(PLACES[doc] as Place) });
    expect(hits).toHaveLength(25);
    expect(hits.every((hit) => late(hit.item))).toBe(true);
  });

  it('are not capped without a limit: a search gives every match', () => {
    expect(large.search('c').hits).toHaveLength(PLACES.length);
  });

  it('are not capped when the prefix reaches few postings', () => {
    expect(large.search('lieu599', { limit: 25 }).hits).toHaveLength(11);
  });
});

describe('a letter alone beside other words', () => {
  const places = ['Porto Novo', 'Porto Alegre', 'N Djamena', 'Nouakchott'];
  const index = new RankedIndex(places.map((text) => ({ item: text, fields: [{ text, weight: 1 }] })));
  const found = (query: string, limit?: number) => index.search(query, { limit }).hits.map((hit) => hit.item);

  it('is a word of its own in a search, not the beginning of every word it begins', () => {
    expect(found('djamena n')).toEqual(['N Djamena']);
    expect(found('porto n')).not.toContain('Nouakchott');
  });

  it('still begins words alone, and in autocomplete, where the last word is being typed', () => {
    expect(found('n')).toEqual(expect.arrayContaining(['Porto Novo', 'N Djamena', 'Nouakchott']));
    expect(found('porto n', 25)[0]).toBe('Porto Novo');
  });
});
