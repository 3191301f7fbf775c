import { join } from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.ts';

/** Where the project keeps its data, independent of the working directory. */
export const DATA_DIR = join(PROJECT_ROOT, 'data/');
export const SOURCES_DIR = `${DATA_DIR}sources/`;
export const DATASET_FILE = `${DATA_DIR}laureates.json`;
