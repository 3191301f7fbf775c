import { TermReader, type TermSink } from '../text/normalize.ts';
import { type Steps } from '../text/steps.ts';
import { Vocabulary } from '../text/vocabulary.ts';
import { IntList } from './intList.ts';
import { TermTable } from './termTable.ts';

/** Marks a glued form's id in the store's list ("divoire" of "d'Ivoire"): an index reads both alike. */
const GLUED = 1 << 30;

/** The term id of an entry of `TermStore.idList()`, glued form or not. */
export const termIdOf = (entry: number): number => entry & ~GLUED;

/** The one vocabulary of the indexes built from a TermStore, and where each term id went in it. */
export interface SharedVocabulary {
  vocabulary: Vocabulary;
  /** By term id: the term's position in the vocabulary's sorted order. */
  positions: Int32Array;
  /** By sorted position: the text the term was first read from, to show it as written ("Périgueux"). */
  sources: string[];
}

/**
 * The terms of the texts a catalogue's indexes are built from, each text read once for all of them: a title, an
 * authority's name or a theme's words are held by several indexes, and reading each text once per index was most of a
 * large catalogue's build. A text read gives a place in one flat list of term ids, which every index reads; the terms
 * become one vocabulary, sorted once.
 */
export class TermStore {
  private readonly table = new TermTable();
  /** The text each term was first read from. */
  private readonly firstSources: string[] = [];
  /** Per text read: its count of terms, then their ids (GLUED set on a glued form), in reading order. */
  private readonly ids = new IntList(1 << 16);
  /** Texts shared by many items (a country's names), read on first sight only: by text. */
  private readonly shared = new Map<string, number>();
  private readonly reader = new TermReader();
  private scratch = new Int32Array(64);
  private source = '';
  private readonly sink: TermSink = (codes, from, to, hash, glued) => {
    const id = this.table.idOf(codes, from, to, hash);
    if (id === this.firstSources.length) this.firstSources.push(this.source);
    this.ids.push(glued ? id | GLUED : id);
  };

  /**
   * Where the text's term ids are in `idList()`: at `offset + 1`, `idList()[offset]` of them, in reading order.
   * `glue`: whether words joined by an apostrophe or a hyphen also give their glued form (see TermReader).
   */
  read(text: string, glue = true): number {
    const offset = this.ids.length;
    this.ids.push(0);
    this.source = text;
    this.reader.read(text, this.sink, glue);
    this.ids.data[offset] = this.ids.length - offset - 1;
    return offset;
  }

  /** As `read`, for a text many items share: read the first time only. */
  readShared(text: string): number {
    let offset = this.shared.get(text);
    if (offset === undefined) {
      offset = this.read(text);
      this.shared.set(text, offset);
    }
    return offset;
  }

  /**
   * The words of the text read at `offset` (not its glued forms), as term ids: a view of the store's own scratch,
   * valid until the next call (the caller may change it).
   */
  words(offset: number): Int32Array {
    const ids = this.ids.data;
    if ((ids[offset] as number) > this.scratch.length) this.scratch = new Int32Array((ids[offset] as number) * 2);
    let count = 0;
    for (let index = offset + 1, end = index + (ids[offset] as number); index < end; index++) {
      const id = ids[index] as number;
      if ((id & GLUED) === 0) this.scratch[count++] = id;
    }
    return this.scratch.subarray(0, count);
  }

  /** Whether the text read at `offset` has this normalised word (not a glued form). */
  holdsWord(offset: number, word: string): boolean {
    const ids = this.ids.data;
    for (let index = offset + 1, end = index + (ids[offset] as number); index < end; index++) {
      const id = ids[index] as number;
      if ((id & GLUED) === 0 && this.table.is(id, word)) return true;
    }
    return false;
  }

  /** Foreseeing `factor` times as many texts to read as read so far (see IntList.expectGrowth). */
  expectGrowth(factor: number): void {
    this.ids.expectGrowth(factor);
  }

  /** The list `read` points into (its array is replaced as it grows: take it after reading); see termIdOf. */
  idList(): Int32Array {
    return this.ids.data;
  }

  /** Term `id` (see termIdOf), as a string. */
  term(id: number): string {
    return this.table.term(id);
  }

  /** The terms read, sorted into one vocabulary; in steps. */
  *vocabulary(): Steps<SharedVocabulary> {
    const { vocabulary, positions } = yield* Vocabulary.building(this.table.letters());
    const sources = new Array<string>(positions.length);
    for (let id = 0; id < positions.length; id++) sources[positions[id] as number] = this.firstSources[id] as string;
    return { vocabulary, positions, sources };
  }
}
