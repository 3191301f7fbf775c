import { STOP_WORDS, words } from '../text/normalize.ts';
import { finish, type Steps } from '../text/steps.ts';
import { typoBudget, type CloseTerm, type Vocabulary } from '../text/vocabulary.ts';
import { PostingsBuilder, type Postings } from './postings.ts';
import { ScoreBoard } from './scoreBoard.ts';
import { TermStore, type SharedVocabulary } from './termStore.ts';

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
  /** Every matching document, best first (with a limit, only that many). */
  docs: number[];
  /** The best of them with their items: all of them, unless the search asked for fewer. */
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

/** What an index ranks: an array, or a list that makes each item when it is first asked for (see LazyList). */
export interface ItemList<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

export interface SearchOptions {
  /** Only the best `limit` documents (autocomplete): short prefixes then reach only the most common terms. */
  limit?: number;
  /** Which documents may be found, by position. */
  accept?: (doc: number) => boolean;
  /** How many of the best documents come as hits, with their items; all of them by default. */
  hits?: number;
}

/** What an index is made of (see IndexBuilder). */
interface IndexParts<T> {
  items: ItemList<T>;
  weights: readonly number[];
  terms: SharedVocabulary;
  postings: Postings;
  groupItems: number[][];
  groupSlots: number[];
  popularByShortPrefix: Map<string, Int32Array>;
}

/**
 * Builds one index over items whose texts a TermStore reads, maybe with other indexes over the same store: fields are
 * given as the place of their terms in the store, so a text several indexes hold is read once. Documents are the
 * items' positions, given in increasing order.
 */
export class IndexBuilder<T> {
  private readonly weights: number[] = [];
  private readonly groupItems: number[][] = [];
  private readonly groupSlots: number[] = [];
  /** Shared fields' groups, per weight slot, by text. */
  private readonly groupIds: Map<string, number>[] = [];
  private readonly postings = new PostingsBuilder();

  constructor(
    private readonly store: TermStore,
    readonly items: ItemList<T>,
  ) {}

  /** A field of document `doc`: the text the store read at `terms` (see TermStore.read). */
  field(doc: number, terms: number, weight: number): void {
    this.postings.add(terms, (doc << SLOT_BITS) | this.slotOf(weight));
  }

  /** Foreseeing `factor` times as many fields as given so far (see IntList.expectGrowth). */
  expectGrowth(factor: number): void {
    this.postings.expectGrowth(factor);
  }

  /** A text that many documents hold, posted once for all of them (see IndexedField.shared). */
  sharedField(doc: number, text: string, weight: number): void {
    const slot = this.slotOf(weight);
    const groups = (this.groupIds[slot] ??= new Map());
    let group = groups.get(text);
    if (group === undefined) {
      group = this.groupItems.push([]) - 1;
      this.groupSlots.push(slot);
      groups.set(text, group);
      this.postings.add(this.store.readShared(text), -(group + 1));
    }
    const members = this.groupItems[group] as number[];
    if (members[members.length - 1] !== doc) members.push(doc);
  }

  /** The index, once every index of the store has its fields and the store's vocabulary is made. */
  *building(terms: SharedVocabulary): Steps<RankedIndex<T>> {
    return new RankedIndex(yield* this.parts(terms));
  }

  *parts(terms: SharedVocabulary): Steps<IndexParts<T>> {
    const postings = yield* this.postings.building(this.store.idList(), terms.positions, terms.vocabulary.size);
    const popularByShortPrefix = yield* terms.vocabulary.popularByShortPrefix(
      (term) => postingCount(postings, this.groupItems, term),
      SHORT_PREFIX_POSTINGS,
      SHORT_PREFIX_LENGTH,
    );
    const { items, weights, groupItems, groupSlots } = this;
    return { items, weights, terms, postings, groupItems, groupSlots, popularByShortPrefix };
  }

  private slotOf(weight: number): number {
    let slot = this.weights.indexOf(weight);
    if (slot === -1) slot = this.weights.push(weight) - 1;
    if (slot > SLOT_MASK) throw new Error(`at most ${SLOT_MASK + 1} distinct field weights`);
    return slot;
  }
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

/** An index of its own over the entries' texts: its store and vocabulary hold its terms only. */
function* standalone<T>(entries: Iterable<IndexEntry<T>>): Steps<IndexParts<T>> {
  const store = new TermStore();
  const items: T[] = [];
  const builder = new IndexBuilder(store, items);
  for (const { item, fields } of entries) {
    const doc = items.push(item) - 1;
    for (const { text, weight, shared } of fields) {
      if (shared) builder.sharedField(doc, text, weight);
      else builder.field(doc, store.read(text), weight);
    }
  }
  return yield* builder.parts(yield* store.vocabulary());
}

/**
 * A word index over items with weighted text fields. A query word matches a term exactly, as a word prefix, through a
 * typo (the closest terms by edit distance, only when the word is no known word or prefix), or inside a longer word
 * (only when nothing else matched). Items that match every word come first; among them, better tiers and heavier
 * fields win.
 */
export class RankedIndex<T> {
  private readonly items: ItemList<T>;
  private readonly weights: readonly number[];
  /**
   * Every term of the store the index was built from, sorted (maybe those of other indexes too: a term whose postings
   * are empty here is not one of this index); postings and source texts are aligned with it.
   */
  private readonly vocabulary: Vocabulary;
  private readonly postings: Postings;
  /** The text each term was first read from, to show it as written ("Périgueux", "Seine-Maritime") when needed. */
  private readonly sources: readonly string[];
  /** Shared fields: a posting -(g + 1) stands for every item of group g, in that group's weight slot. */
  private readonly groupItems: number[][];
  private readonly groupSlots: number[];
  private readonly popularByShortPrefix: Map<string, Int32Array>;
  /** Whether a term (by sorted position) is one of this index's. */
  private readonly holds = (term: number) => this.postings.start[term + 1] !== this.postings.start[term];
  /** Per-query scratch, made on the first search. */
  private board: ScoreBoard | undefined;

  /** An index of its own, built at once from the entries; or from parts an IndexBuilder made. */
  constructor(source: Iterable<IndexEntry<T>> | IndexParts<T>) {
    const parts: IndexParts<T> = Symbol.iterator in source ? finish(standalone(source)) : source;
    this.items = parts.items;
    this.weights = parts.weights;
    this.vocabulary = parts.terms.vocabulary;
    this.sources = parts.terms.sources;
    this.postings = parts.postings;
    this.groupItems = parts.groupItems;
    this.groupSlots = parts.groupSlots;
    this.popularByShortPrefix = parts.popularByShortPrefix;
  }

  /** An index of its own over the entries, built in steps that a caller may spread over turns of the event loop. */
  static *building<T>(entries: Iterable<IndexEntry<T>>): Steps<RankedIndex<T>> {
    return new RankedIndex(yield* standalone(entries));
  }

  /** Whether the index holds this normalised word as a term. */
  hasTerm(word: string): boolean {
    const position = this.vocabulary.positionOf(word);
    return position >= 0 && this.holds(position);
  }

  search(query: string, options: SearchOptions = {}): RankedResult<T> {
    const queryWords = queryWordsOf(query);
    const board = (this.board ??= new ScoreBoard(this.items.length));
    board.startQuery();
    const typos = new Map<string, CloseTerm[]>();
    const { accept, limit } = options;
    // Beside other words, a letter alone is a word, not the beginning of every word it begins: a query of a dozen
    // single letters read each as a prefix of most of a large vocabulary. (Alone, or typed in autocomplete, it is.)
    const lettersAreWords = limit === undefined && queryWords.length > 1;
    for (const word of queryWords) {
      const matches = this.matchTerms(word, lettersAreWords && word.length === 1);
      if (matches.typos.length > 0) typos.set(word, matches.typos);
      const popular = limit === undefined ? undefined : this.popularByShortPrefix.get(word);
      board.startWord();
      if (popular) this.scorePopular(word, matches, popular, board, accept);
      else this.score(word, matches, board);
      board.endWord();
    }
    const docs = board.ranked(limit, accept);
    const hits = docs.slice(0, options.hits).map((doc) => ({
      item: this.items.at(doc) as T,
      doc,
      score: board.score[doc] as number,
      tier: TIERS[board.weakest[doc] as number] ?? 'substring',
      matchedWords: board.words[doc] as number,
    }));
    return { docs, hits, queryWords, corrections: this.corrections(typos, docs[0]) };
  }

  /** Terms of the index close to the query's words, as written in the data: material for "did you mean …". */
  suggestTerms(query: string, limit = 3): string[] {
    const words = queryWordsOf(query)
      .filter((word) => word.length >= FUZZY_MIN_LENGTH && word.length <= FUZZY_MAX_LENGTH)
      .slice(0, SUGGESTED_WORDS);
    const visits = SUGGESTION_VISITS / words.length;
    const close = words
      .flatMap((word) => this.vocabulary.within(word, suggestionBudget(word.length), this.holds, visits))
      .map((term) => ({ ...term, frequency: this.postingCount(term.index) }))
      // Closest first; among equals, the terms most used in the data.
      .sort((a, b) => a.distance - b.distance || b.frequency - a.frequency);
    return [...new Set(close.map((term) => this.displayForm(term.index)))].slice(0, limit);
  }

  /** `whole`: the word matches itself only, no longer term. */
  private matchTerms(word: string, whole = false): WordMatches {
    const range = this.vocabulary.prefixRange(word);
    const { from } = range;
    const to = whole ? (this.vocabulary.is(from, word) ? from + 1 : from) : range.to;
    const none = { from, to: from, typos: [], substrings: [] };
    // Some term of this index in the run: its postings are laid out by sorted term.
    if (this.postings.start[to] !== this.postings.start[from]) return { ...none, to };
    if (word.length < FUZZY_MIN_LENGTH) return none;
    const typos = word.length <= FUZZY_MAX_LENGTH ? this.closestTypos(word) : [];
    if (typos.length > 0) return { ...none, typos };
    return { ...none, substrings: this.vocabulary.containing(word).filter(this.holds) };
  }

  /** The terms the word is most likely a typo of: within its typo budget, and the closest of those only. */
  private closestTypos(word: string): CloseTerm[] {
    const within = this.vocabulary.within(word, typoBudget(word.length), this.holds);
    const closest = Math.min(...within.map((term) => term.distance));
    return within.filter((term) => term.distance === closest);
  }

  private score(word: string, matches: WordMatches, board: ScoreBoard): void {
    for (let index = matches.from; index < matches.to; index++) {
      const exact = this.vocabulary.is(index, word);
      this.post(index, exact ? TIER_SCORE.exact : TIER_SCORE.prefix, exact ? RANK.exact : RANK.prefix, board);
    }
    for (const { index, distance } of matches.typos) {
      this.post(index, TIER_SCORE.fuzzy * (1 - distance / word.length), RANK.fuzzy, board);
    }
    for (const index of matches.substrings) this.post(index, TIER_SCORE.substring, RANK.substring, board);
  }

  /**
   * A short prefix under a limit: the word itself if it is a term, then the most common longer terms, each up to the
   * posting budget ("de" alone is in most titles and names: 50 ms to post in full on a 100,000-project index). Items
   * the filter refuses are skipped here, so that the budget goes to items that can be shown.
   */
  private scorePopular(
    word: string,
    matches: WordMatches,
    popular: Int32Array,
    board: ScoreBoard,
    accept: ((doc: number) => boolean) | undefined,
  ): void {
    if (matches.to > matches.from && this.vocabulary.is(matches.from, word)) {
      this.post(matches.from, TIER_SCORE.exact, RANK.exact, board, SHORT_PREFIX_POSTINGS, accept);
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
    const normalised = this.vocabulary.term(term);
    const written = writtenForms(this.sources[term] ?? '').find((form) => words(form).join('') === normalised);
    return written ?? normalised;
  }
}

/**
 * The most edits a suggestion may be away: the trie walk grows steeply with the budget, and at 12 (a 30-letter word)
 * it took 0.2 s on a 100,000-project index — for "did you mean" guesses nobody would recognise anyway.
 */
const MAX_SUGGESTION_EDITS = 4;
/**
 * The words of a query suggestions are looked for (a name is a few words), and the trie nodes the walks for them may
 * visit in all: on a 100,000-project index, a long made-up word took 100 ms to walk at 4 edits, and a question of
 * twelve of them over a second. A small vocabulary is walked whole.
 */
const SUGGESTED_WORDS = 3;
const SUGGESTION_VISITS = 60_000;

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
