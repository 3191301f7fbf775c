import type { Project } from '../domain/schema.ts';

/** A selection this many times smaller than the catalogue is looked up in the map rather than walked along it. */
const SPARSE = 64;

/** A catalogue's projects, and where each is in it. */
export class ProjectPlaces {
  constructor(
    readonly projects: readonly Project[],
    private readonly places: ReadonlyMap<Project, number>,
  ) {}

  /**
   * Where each of these projects is in the catalogue (`missing` for one it does not hold). Most selections keep the
   * catalogue's order: they are found by walking along it once, comparing references; the map is asked for a small
   * selection, and from the first project out of order on. A lookup per project cost several times more on 100,000 of
   * them (a hash per project, read from objects scattered in memory).
   */
  positionsOf(selection: readonly Project[], missing: number): Int32Array {
    const { projects, places } = this;
    const positions = new Int32Array(selection.length);
    let next = selection.length * SPARSE < projects.length ? projects.length : 0;
    for (let index = 0; index < selection.length; index++) {
      const project = selection[index] as Project;
      let position = next;
      while (position < projects.length && projects[position] !== project) position++;
      if (position < projects.length) next = position + 1;
      else {
        next = projects.length;
        position = places.get(project) ?? missing;
      }
      positions[index] = position;
    }
    return positions;
  }

  /** By position in the catalogue: 1 for a project of the selection. */
  marksOf(selection: readonly Project[]): Uint8Array {
    const marks = new Uint8Array(this.projects.length);
    for (const position of this.positionsOf(selection, -1)) if (position >= 0) marks[position] = 1;
    return marks;
  }
}
