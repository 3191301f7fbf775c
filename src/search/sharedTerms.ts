import { TermReader, type TermSink } from '../text/normalize.ts';
import { IntList } from './intList.ts';
import { sortedInSteps, STEP, type Steps } from './steps.ts';
import { TermTable } from './termTable.ts';

/**
 * The terms of a catalogue's indexes, read once for all of them: a title, an authority's name or a theme's words are
 * held by several indexes, and reading each text once per index was most of a large catalogue's build. A text's
 * term ids are remembered by the text (the same string object each time, whose hash the engine keeps), and the
 * terms are sorted once, each index taking the run of those it uses.
 */
export class SharedTerms {
  private readonly table = new TermTable();
  /** The text each term was first read from, to show it as written. */
  private readonly firstSources: string[] = [];
  /** Per text read: where its term ids start in `ids`, which holds their count, then the ids. */
  private readonly offsets = new Map<string, number>();
  private readonly ids = new IntList(1 << 16);
  private readonly reader = new TermReader();
  private source = '';
  private readonly sink: TermSink = (codes, length, hash) => {
    const id = this.table.idOf(codes, length, hash);
    if (id === this.firstSources.length) this.firstSources.push(this.source);
    this.ids.push(id);
  };
  /** Every term id in code-unit order of the terms, as far as `sortedCount` terms were known. */
  private sorted = new Int32Array(0);

  get terms(): readonly string[] {
    return this.table.terms;
  }

  sourceOf(id: number): string {
    return this.firstSources[id] as string;
  }

  /** Where the text's term ids are in `idList()`: at `offset + 1`, `idList()[offset]` of them, in reading order. */
  read(text: string): number {
    const known = this.offsets.get(text);
    if (known !== undefined) return known;
    const offset = this.ids.length;
    this.ids.push(0);
    this.source = text;
    this.reader.read(text, this.sink);
    this.ids.data[offset] = this.ids.length - offset - 1;
    this.offsets.set(text, offset);
    return offset;
  }

  /** The list `read` points into (its array is replaced as it grows: take it after reading). */
  idList(): Int32Array {
    return this.ids.data;
  }

  /** The ids of the terms `uses` keeps, in code-unit order of the terms (as the vocabulary's binary searches compare). */
  *sortedIds(uses: (id: number) => boolean): Steps<number[]> {
    yield* this.sortNewTerms();
    const kept: number[] = [];
    for (let index = 0; index < this.sorted.length; index++) {
      const id = this.sorted[index] as number;
      if (uses(id)) kept.push(id);
      if ((index & (STEP - 1)) === 0) yield;
    }
    return kept;
  }

  /** Sorts the terms numbered since the last sort and merges them into the sorted ones. */
  private *sortNewTerms(): Steps<void> {
    const terms = this.table.terms;
    if (this.sorted.length === terms.length) return;
    const newTerms = yield* sortedInSteps(terms.slice(this.sorted.length));
    const merged = new Int32Array(terms.length);
    let old = 0;
    let fresh = 0;
    for (let at = 0; at < merged.length; at++) {
      const next = newTerms[fresh];
      const takeOld =
        old < this.sorted.length && (next === undefined || (terms[this.sorted[old] as number] as string) < next);
      merged[at] = takeOld ? (this.sorted[old++] as number) : (this.table.find(newTerms[fresh++] as string) as number);
      if ((at & (STEP - 1)) === 0) yield;
    }
    this.sorted = merged;
  }
}
