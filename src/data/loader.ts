import { readFileSync } from 'node:fs';
import type { Dataset } from '../domain/schema.ts';
import { DataError } from './dataError.ts';
import { validateDataset } from './importer.ts';

/** Reads and validates a built dataset file; a malformed file throws a DataError, never loads half-checked data. */
export function loadDataset(file: string): Dataset {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DataError(file, '(file)', '(file)', `cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, '(root)', '(json)', `is not valid JSON: ${(error as Error).message}`);
  }
  return validateDataset(json, file);
}
