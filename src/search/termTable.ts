/**
 * Numbers the distinct terms of an index as its texts are read. A word is looked up where it stands in its normalised
 * text (start and end), so reading a text makes no string per word, only one per new term: on a large dataset, the
 * millions of short-lived words and their Map lookups were most of the index build.
 */
export class TermTable {
  readonly terms: string[] = [];
  /** Open addressing: each slot holds a term id, or EMPTY. */
  private slots = new Int32Array(1 << 10).fill(EMPTY);
  /** Each term's hash, by id (typed, so that no hash is a heap number). */
  private hashes = new Int32Array(1 << 9);

  /** The id of `text.slice(start, end)`, numbering it if it is new. */
  idOf(text: string, start: number, end: number): number {
    const hash = hashOf(text, start, end);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] as number;
      if (id === EMPTY) return this.add(text.slice(start, end), hash, slot);
      const term = this.terms[id] as string;
      if (this.hashes[id] === hash && term.length === end - start && text.startsWith(term, start)) return id;
    }
  }

  /** The id of a term already numbered, or undefined. */
  find(term: string): number | undefined {
    const hash = hashOf(term, 0, term.length);
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

/** FNV-1a over UTF-16 code units. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash | 0;
}
