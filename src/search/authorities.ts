import type { Country } from '../domain/countries.ts';
import type { Region } from '../domain/regions.ts';
import type { Project } from '../domain/schema.ts';
import { groupedBy, IntList, type IntLists } from './intList.ts';
import { LazyList } from './lazyList.ts';
import { SequenceTable } from './sequenceTable.ts';

/** Which side of a partnership an authority is on: the French lead ("chef de file") or the partner abroad. */
export type AuthoritySide = 'any' | 'french' | 'partner';

export interface Authority {
  name: string;
  aliases: string[];
  side: 'french' | 'partner';
  /** Where it is: the French region of a lead, the country of a partner. */
  place: Region | Country;
  projects: Project[];
}

const SIDES = ['french', 'partner'] as const;
const FRENCH = 0;
const PARTNER = 1;

/**
 * The authorities of a dataset, one per normalised name on each side, in order of first appearance. Kept as columns,
 * and made into objects only when asked for: a large dataset has hundreds of thousands of authorities, of which a
 * question shows a few.
 */
export class Authorities {
  readonly count: number;
  /** How many are French leads. */
  readonly leadCount: number;
  /** As objects, each made when first asked for. */
  readonly list: LazyList<Authority>;

  constructor(
    private readonly projects: readonly Project[],
    private readonly names: readonly string[],
    private readonly sides: Uint8Array,
    private readonly places: readonly (Region | Country)[],
    private readonly aliases: readonly (string[] | undefined)[],
    /** Each authority's projects, by position in the dataset. */
    readonly projectsOf: IntLists,
  ) {
    this.count = names.length;
    this.leadCount = sides.filter((side) => side === FRENCH).length;
    this.list = new LazyList(this.count, (index) => ({
      name: this.names[index] as string,
      aliases: this.aliases[index] ?? [],
      side: this.side(index),
      place: this.places[index] as Region | Country,
      projects: this.projectPositions(index).map((position) => this.projects[position] as Project),
    }));
  }

  /** Authority `index`, the same object each time. */
  at(index: number): Authority {
    return this.list.at(index) as Authority;
  }

  /** Authority `index`'s projects, by position in the dataset. */
  projectPositions(index: number): number[] {
    const { start, data } = this.projectsOf;
    return Array.from(data.subarray(start[index], start[index + 1]));
  }

  nameOf(index: number): string {
    return this.names[index] as string;
  }

  side(index: number): Authority['side'] {
    return SIDES[this.sides[index] as number] as Authority['side'];
  }

  aliasesOf(index: number): readonly string[] {
    return this.aliases[index] ?? [];
  }

  projectCount(index: number): number {
    return (this.projectsOf.start[index + 1] as number) - (this.projectsOf.start[index] as number);
  }
}

/** Builds the Authorities of a dataset as its projects are read, in order. */
export class AuthorityCollector {
  private readonly names: string[] = [];
  private readonly sides = new IntList(1 << 10);
  private readonly places: (Region | Country)[] = [];
  private readonly aliases: (string[] | undefined)[] = [];
  /** On each side, authorities by the words of their normalised name. */
  private readonly byName = [new SequenceTable(), new SequenceTable()] as const;
  /** (authority, project position) pairs, each project once per authority, in reading order. */
  private readonly pairAuthorities = new IntList(1 << 12);
  private readonly pairProjects = new IntList(1 << 12);
  private readonly lastProject = new IntList(1 << 10);

  /**
   * The authority of a name read in project `position`, new or known (`words`: the words of its name, as term numbers;
   * the same numbers, the same name normalised); projects are read in order.
   */
  add(
    words: ArrayLike<number>,
    name: string,
    aliases: readonly string[],
    side: Authority['side'],
    place: Region | Country,
    position: number,
  ): number {
    const sideIndex = side === 'french' ? FRENCH : PARTNER;
    const byName = this.byName[sideIndex];
    let index = byName.first(words);
    if (index < 0) {
      index = this.names.length;
      byName.add(words, 0, words.length, index);
      this.names.push(name);
      this.sides.push(sideIndex);
      this.places.push(place);
      this.aliases.push(aliases.length > 0 ? [...aliases] : undefined);
      this.lastProject.push(-1);
    } else if (aliases.length > 0) {
      this.aliases[index] = [...new Set([...(this.aliases[index] ?? []), ...aliases])];
    }
    // An authority named twice in one project (lead and partner alike) lists it once.
    if (this.lastProject.data[index] !== position) {
      this.lastProject.data[index] = position;
      this.pairAuthorities.push(index);
      this.pairProjects.push(position);
    }
    return index;
  }

  /** Foreseeing `factor` times as many names read as so far (see IntList.expectGrowth). */
  expectGrowth(factor: number): void {
    for (const list of [this.sides, this.pairAuthorities, this.pairProjects, this.lastProject])
      list.expectGrowth(factor);
    for (const table of this.byName) table.expectGrowth(factor);
  }

  finish(projects: readonly Project[]): Authorities {
    const count = this.names.length;
    const authorities = this.pairAuthorities.data;
    // Each authority's projects, in reading order.
    const projectsOf = groupedBy(
      this.pairProjects.data,
      this.pairProjects.length,
      (pair) => authorities[pair] as number,
      count,
    );
    return new Authorities(
      projects,
      this.names,
      Uint8Array.from(this.sides.data.subarray(0, count)),
      this.places,
      this.aliases,
      projectsOf,
    );
  }
}
