import type { Country } from '../domain/countries.ts';
import type { Departement } from '../domain/departements.ts';
import type { Region } from '../domain/regions.ts';
import type { Theme } from '../domain/themes.ts';
import type { Facet } from './facets.ts';

/** One value of a "which" answer, or of the evidence of a "no", with how many of the projects have it. */
export type Value =
  | { kind: 'region'; region: Region; count: number }
  | { kind: 'departement'; departement: Departement; count: number }
  | { kind: 'country'; country: Country; count: number }
  | { kind: 'authority'; name: string; count: number }
  | { kind: 'theme'; theme: Theme; count: number };

/** The key of a value, as its facet holds it. */
export function valueKey(value: Value): string {
  switch (value.kind) {
    case 'region':
      return value.region.code;
    case 'departement':
      return value.departement.code;
    case 'country':
      return value.country.code;
    case 'theme':
      return value.theme.id;
    default:
      return value.name;
  }
}

/** What a list of values reads without making them: each one's key, count, and number in a facet if known. */
interface Source {
  readonly length: number;
  make(index: number): Value;
  keyAt(index: number): string;
  countAt(index: number): number;
  numbers?: { facet: Facet; numbers: Int32Array };
}

/**
 * Values as an answer holds them, in order, each made when first read and then kept. "Which authorities…?" over
 * 100,000 projects holds 94,000 of them, of which a reply names twelve: ranking, filtering and counting read keys,
 * counts and numbers, and only the values shown are made (making them all was a quarter of such an answer).
 */
export class ValueList implements Iterable<Value> {
  private readonly made = new Map<number, Value>();

  private constructor(private readonly source: Source) {}

  static readonly none = ValueList.of([]);

  /** Values already made. */
  static of(values: readonly Value[]): ValueList {
    return new ValueList({
      length: values.length,
      make: (index) => values[index] as Value,
      keyAt: (index) => valueKey(values[index] as Value),
      countAt: (index) => (values[index] as Value).count,
    });
  }

  /** The values of these numbers of a facet, with their counts (by number), made by `make` from key and count. */
  static counted(
    facet: Facet,
    numbers: Int32Array,
    counts: Uint32Array,
    make: (key: string, count: number) => Value,
  ): ValueList {
    const keyAt = (index: number) => facet.keys[numbers[index] as number] as string;
    const countAt = (index: number) => counts[numbers[index] as number] as number;
    return new ValueList({
      length: numbers.length,
      make: (index) => make(keyAt(index), countAt(index)),
      keyAt,
      countAt,
      numbers: { facet, numbers },
    });
  }

  get length(): number {
    return this.source.length;
  }

  at(index: number): Value {
    this.check(index);
    let value = this.made.get(index);
    if (value === undefined) this.made.set(index, (value = this.source.make(index)));
    return value;
  }

  keyAt(index: number): string {
    return this.source.keyAt(index);
  }

  countAt(index: number): number {
    return this.source.countAt(index);
  }

  /** The values from `from` to `to` (all by default; negative from the end, as an array's), made. */
  slice(from = 0, to = this.length): Value[] {
    const bound = (end: number) => Math.min(this.length, Math.max(0, end < 0 ? this.length + end : end));
    const values: Value[] = [];
    for (let index = bound(from); index < bound(to); index++) values.push(this.at(index));
    return values;
  }

  *[Symbol.iterator](): Iterator<Value> {
    for (let index = 0; index < this.length; index++) yield this.at(index);
  }

  *keys(): Iterable<string> {
    for (let index = 0; index < this.length; index++) yield this.keyAt(index);
  }

  /** Whether some value's key passes. */
  someKey(test: (key: string) => boolean): boolean {
    for (let index = 0; index < this.length; index++) if (test(this.keyAt(index))) return true;
    return false;
  }

  /** Whether every value's key passes. */
  everyKey(test: (key: string) => boolean): boolean {
    return !this.someKey((key) => !test(key));
  }

  /** The values whose keys pass, in their order. */
  where(keep: (key: string) => boolean): ValueList {
    const indexes: number[] = [];
    for (let index = 0; index < this.length; index++) if (keep(this.keyAt(index))) indexes.push(index);
    return this.picked(indexes);
  }

  /** The values at these indexes, in this order: the same objects as this list's. */
  picked(indexes: readonly number[]): ValueList {
    for (const index of indexes) this.check(index);
    const from = (at: number) => indexes[at] as number;
    const picked: Source = {
      length: indexes.length,
      make: (at) => this.at(from(at)),
      keyAt: (at) => this.keyAt(from(at)),
      countAt: (at) => this.countAt(from(at)),
    };
    const known = this.source.numbers;
    if (known) {
      const numbers = new Int32Array(indexes.length);
      for (let at = 0; at < indexes.length; at++) numbers[at] = known.numbers[from(at)] as number;
      picked.numbers = { facet: known.facet, numbers };
    }
    return new ValueList(picked);
  }

  /** Each value's number in `facet` (-1 for one no project gives): known for a tally's values, else looked up once. */
  numbersIn(facet: Facet): Int32Array {
    if (this.source.numbers?.facet !== facet) {
      const numbers = new Int32Array(this.length);
      for (let index = 0; index < this.length; index++) numbers[index] = facet.numberOf(this.keyAt(index)) ?? -1;
      this.source.numbers = { facet, numbers };
    }
    return this.source.numbers.numbers;
  }

  private check(index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) {
      throw new RangeError(`no value at ${index} of ${this.length}`);
    }
  }
}
