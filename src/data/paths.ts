import { fileURLToPath } from 'node:url';

/** Where the project keeps its data, independent of the working directory. */
export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const SOURCES_DIR = `${DATA_DIR}sources/`;
export const DATASET_FILE = `${DATA_DIR}laureates.json`;
