import type { Project } from '../domain/schema.ts';
import type { Quantity } from '../understanding/quantity.ts';
import { STEP, type Steps } from '../text/steps.ts';
import { IntList } from './intList.ts';

/** A kind of value projects give: their regions, leads' départements, partner countries, themes, leads, partners. */
export type FacetKind = Exclude<Quantity['of'], 'projects'>;

/** What each project gives of a kind of value, as keys (a country's code, an authority's name as published…). */
const KEYS_OF: Record<FacetKind, (project: Project) => readonly string[]> = {
  regions: (project) => [project.region.code],
  departements: (project) => (project.lead.departement ? [project.lead.departement] : []),
  countries: (project) => project.partners.map((partner) => partner.country),
  themes: (project) => project.themes,
  authorities: (project) => [project.lead.name],
  partners: (project) => project.partners.map((partner) => partner.name),
};

export const FACET_KINDS = Object.keys(KEYS_OF) as FacetKind[];

/**
 * One kind of value of a catalogue's projects, each value a small number: "which authorities have exactly one
 * project?" over 100,000 projects counts numbers in typed arrays (tallying names in maps of sets took 0.6 s).
 */
export class Facet {
  private constructor(
    /** Each value's key, by number, in the order the catalogue first gives them. */
    readonly keys: readonly string[],
    private readonly numbers: ReadonlyMap<string, number>,
    /**
     * By project position: where its values start in `values`; then where the last one's end, and an empty range for
     * a project of another catalogue (from before a reload), which gives nothing.
     */
    private readonly starts: Uint32Array,
    /** Each project's values, each once, in the order it gives them. */
    private readonly values: Int32Array,
    private readonly positions: ReadonlyMap<Project, number>,
  ) {}

  /** Built a few thousand projects at a time (see Steps): a large catalogue's take tens of milliseconds. */
  static *build(projects: readonly Project[], kind: FacetKind, positions: ReadonlyMap<Project, number>): Steps<Facet> {
    const keys: string[] = [];
    const numbers = new Map<string, number>();
    const values = new IntList(projects.length);
    const starts = new Uint32Array(projects.length + 2);
    for (let position = 0; position < projects.length; position++) {
      const start = values.length;
      for (const key of KEYS_OF[kind](projects[position] as Project)) {
        let number = numbers.get(key);
        if (number === undefined) numbers.set(key, (number = keys.push(key) - 1));
        if (!has(values.data, start, values.length, number)) values.push(number);
      }
      starts[position + 1] = values.length;
      if (position % STEP === STEP - 1) yield;
    }
    starts[projects.length + 1] = values.length;
    return new Facet(keys, numbers, starts, values.data.slice(0, values.length), positions);
  }

  /** How many values a project gives. */
  sizeOf(project: Project): number {
    const position = this.positionOf(project);
    return (this.starts[position + 1] as number) - (this.starts[position] as number);
  }

  /** The values these projects give. */
  given(projects: readonly Project[]): ValueSet {
    const marks = new Uint8Array(this.keys.length);
    for (const project of projects) {
      const position = this.positionOf(project);
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) marks[this.values[at] as number] = 1;
    }
    return new ValueSet(this, marks);
  }

  /** The projects that give one of these values. */
  having(projects: readonly Project[], values: ValueSet): Project[] {
    const { marks } = values;
    return projects.filter((project) => {
      const position = this.positionOf(project);
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) if (marks[this.values[at] as number]) return true;
      return false;
    });
  }

  /** The values of these keys (those no project gives are none). */
  valuesOf(keys: Iterable<string>): ValueSet {
    const marks = new Uint8Array(this.keys.length);
    for (const key of keys) {
      const number = this.numbers.get(key);
      if (number !== undefined) marks[number] = 1;
    }
    return new ValueSet(this, marks);
  }

  /** Every value of the facet. */
  everyValue(): ValueSet {
    return new ValueSet(this, new Uint8Array(this.keys.length).fill(1));
  }

  /** The values that pass `test`, by number. */
  valuesWhere(test: (number: number) => boolean): ValueSet {
    const marks = new Uint8Array(this.keys.length);
    for (let number = 0; number < marks.length; number++) if (test(number)) marks[number] = 1;
    return new ValueSet(this, marks);
  }

  /** By value: how many of the projects give it; and the values given, in the order the projects first give them. */
  count(projects: readonly Project[]): { counts: Uint32Array; order: Int32Array } {
    const counts = new Uint32Array(this.keys.length);
    const order = new Int32Array(this.keys.length);
    let given = 0;
    for (const project of projects) {
      const position = this.positionOf(project);
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) {
        const number = this.values[at] as number;
        if (counts[number] === 0) order[given++] = number;
        counts[number] = (counts[number] as number) + 1;
      }
    }
    return { counts, order: order.subarray(0, given) };
  }

  /** By value: how many distinct values of `other` its projects give ("each region's partner countries"). */
  measure(projects: readonly Project[], other: Facet): Uint32Array {
    const counts = new Uint32Array(this.keys.length);
    const width = other.keys.length;
    // Each pair of a value and a thing seen: one bit each when that fits (a few themes or countries by authority),
    // else a set of the pairs seen (authorities by authority).
    const cells = this.keys.length * width;
    const bits = cells <= MAX_PAIR_BITS ? new Uint8Array(Math.ceil(cells / 8)) : undefined;
    const pairs = new Set<number>();
    const isNew = (pair: number) => {
      if (!bits) {
        if (pairs.has(pair)) return false;
        pairs.add(pair);
        return true;
      }
      const mask = 1 << (pair & 7);
      const byte = bits[pair >>> 3] as number;
      bits[pair >>> 3] = byte | mask;
      return (byte & mask) === 0;
    };
    for (const project of projects) {
      const position = this.positionOf(project);
      const otherPosition = other.positionOf(project);
      const thingsFrom = other.starts[otherPosition] as number;
      const thingsTo = other.starts[otherPosition + 1] as number;
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) {
        const number = this.values[at] as number;
        for (let thing = thingsFrom; thing < thingsTo; thing++) {
          if (isNew(number * width + (other.values[thing] as number))) counts[number] = (counts[number] as number) + 1;
        }
      }
    }
    return counts;
  }

  /** The number of a key, if any project gives it. */
  numberOf(key: string): number | undefined {
    return this.numbers.get(key);
  }

  /** Where a project is in the catalogue; a project of another (from before a reload) gives nothing. */
  private positionOf(project: Project): number {
    return this.positions.get(project) ?? this.starts.length - 2;
  }
}

/** The most pairs a measure marks with one bit each: 8 MB. */
const MAX_PAIR_BITS = 64 * 2 ** 20;

/** Whether `list[from, to)` holds `value`. */
function has(list: Int32Array, from: number, to: number, value: number): boolean {
  for (let at = from; at < to; at++) if (list[at] === value) return true;
  return false;
}

/** Some values of a facet: those some projects give (see Facet.given). */
export class ValueSet {
  constructor(
    private readonly facet: Facet,
    /** By value number: 1 for a value held. */
    readonly marks: Uint8Array,
  ) {}

  has(key: string): boolean {
    const number = this.facet.numberOf(key);
    return number !== undefined && this.marks[number] === 1;
  }

  hasNumber(number: number): boolean {
    return this.marks[number] === 1;
  }

  /** These values but those of `other` (of the same facet). */
  without(other: ValueSet): ValueSet {
    return new ValueSet(
      this.facet,
      this.marks.map((mark, number) => mark & (other.marks[number] === 1 ? 0 : 1)),
    );
  }

  /** The values both these and `other` (of the same facet) hold. */
  and(other: ValueSet): ValueSet {
    return new ValueSet(
      this.facet,
      this.marks.map((mark, number) => mark & (other.marks[number] ?? 0)),
    );
  }

  /** How many values. */
  get size(): number {
    return this.marks.reduce((sum, mark) => sum + mark, 0);
  }
}
