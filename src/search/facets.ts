import type { Project } from '../domain/schema.ts';
import type { Quantity } from '../understanding/quantity.ts';
import { STEP, type Steps } from '../text/steps.ts';
import { IntList } from './intList.ts';
import type { ProjectPlaces } from './projectPlaces.ts';

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
    private readonly catalogue: ProjectPlaces,
  ) {}

  /** Built a few thousand projects at a time (see Steps): a large catalogue's take tens of milliseconds. */
  static *build(kind: FacetKind, catalogue: ProjectPlaces): Steps<Facet> {
    const { projects } = catalogue;
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
    return new Facet(keys, numbers, starts, values.data.slice(0, values.length), catalogue);
  }

  /** By project: how many values it gives. */
  sizesOf(projects: readonly Project[]): Int32Array {
    const positions = this.positionsOf(projects);
    const sizes = new Int32Array(positions.length);
    for (let at = 0; at < positions.length; at++) {
      const position = positions[at] as number;
      sizes[at] = (this.starts[position + 1] as number) - (this.starts[position] as number);
    }
    return sizes;
  }

  /** The values these projects give. */
  given(projects: readonly Project[]): ValueSet {
    const marks = new Uint8Array(this.keys.length);
    this.eachValue(this.positionsOf(projects), (number) => {
      marks[number] = 1;
    });
    return new ValueSet(this, marks);
  }

  /** The projects that give one of these values. */
  having(projects: readonly Project[], values: ValueSet): Project[] {
    const { marks } = values;
    const positions = this.positionsOf(projects);
    return projects.filter((_, index) => {
      const position = positions[index] as number;
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) if (marks[this.values[at] as number]) return true;
      return false;
    });
  }

  /** The values of these numbers (-1 for none). */
  valuesNumbered(numbers: Iterable<number>): ValueSet {
    const marks = new Uint8Array(this.keys.length);
    for (const number of numbers) if (number >= 0) marks[number] = 1;
    return new ValueSet(this, marks);
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
    this.eachValue(this.positionsOf(projects), (number) => {
      if (counts[number] === 0) order[given++] = number;
      counts[number] = (counts[number] as number) + 1;
    });
    return { counts, order: order.subarray(0, given) };
  }

  /**
   * By value: how many distinct values of `other` (of the same catalogue) its projects give ("each region's partner
   * countries"). The things of each value's projects are laid out by value, then counted once each.
   */
  measure(projects: readonly Project[], other: Facet): Uint32Array {
    const positions = this.positionsOf(projects);
    const thingsOf = (position: number) => (other.starts[position + 1] as number) - (other.starts[position] as number);
    // Where each value's things start, once counted.
    const starts = new Uint32Array(this.keys.length + 1);
    this.eachValue(positions, (number, position) => {
      starts[number + 1] = (starts[number + 1] as number) + thingsOf(position);
    });
    for (let number = 1; number < starts.length; number++) {
      starts[number] = (starts[number] as number) + (starts[number - 1] as number);
    }
    const next = starts.slice(0, -1);
    const things = new Int32Array(starts[this.keys.length] as number);
    this.eachValue(positions, (number, position) => {
      for (let at = other.starts[position] as number; at < (other.starts[position + 1] as number); at++) {
        things[next[number] as number] = other.values[at] as number;
        next[number] = (next[number] as number) + 1;
      }
    });
    // A thing is counted for a value the first time it shows up in the value's run.
    const counts = new Uint32Array(this.keys.length);
    const countedFor = new Int32Array(other.keys.length).fill(-1);
    for (let number = 0; number < this.keys.length; number++) {
      for (let at = starts[number] as number; at < (starts[number + 1] as number); at++) {
        const thing = things[at] as number;
        if (countedFor[thing] === number) continue;
        countedFor[thing] = number;
        counts[number] = (counts[number] as number) + 1;
      }
    }
    return counts;
  }

  /** Calls `visit` with each value of the projects at these positions, and the position. */
  private eachValue(positions: Int32Array, visit: (number: number, position: number) => void): void {
    for (const position of positions) {
      const end = this.starts[position + 1] as number;
      for (let at = this.starts[position] as number; at < end; at++) visit(this.values[at] as number, position);
    }
  }

  /** The number of a key, if any project gives it. */
  numberOf(key: string): number | undefined {
    return this.numbers.get(key);
  }

  /** Where the projects are in the catalogue; a project of another (from before a reload) gives nothing. */
  private positionsOf(projects: readonly Project[]): Int32Array {
    return this.catalogue.positionsOf(projects, this.starts.length - 2);
  }
}

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

  /** The values of the facet these do not hold. */
  complement(): ValueSet {
    const marks = new Uint8Array(this.marks.length);
    for (let number = 0; number < marks.length; number++) marks[number] = 1 - (this.marks[number] as number);
    return new ValueSet(this.facet, marks);
  }

  /** The values both these and `other` (of the same facet) hold. */
  and(other: ValueSet): ValueSet {
    const marks = new Uint8Array(this.marks.length);
    for (let number = 0; number < marks.length; number++) {
      marks[number] = (this.marks[number] as number) & (other.marks[number] ?? 0);
    }
    return new ValueSet(this.facet, marks);
  }

  /** How many values. */
  get size(): number {
    let size = 0;
    for (const mark of this.marks) size += mark;
    return size;
  }
}
