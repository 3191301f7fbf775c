import { Catalog } from '../search/catalog.ts';
import { loadDataset } from './loader.ts';
import { DATASET_FILE } from './paths.ts';

/** The catalogue of the committed dataset (validated on load). */
export function loadCatalog(file = DATASET_FILE): Catalog {
  return new Catalog(loadDataset(file));
}
