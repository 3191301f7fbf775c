import { FNV_OFFSET, FNV_PRIME } from '../text/normalize.ts';

/**
 * Numbers the distinct terms of an index as its texts are read. A word is looked up as the code units the TermReader
 * folded it into, so reading a text makes no string per word, only one per new term: on a large dataset, the millions
 * of short-lived words and their Map lookups were most of the index build.
 */
export class TermTable {
  readonly terms: string[] = [];
  /** Open addressing: each slot holds a term id, or EMPTY. */
  private slots = new Int32Array(1 << 10).fill(EMPTY);
  /** Each term's hash, by id (typed, so that no hash is a heap number). */
  private hashes = new Int32Array(1 << 9);

  /** The id of the term in `codes[0, length)`, whose hash is `hash`, numbering it if it is new. */
  idOf(codes: Uint16Array, length: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id === EMPTY) return this.add(stringOf(codes, length), hash, slot);
      if (this.hashes[id] === hash && sameCodes(this.terms[id] as string, codes, length)) return id;
    }
  }

  /** The id of a term already numbered, or undefined. */
  find(term: string): number | undefined {
    const hash = hashOf(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id === EMPTY) return undefined;
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.push(term) - 1;
    if (id >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id;
    // Kept at most half full, so that probes stay short.
    if (this.terms.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = (this.hashes[id] as number) & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

const EMPTY = -1;

/** FNV-1a over UTF-16 code units, as the TermReader hashes them while reading. */
function hashOf(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash | 0;
}

function sameCodes(term: string, codes: Uint16Array, length: number): boolean {
  if (term.length !== length) return false;
  for (let index = 0; index < length; index++) if (term.charCodeAt(index) !== codes[index]) return false;
  return true;
}

/** In chunks: applying a very long word at once would overflow the stack. (A spread goes through an iterator: slow.) */
function stringOf(codes: Uint16Array, length: number): string {
  const CHUNK = 4096;
  let text = '';
  for (let from = 0; from < length; from += CHUNK)
    text += Reflect.apply(String.fromCharCode, null, codes.subarray(from, Math.min(length, from + CHUNK))) as string;
  return text;
}
