import { readdirSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Dataset } from '../domain/schema.ts';
import { DataError } from './dataError.ts';
import { importCall, validateDataset } from './importer.ts';
import { DATA_DIR, SOURCES_DIR } from './paths.ts';

const CURATION_SUFFIX = '.curation.json';

/** Builds the whole dataset from every `<call>.curation.json` in data/sources and the table each one names. */
export function buildDataset(sourcesDir = SOURCES_DIR): Dataset {
  const calls = readdirSync(sourcesDir)
    .filter((file) => file.endsWith(CURATION_SUFFIX))
    .sort()
    .map((file) => {
      const curationFile = `${sourcesDir}${file}`;
      const shown = relative(DATA_DIR + '..', curationFile);
      let curation: unknown;
      try {
        curation = JSON.parse(readFileSync(curationFile, 'utf8'));
      } catch (error) {
        throw new DataError(shown, '(root)', '(json)', `is not valid JSON: ${(error as Error).message}`);
      }
      const sourceName = (curation as { call?: { source?: unknown } }).call?.source;
      const sourceFile = `${sourcesDir}${typeof sourceName === 'string' ? sourceName : file.replace(CURATION_SUFFIX, '.md')}`;
      return importCall({
        sourceFile: relative(DATA_DIR + '..', sourceFile),
        markdown: readFileSync(sourceFile, 'utf8'),
        curationFile: shown,
        curation,
      });
    });
  return validateDataset(
    {
      schemaVersion: 1,
      calls: calls.flatMap((dataset) => dataset.calls),
      projects: calls.flatMap((dataset) => dataset.projects),
    },
    relative(DATA_DIR + '..', sourcesDir),
  );
}

/** The dataset file's exact text: stable key order and formatting, so the committed file can be compared byte for byte. */
export function serializeDataset(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
