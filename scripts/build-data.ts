import { writeFileSync } from 'node:fs';
import { buildDataset, serializeDataset } from '../src/data/build.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { runCli } from './cli.ts';

runCli(() => {
  const dataset = buildDataset();
  writeFileSync(DATASET_FILE, serializeDataset(dataset));
  console.log(`Wrote ${DATASET_FILE}: ${dataset.calls.length} call(s), ${dataset.projects.length} projects.`);
});
