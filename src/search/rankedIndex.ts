import { STOP_WORDS, words } from '../text/normalize.ts';
import { PostingsBuilder, type Postings } from './postings.ts';
import { ScoreBoard } from './scoreBoard.ts';
import { SharedTerms } from './sharedTerms.ts';
import { finish, mappedInSteps, type Steps } from './steps.ts';
import { typoBudget, Vocabulary, type CloseTerm } from './vocabulary.ts';

/** How a query word met a term of the index, best first: the ranking people expect, which fuzzy scores alone don't give. */
export type MatchTier = 'exact' | 'prefix' | 'fuzzy' | 'substring';

const TIER_SCORE: Record<MatchTier, number> = { exact: 1, prefix: 0.7, fuzzy: 0.45, substring: 0.2 };
const TIERS: readonly MatchTier[] = ['exact', 'prefix', 'fuzzy', 'substring'];
const RANK = { exact: 0, prefix: 1, fuzzy: 2, substring: 3 } as const satisfies Record<MatchTier, number>;

/** Longer query text is cut: nobody types more, and it keeps hostile input cheap. */
const MAX_QUERY_WORDS = 12;
const MAX_WORD_LENGTH = 40;
/** Typo tolerance makes no sense on shorter words, and longer ones are no typing. */
const FUZZY_MIN_LENGTH = 3;
const FUZZY_MAX_LENGTH = 32;
/**
 * With a limit (autocomplete), a word of one or two letters only reaches the most common terms it begins, up to this
 * many postings: plenty to choose 25 from, and a bounded cost on a large index (see Vocabulary.popularByShortPrefix).
 */
const SHORT_PREFIX_LENGTH = 2;
const SHORT_PREFIX_POSTINGS = 2_000;
/** Postings pack a document number and a field-weight slot into one number: small and fast to scan. */
const SLOT_BITS = 4;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
/** Entries read between two yields of a build in steps (a power of two). */
const ENTRIES_PER_STEP = 256;

export interface IndexedField {
  text: string;
  weight: number;
  /**
   * The same text on many items (a country's names, a theme's words): read and posted once, with the list of items
   * that carry it, instead of once per item. On a large dataset these were most of the postings.
   */
  shared?: boolean;
}

export interface Hit<T> {
  item: T;
  /** The item's position in the entries the index was built from. */
  doc: number;
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

/** The terms one query word matches, in the best tier that has any: exact and prefix together, else typos, else substrings. */
interface WordMatches {
  /** The run of the sorted vocabulary starting with the word (the word itself first, when it is a term). */
  from: number;
  to: number;
  typos: CloseTerm[];
  substrings: number[];
}

/** An item and the fields it is found by. */
export interface IndexEntry<T> {
  item: T;
  fields: IndexedField[];
}

/** What an index is made of, built in steps by `indexParts` (see RankedIndex.building). */
export class IndexParts<T> {
  constructor(
    readonly items: T[],
    readonly weights: number[],
    readonly vocabulary: Vocabulary,
    readonly postings: Postings,
    readonly sources: string[],
    readonly groupItems: number[][],
    readonly groupSlots: number[],
    readonly popularByShortPrefix: Map<string, Int32Array>,
  ) {}
}

/** `terms`: shared with the other indexes of a catalogue, so that a text they have in common is read once. */
function* indexParts<T>(entries: Iterable<IndexEntry<T>>, terms = new SharedTerms()): Steps<IndexParts<T>> {
  const items: T[] = [];
  const weights: number[] = [];
  const groupItems: number[][] = [];
  const groupSlots: number[] = [];
  const builder = new PostingsBuilder();
  const post = (text: string, posting: number) => {
    const offset = terms.read(text);
    const ids = terms.idList();
    for (let index = offset + 1, end = index + (ids[offset] as number); index < end; index++) {
      builder.add(ids[index] as number, posting);
    }
  };
  const slotOf = (weight: number) => {
    let slot = weights.indexOf(weight);
    if (slot === -1) slot = weights.push(weight) - 1;
    if (slot > SLOT_MASK) throw new Error(`at most ${SLOT_MASK + 1} distinct field weights`);
    return slot;
  };
  const groupIds: Map<string, number>[] = [];
  for (const { item, fields } of entries) {
    const doc = items.push(item) - 1;
    for (const field of fields) {
      const slot = slotOf(field.weight);
      if (!field.shared) {
        post(field.text, (doc << SLOT_BITS) | slot);
        continue;
      }
      const groups = (groupIds[slot] ??= new Map());
      let group = groups.get(field.text);
      if (group === undefined) {
        group = groupItems.push([]) - 1;
        groupSlots.push(slot);
        groups.set(field.text, group);
        post(field.text, -(group + 1));
      }
      const members = groupItems[group] as number[];
      if (members[members.length - 1] !== doc) members.push(doc);
    }
    if ((doc & (ENTRIES_PER_STEP - 1)) === 0) yield;
  }
  const order = yield* terms.sortedIds((id) => builder.uses(id));
  const vocabulary = yield* Vocabulary.building(yield* mappedInSteps(order, (id) => terms.terms[id] as string));
  const postings = yield* builder.building(order);
  const sources = yield* mappedInSteps(order, (id) => terms.sourceOf(id));
  const popularByShortPrefix = yield* vocabulary.popularByShortPrefix(
    (term) => postingCount(postings, groupItems, term),
    SHORT_PREFIX_POSTINGS,
    SHORT_PREFIX_LENGTH,
  );
  return new IndexParts(items, weights, vocabulary, postings, sources, groupItems, groupSlots, popularByShortPrefix);
}

/** How many postings a term has, a shared field counting once per item. */
function postingCount({ start, data }: Postings, groupItems: readonly number[][], term: number): number {
  let count = 0;
  for (let index = start[term] as number, end = start[term + 1] as number; index < end; index++) {
    const posting = data[index] as number;
    count += posting >= 0 ? 1 : (groupItems[-posting - 1] as number[]).length;
  }
  return count;
}

/**
 * A word index over items with weighted text fields. A query word matches a term exactly, as a word prefix, through a
 * typo (the closest terms by edit distance, only when the word is no known word or prefix), or inside a longer word
 * (only when nothing else matched). Items that match every word come first; among them, better tiers and heavier
 * fields win.
 */
export class RankedIndex<T> {
  private readonly items: T[];
  private readonly weights: number[];
  /** Every term, sorted; postings and source texts are aligned with it. */
  private readonly vocabulary: Vocabulary;
  private readonly postings: Postings;
  /** The text each term was first read from, to show it as written ("Périgueux", "Seine-Maritime") when needed. */
  private readonly sources: string[];
  /** Shared fields: a posting -(g + 1) stands for every item of group g, in that group's weight slot. */
  private readonly groupItems: number[][];
  private readonly groupSlots: number[];
  private readonly popularByShortPrefix: Map<string, Int32Array>;
  /** Per-query scratch, made on the first search. */
  private board: ScoreBoard | undefined;

  /** Built at once from the entries, or from parts built in steps. */
  constructor(source: Iterable<IndexEntry<T>> | IndexParts<T>) {
    const parts = source instanceof IndexParts ? source : finish(indexParts(source));
    this.items = parts.items;
    this.weights = parts.weights;
    this.vocabulary = parts.vocabulary;
    this.postings = parts.postings;
    this.sources = parts.sources;
    this.groupItems = parts.groupItems;
    this.groupSlots = parts.groupSlots;
    this.popularByShortPrefix = parts.popularByShortPrefix;
  }

  /** The index, built in steps that a caller may spread over turns of the event loop. */
  static *building<T>(entries: Iterable<IndexEntry<T>>, terms?: SharedTerms): Steps<RankedIndex<T>> {
    return new RankedIndex(yield* indexParts(entries, terms));
  }

  /** Whether the index holds this normalised word as a term. */
  hasTerm(word: string): boolean {
    return this.vocabulary.terms[this.vocabulary.prefixRange(word).from] === word;
  }

  /** Every item, in the order given. */
  all(): readonly T[] {
    return this.items;
  }

  search(query: string, options: { limit?: number; filter?: (item: T) => boolean } = {}): RankedResult<T> {
    const queryWords = queryWordsOf(query);
    const board = (this.board ??= new ScoreBoard(this.items.length));
    board.startQuery();
    const typos = new Map<string, CloseTerm[]>();
    const { filter, limit } = options;
    const accept = filter && ((doc: number) => filter(this.items[doc] as T));
    for (const word of queryWords) {
      const matches = this.matchTerms(word);
      if (matches.typos.length > 0) typos.set(word, matches.typos);
      const popular = limit === undefined ? undefined : this.popularByShortPrefix.get(word);
      board.startWord();
      if (popular) this.scorePopular(word, matches, popular, board, accept);
      else this.score(word, matches, board);
      board.endWord();
    }
    const docs = board.ranked(limit, accept);
    const hits = docs.map((doc) => ({
      item: this.items[doc] as T,
      doc,
      score: board.score[doc] as number,
      tier: TIERS[board.weakest[doc] as number] ?? 'substring',
      matchedWords: board.words[doc] as number,
    }));
    return { hits, queryWords, corrections: this.corrections(typos, docs[0]) };
  }

  /** Terms of the index close to the query's words, as written in the data: material for "did you mean …". */
  suggestTerms(query: string, limit = 3): string[] {
    const close = queryWordsOf(query)
      .filter((word) => word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH)
      .flatMap((word) => this.vocabulary.within(word, suggestionBudget(word.length)))
      .map((term) => ({ ...term, frequency: this.postingCount(term.index) }))
      // Closest first; among equals, the terms most used in the data.
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
    return [...new Set(close.map((term) => this.displayForm(term.index)))].slice(0, limit);
  }

  private matchTerms(word: string): WordMatches {
    const { from, to } = this.vocabulary.prefixRange(word);
    const none = { from, to: from, typos: [], substrings: [] };
    if (to > from) return { ...none, to };
    if (word.length < FUZZY_MIN_LENGTH) return none;
    const typos = word.length <= FUZZY_MAX_LENGTH ? this.closestTypos(word) : [];
    if (typos.length > 0) return { ...none, typos };
    return { ...none, substrings: this.vocabulary.containing(word) };
  }

  /** The terms the word is most likely a typo of: within its typo budget, and the closest of those only. */
  private closestTypos(word: string): CloseTerm[] {
    const within = this.vocabulary.within(word, typoBudget(word.length));
    const closest = Math.min(...within.map((term) => term.distance));
    return within.filter((term) => term.distance === closest);
  }

  private score(word: string, matches: WordMatches, board: ScoreBoard): void {
    for (let index = matches.from; index < matches.to; index++) {
      const exact = this.vocabulary.terms[index] === word;
      this.post(index, exact ? TIER_SCORE.exact : TIER_SCORE.prefix, exact ? RANK.exact : RANK.prefix, board);
    }
    for (const { index, distance } of matches.typos) {
      this.post(index, TIER_SCORE.fuzzy * (1 - distance / word.length), RANK.fuzzy, board);
    }
    for (const index of matches.substrings) this.post(index, TIER_SCORE.substring, RANK.substring, board);
  }

  /**
   * A short prefix under a limit: the word itself in full if it is a term, then the most common longer terms up to the
   * posting budget. Items the filter refuses are skipped here, so that the budget goes to items that can be shown.
   */
  private scorePopular(
    word: string,
    matches: WordMatches,
    popular: Int32Array,
    board: ScoreBoard,
    accept: ((doc: number) => boolean) | undefined,
  ): void {
    if (matches.to > matches.from && this.vocabulary.terms[matches.from] === word) {
      this.post(matches.from, TIER_SCORE.exact, RANK.exact, board);
    }
    let budget = SHORT_PREFIX_POSTINGS;
    for (const term of popular) {
      budget = this.post(term, TIER_SCORE.prefix, RANK.prefix, board, budget, accept);
      if (budget <= 0) break;
    }
  }

  /**
   * Adds a term's postings to the board, at most `budget` of them (of items `accept` takes); returns what is left. The
   * hot loop of a search: no closure, no allocation.
   */
  private post(
    term: number,
    score: number,
    tierRank: number,
    board: ScoreBoard,
    budget = Number.POSITIVE_INFINITY,
    accept?: (doc: number) => boolean,
  ): number {
    const { start, data } = this.postings;
    let left = budget;
    for (let index = start[term] as number, end = start[term + 1] as number; index < end && left > 0; index++) {
      const posting = data[index] as number;
      if (posting >= 0) {
        const doc = posting >> SLOT_BITS;
        if (accept && !accept(doc)) continue;
        board.add(doc, score * (this.weights[posting & SLOT_MASK] as number), tierRank);
        left--;
        continue;
      }
      const group = -posting - 1;
      const weighted = score * (this.weights[this.groupSlots[group] as number] as number);
      for (const doc of this.groupItems[group] as number[]) {
        if (left <= 0) break;
        if (accept && !accept(doc)) continue;
        board.add(doc, weighted, tierRank);
        left--;
      }
    }
    return left;
  }

  /**
   * For each word taken as a typo, the term shown in "did you mean": the one the best result contains ("ivory cost"
   * reads "ivory Coast", not "ivory Côte"), else the first of the closest.
   */
  private corrections(typos: Map<string, CloseTerm[]>, topDoc: number | undefined): Map<string, string> {
    const corrections = new Map<string, string>();
    for (const [word, candidates] of typos) {
      const chosen = candidates.find(({ index }) => topDoc !== undefined && this.contains(index, topDoc));
      corrections.set(word, this.displayForm((chosen ?? (candidates[0] as CloseTerm)).index));
    }
    return corrections;
  }

  /** Whether a document has a term (only to choose a correction: a scan of the term's postings is fine). */
  private contains(term: number, doc: number): boolean {
    const { start, data } = this.postings;
    for (let index = start[term] as number, end = start[term + 1] as number; index < end; index++) {
      const posting = data[index] as number;
      if (posting >= 0 ? posting >> SLOT_BITS === doc : this.groupItems[-posting - 1]?.includes(doc)) return true;
    }
    return false;
  }

  private postingCount(term: number): number {
    return postingCount(this.postings, this.groupItems, term);
  }

  private displayForm(term: number): string {
    const normalised = this.vocabulary.terms[term] as string;
    const written = writtenForms(this.sources[term] ?? '').find((form) => words(form).join('') === normalised);
    return written ?? normalised;
  }
}

/**
 * The most edits a suggestion may be away: the trie walk grows steeply with the budget, and at 12 (a 30-letter word)
 * it took 0.2 s on a 100,000-project index — for "did you mean" guesses nobody would recognise anyway.
 */
const MAX_SUGGESTION_EDITS = 4;

/** More lenient than typo matching, since these are offered, not assumed: "kamerunnnn" → "Cameroun". */
function suggestionBudget(length: number): number {
  return Math.min(MAX_SUGGESTION_EDITS, Math.max(typoBudget(length) + 1, Math.floor(length * 0.4)));
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
