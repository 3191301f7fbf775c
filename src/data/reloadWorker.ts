import { parentPort, workerData } from 'node:worker_threads';
import type { Dataset } from '../domain/schema.ts';
import { DataError } from './dataError.ts';
import { loadDataset } from './loader.ts';

/** What the main thread asks: one file, read only if it is within the size cap. */
export interface LoadRequest {
  file: string;
  maxBytes: number;
}

/**
 * What comes back: the validated records, or the data problem. To move more work off the event loop (the index
 * build), this is the one place to change: build here and post what the main thread adopts cheaply.
 */
export type LoadReply =
  | { ok: true; dataset: Dataset }
  | { ok: false; problem: Pick<DataError, 'location' | 'field' | 'problem'> }
  | { ok: false; failure: string };

/** Runs on a worker thread: the read, JSON parse and validation of a reload, away from the bot's event loop. */
function reply(): LoadReply {
  const { file, maxBytes } = workerData as LoadRequest;
  try {
    return { ok: true, dataset: loadDataset(file, maxBytes) };
  } catch (error) {
    if (error instanceof DataError) {
      return { ok: false, problem: { location: error.location, field: error.field, problem: error.problem } };
    }
    return { ok: false, failure: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(reply());
