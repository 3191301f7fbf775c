/** A data problem a maintainer can fix: it names the file, where in it (row or JSON path) and the field. */
export class DataError extends Error {
  constructor(
    readonly file: string,
    readonly location: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}: ${location}, field "${field}": ${problem}`);
    this.name = 'DataError';
  }
}

/** Formats a zod issue path ["projects", 3, "themes", 0] as "projects[3].themes[0]". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`),
    '',
  );
}
