import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Dataset } from '../domain/schema.ts';
import { DataError } from './dataError.ts';
import { validateDataset } from './importer.ts';

/** Biggest dataset file read by default (DATA_MAX_BYTES): about 80,000 projects written compactly. */
export const DEFAULT_MAX_DATA_BYTES = 64 * 1024 * 1024;

/** A size as people read it: "64.0 MB", "13.2 KB", "900 bytes" (a limit set in bytes may be small). */
const sizeOf = (bytes: number) =>
  bytes >= 2 ** 20
    ? `${(bytes / 2 ** 20).toFixed(1)} MB`
    : bytes >= 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${bytes} bytes`;

/**
 * The file's text, refused before anything is read when it is over `maxBytes`. The size is taken from the opened
 * file, so a file swapped in between the check and the read is still the one checked; at most that many bytes are read.
 */
function readCapped(file: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new DataError(file, '(file)', '(file)', `cannot be read: ${(error as Error).message}`);
  }
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) {
      // Rounded alike ("2.0 MB, over the limit of 2.0 MB"), the sizes are given in bytes.
      const sizes =
        sizeOf(size) === sizeOf(maxBytes) ? [`${size} bytes`, `${maxBytes} bytes`] : [sizeOf(size), sizeOf(maxBytes)];
      throw new DataError(
        file,
        '(file)',
        '(file)',
        `is ${sizes[0]}, over the limit of ${sizes[1]} (DATA_MAX_BYTES=${maxBytes}); not read`,
      );
    }
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    for (let got = -1; read < size && got !== 0; read += got) got = readSync(fd, buffer, read, size - read, read);
    return buffer.toString('utf8', 0, read);
  } finally {
    closeSync(fd);
  }
}

/** Reads and validates a built dataset file; a malformed file throws a DataError, never loads half-checked data. */
export function loadDataset(file: string, maxBytes = DEFAULT_MAX_DATA_BYTES): Dataset {
  const text = readCapped(file, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, '(root)', '(json)', `is not valid JSON: ${(error as Error).message}`);
  }
  return validateDataset(json, file);
}
