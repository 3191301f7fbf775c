import Fuse from 'fuse.js';
import { editDistance, typoBudget } from './editDistance.ts';
import { indexTerms, STOP_WORDS, words } from './normalize.ts';

/** How a query word met a term of the index, best first: the ranking people expect, which Fuse alone doesn't give. */
export type MatchTier = 'exact' | 'prefix' | 'fuzzy' | 'substring';

const TIER_SCORE: Record<MatchTier, number> = { exact: 1, prefix: 0.7, fuzzy: 0.45, substring: 0.2 };
const TIERS: readonly MatchTier[] = ['exact', 'prefix', 'fuzzy', 'substring'];

/** Longer query text is cut: nobody types more, and it keeps hostile input cheap. */
const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 40;
/** Bitap (Fuse) works on patterns of at most 32 characters, and typo tolerance makes no sense on shorter words. */
const FUZZY_MIN_LENGTH = 3;
const FUZZY_MAX_LENGTH = 32;
const SUGGESTION_THRESHOLD = 0.5;
/** Postings pack a document number and a field-weight slot into one number: small and fast to scan. */
const WEIGHT_SLOTS = 16;

export interface IndexedField {
  text: string;
  weight: number;
}

export interface Hit<T> {
  item: T;
  score: number;
  /** The weakest way any query word matched this item. */
  tier: MatchTier;
  matchedWords: number;
}

export interface RankedResult<T> {
  hits: Hit<T>[];
  /** The query's words, after normalisation and without stop words. */
  queryWords: string[];
  /** Words that matched only through typo tolerance, with the term they were taken for (as written in the data). */
  corrections: Map<string, string>;
}

interface TermMatch {
  term: string;
  tier: MatchTier;
  score: number;
}

/**
 * A word index over items with weighted text fields. A query word matches a term exactly, as a word prefix, through a
 * typo (Fuse.js over the vocabulary, only when the word is no known word or prefix), or inside a longer word (only when
 * nothing else matched). Items that match every word come first; among them, better tiers and heavier fields win.
 */
export class RankedIndex<T> {
  private readonly items: T[] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly weights: number[] = [];
  /** The first way each term was written in the data, to show corrections and suggestions as people wrote them. */
  private readonly displayForms = new Map<string, string>();
  private readonly vocabulary: string[];
  private readonly fuse: Fuse<string>;

  constructor(entries: Iterable<{ item: T; fields: IndexedField[] }>) {
    for (const { item, fields } of entries) {
      const doc = this.items.push(item) - 1;
      for (const field of fields) this.addField(doc, field);
    }
    this.vocabulary = [...this.postings.keys()].sort();
    this.fuse = new Fuse(this.vocabulary, {
      includeScore: true,
      threshold: SUGGESTION_THRESHOLD,
      minMatchCharLength: 2,
    });
  }

  /** Every item, in the order given. */
  all(): readonly T[] {
    return this.items;
  }

  search(query: string, options: { limit?: number; filter?: (item: T) => boolean } = {}): RankedResult<T> {
    const queryWords = queryWordsOf(query);
    const corrections = new Map<string, string>();
    const scores = new Map<number, { score: number; matchedWords: number; tierSum: number; weakest: number }>();

    for (const word of queryWords) {
      const matches = this.matchTerms(word);
      const fuzzy = matches.find((match) => match.tier === 'fuzzy');
      if (fuzzy) corrections.set(word, this.displayForms.get(fuzzy.term) ?? fuzzy.term);
      for (const [doc, { best, others, tierRank }] of this.scoreWord(matches)) {
        const entry = scores.get(doc) ?? { score: 0, matchedWords: 0, tierSum: 0, weakest: 0 };
        entry.score += best + 0.1 * others;
        entry.matchedWords += 1;
        entry.tierSum += tierRank;
        entry.weakest = Math.max(entry.weakest, tierRank);
        scores.set(doc, entry);
      }
    }

    let mostWords = 0;
    for (const entry of scores.values()) mostWords = Math.max(mostWords, entry.matchedWords);
    // Only records matching as many words as the best ones: partial matches show only when none match every word.
    const ranked = [...scores]
      .filter(
        ([doc, entry]) => entry.matchedWords === mostWords && (!options.filter || options.filter(this.items[doc] as T)),
      )
      // Tier before weight: a whole word anywhere beats a prefix, a prefix beats a typo, a typo beats a substring.
      .sort(([docA, a], [docB, b]) => a.tierSum - b.tierSum || b.score - a.score || docA - docB);
    const hits = (options.limit === undefined ? ranked : ranked.slice(0, options.limit)).map(([doc, entry]) => ({
      item: this.items[doc] as T,
      score: entry.score,
      tier: TIERS[entry.weakest] ?? 'substring',
      matchedWords: entry.matchedWords,
    }));
    return { hits, queryWords, corrections };
  }

  /** Terms of the index close to the query's words, as written in the data: material for "did you mean …". */
  suggestTerms(query: string, limit = 3): string[] {
    const suggestions = queryWordsOf(query)
      .filter((word) => word.length <= FUZZY_MAX_LENGTH)
      .flatMap((word) => this.fuse.search(word, { limit }))
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .map((result) => this.displayForms.get(result.item) ?? result.item);
    return [...new Set(suggestions)].slice(0, limit);
  }

  private addField(doc: number, field: IndexedField): void {
    let slot = this.weights.indexOf(field.weight);
    if (slot === -1) slot = this.weights.push(field.weight) - 1;
    if (slot >= WEIGHT_SLOTS) throw new Error(`at most ${WEIGHT_SLOTS} distinct field weights`);
    let originals: string[] | undefined;
    for (const term of new Set(indexTerms(field.text))) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        originals ??= writtenForms(field.text);
        this.displayForms.set(term, originals.find((original) => words(original).join('') === term) ?? term);
      }
      list.push(doc * WEIGHT_SLOTS + slot);
    }
  }

  private matchTerms(word: string): TermMatch[] {
    const matches: TermMatch[] = [];
    if (this.postings.has(word)) matches.push({ term: word, tier: 'exact', score: TIER_SCORE.exact });
    for (const term of this.termsStartingWith(word)) {
      if (term !== word) matches.push({ term, tier: 'prefix', score: TIER_SCORE.prefix });
    }
    if (matches.length > 0 || word.length < FUZZY_MIN_LENGTH) return matches;

    if (word.length <= FUZZY_MAX_LENGTH) matches.push(...this.typoMatches(word));
    if (matches.length > 0) return matches;
    return this.vocabulary
      .filter((term) => term.includes(word))
      .map((term) => ({ term, tier: 'substring' as const, score: TIER_SCORE.substring }));
  }

  /**
   * The terms the word is a typo of. Fuse finds candidates, but it also scores a word found inside a longer one as
   * close ("benim" in "ébénisterie"), so each is checked by edit distance, and only the closest are kept.
   */
  private typoMatches(word: string): TermMatch[] {
    const budget = typoBudget(word.length);
    let closest = budget;
    const candidates: { term: string; distance: number }[] = [];
    for (const { item: term } of this.fuse.search(word)) {
      const distance = editDistance(word, term, closest);
      if (distance > closest) continue;
      closest = distance;
      candidates.push({ term, distance });
    }
    return candidates
      .filter(({ distance }) => distance === closest)
      .map(({ term, distance }) => ({ term, tier: 'fuzzy', score: TIER_SCORE.fuzzy * (1 - distance / word.length) }));
  }

  /** The vocabulary is sorted, so the terms starting with a word are one contiguous run found by binary search. */
  private termsStartingWith(word: string): string[] {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.vocabulary[middle] as string) < word) low = middle + 1;
      else high = middle;
    }
    const run: string[] = [];
    for (let index = low; index < this.vocabulary.length; index++) {
      const term = this.vocabulary[index] as string;
      if (!term.startsWith(word)) break;
      run.push(term);
    }
    return run;
  }

  /** Per document: the best score this word earns in it, the sum of its other matches, and its best tier. */
  private scoreWord(matches: TermMatch[]): Map<number, { best: number; others: number; tierRank: number }> {
    const perDoc = new Map<number, { best: number; others: number; tierRank: number }>();
    for (const match of matches) {
      const tierRank = TIERS.indexOf(match.tier);
      for (const posting of this.postings.get(match.term) ?? []) {
        const doc = Math.floor(posting / WEIGHT_SLOTS);
        const score = match.score * (this.weights[posting % WEIGHT_SLOTS] ?? 1);
        const entry = perDoc.get(doc);
        if (!entry) {
          perDoc.set(doc, { best: score, others: 0, tierRank });
          continue;
        }
        entry.tierRank = Math.min(entry.tierRank, tierRank);
        entry.others += Math.min(score, entry.best);
        entry.best = Math.max(score, entry.best);
      }
    }
    return perDoc;
  }
}

/**
 * The words of a text as written, then its space-separated tokens: "Seine-Maritime" shows the glued term
 * "seinemaritime" as people wrote it, in a suggestion or a correction.
 */
function writtenForms(text: string): string[] {
  const tokens = text.split(/\s+/).map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...text.split(/[\s'’\-‐,.;:()!?"«»]+/), ...tokens];
}

/** The meaningful words of a query: normalised, deduplicated, without stop words (unless that leaves nothing). */
export function queryWordsOf(query: string): string[] {
  const all = [...new Set(words(query.slice(0, MAX_QUERY_WORDS * MAX_WORD_LENGTH)))]
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_QUERY_WORDS);
  const meaningful = all.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : all;
}
