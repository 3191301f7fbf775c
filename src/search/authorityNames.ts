import { words } from '../text/normalize.ts';
import type { Vocabulary } from '../text/vocabulary.ts';
import {
  AUTHORITY_KIND_WORDS,
  typedAs,
  typingOf,
  type Meaning,
  type PhraseLookup,
  type Typing,
} from '../understanding/lexicon.ts';
import type { Token } from '../understanding/tokens.ts';
import { FILLERS } from '../understanding/words.ts';
import type { Authorities } from './authorities.ts';
import { IntList } from './intList.ts';
import { SequenceTable } from './sequenceTable.ts';

const TYPINGS: readonly Typing[] = ['any', 'capitalised', 'caps'];
/** What a word of the vocabulary is to a name: a filler ("de", "la"), or a kind of authority ("commune"). */
const FILLER = 1;
const KIND = 2;

/** An authority's name or alias as the words of the vocabulary (their sorted positions), and the text it was read from. */
export interface NameWords {
  authority: number;
  text: string;
  positions: ArrayLike<number>;
}

/**
 * The authorities by the words of their names, made with the catalogue: a name typed in full or an alias gives its
 * authorities (`named`), and a question's phrase the authority it names (`meaningOf`, as the understanding of
 * questions asks it). Names are sequences of word positions in the catalogue's vocabulary, not strings: a large dataset
 * has hundreds of thousands of them, and keying them by their normalised text took seconds and tens of megabytes.
 */
export class AuthorityNames implements PhraseLookup {
  private readonly exact = new SequenceTable();
  /** By their content words (FILLERS left out) and by their place alone: authorities, each with how it is typed. */
  private readonly phrases = new SequenceTable();
  /** By where an authority is filed in `phrases`: its typing (an index in TYPINGS). */
  private readonly typings = new IntList(1 << 10);
  /** By vocabulary position: FILLER and KIND flags (a typed array: the hot loop of a large build). */
  private readonly wordKinds: Uint8Array;
  private scratch = new Int32Array(64);
  /** Scratch for a name's content words and its place words. */
  private content = new Int32Array(64);
  private place = new Int32Array(64);
  /** By vocabulary position: a place word's typing alone (see placeTyping), as an index in TYPINGS + 1 (0: not yet known). */
  private readonly placeTypings: Uint8Array;

  /** `expected`: how many names and aliases will be filed, and their words in all (at most), to make room at once. */
  constructor(
    private readonly vocabulary: Vocabulary,
    private readonly authorities: Authorities,
    expected: { names: number; words: number },
  ) {
    this.wordKinds = new Uint8Array(vocabulary.size);
    this.placeTypings = new Uint8Array(vocabulary.size);
    for (const [list, flag] of [
      [FILLERS, FILLER],
      [AUTHORITY_KIND_WORDS, KIND],
    ] as const) {
      for (const word of list) {
        const position = vocabulary.positionOf(word);
        if (position >= 0) this.wordKinds[position] = (this.wordKinds[position] as number) | flag;
      }
    }
    this.exact.reserve(expected.names, expected.words);
    // A content phrase, and maybe a place phrase, per name.
    this.phrases.reserve(2 * expected.names, 2 * expected.words);
    this.typings.reserve(2 * expected.names);
  }

  get longest(): number {
    return this.phrases.longest;
  }

  /** Files an authority's name or alias. */
  add({ authority, text, positions }: NameWords): void {
    this.exact.add(positions, 0, positions.length, authority);
    if (positions.length > this.content.length) {
      this.content = new Int32Array(positions.length);
      this.place = new Int32Array(positions.length);
    }
    const content = this.kept(positions, FILLER, this.content);
    // One word alone must be typed as it is written (see typingOf).
    const typing = content === 1 ? typingOf([this.vocabulary.term(this.content[0] as number)], text) : 'any';
    this.addPhrase(this.content, content, authority, typing);
    const place = this.kept(this.content.subarray(0, content), KIND, this.place);
    if (place > 0 && place < content) {
      this.addPhrase(this.place, place, authority, place === 1 ? this.placeTyping(this.place[0] as number) : 'any');
    }
  }

  /** The authorities whose normalised name or alias is the text's, on either side, in the order filed. */
  named(text: string): number[] {
    const positions = this.positionsOfWords(words(text));
    return positions ? this.exact.find(positions) : [];
  }

  meaningOf(tokens: readonly Token[]): Meaning | undefined {
    const positions = this.positionsOfWords(tokens.map((token) => token.word));
    if (!positions) return undefined;
    for (const at of this.phrases.filed(positions)) {
      if (!typedAs(TYPINGS[this.typings.data[at] as number] as Typing, tokens)) continue;
      const authority = this.phrases.value(at);
      return { type: 'authority', name: this.authorities.nameOf(authority), side: this.authorities.side(authority) };
    }
    return undefined;
  }

  /** Files a phrase of the authority, unless its name or another alias made the same one. */
  private addPhrase(positions: Int32Array, length: number, authority: number, typing: Typing): void {
    if (length === 0) return;
    const at = this.phrases.add(positions, 0, length, authority);
    // Filed values are numbered in order: `at` is the next typing's place.
    if (at >= 0) this.typings.push(TYPINGS.indexOf(typing));
  }

  /** A place alone, as its normalised word (see typingOf): worked out once per word. */
  private placeTyping(position: number): Typing {
    let known = this.placeTypings[position] as number;
    if (known === 0) {
      const word = this.vocabulary.term(position);
      known = TYPINGS.indexOf(typingOf([word], word)) + 1;
      this.placeTypings[position] = known;
    }
    return TYPINGS[known - 1] as Typing;
  }

  /** The positions of words without the `skip` flag, copied into `into` (long enough: see `add`); returns how many. */
  private kept(positions: ArrayLike<number>, skip: number, into: Int32Array): number {
    let count = 0;
    for (let index = 0; index < positions.length; index++) {
      const position = positions[index] as number;
      if (((this.wordKinds[position] as number) & skip) === 0) into[count++] = position;
    }
    return count;
  }

  /** The words' positions in the vocabulary, or undefined when one is none of its terms. */
  private positionsOfWords(list: readonly string[]): Int32Array | undefined {
    if (list.length > this.scratch.length) this.scratch = new Int32Array(list.length);
    for (let index = 0; index < list.length; index++) {
      const position = this.vocabulary.positionOf(list[index] as string);
      if (position < 0) return undefined;
      this.scratch[index] = position;
    }
    return this.scratch.subarray(0, list.length);
  }
}
