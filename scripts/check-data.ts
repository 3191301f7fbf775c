import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildDataset, serializeDataset } from '../src/data/build.ts';
import { DataError } from '../src/data/dataError.ts';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { runCli } from './cli.ts';

/**
 * `npm run data:check [file]`: validates the dataset file (default data/laureates.json) with the loader the bot uses.
 * For the committed file it also checks that nobody edited it by hand or forgot `npm run data:build`.
 */
runCli(() => {
  const given = process.argv[2];
  // npm runs scripts from the package root; a relative path means relative to where the user typed it.
  const file = given === undefined ? DATASET_FILE : resolve(process.env.INIT_CWD ?? process.cwd(), given);
  const shown = relative(process.cwd(), file) || file;
  const dataset = loadDataset(file);
  if (given === undefined && readFileSync(file, 'utf8') !== serializeDataset(buildDataset())) {
    throw new DataError(
      shown,
      '(file)',
      '(file)',
      'differs from a fresh build of data/sources: run `npm run data:build`',
    );
  }
  const countries = new Set(dataset.projects.flatMap((project) => project.partners.map((partner) => partner.country)));
  console.log(
    `OK ${shown}: ${dataset.calls.length} call(s), ${dataset.projects.length} projects, ${countries.size} partner countries.`,
  );
});
