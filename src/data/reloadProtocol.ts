import type { Dataset } from '../domain/schema.ts';
import type { DataError } from './dataError.ts';

/** What the main thread asks the reload worker: one file, read only if it is within the size cap. */
export interface LoadRequest {
  file: string;
  maxBytes: number;
}

/**
 * What comes back first: the validated dataset without its projects and how many there are, or the data problem. The
 * projects follow as `ProjectBatch` messages, one for each `NEXT_BATCH` the main thread sends: a whole large dataset
 * in one message held the main thread for about a second while it was copied in, and messages sent all at once are
 * all taken in before any timer runs.
 */
export type LoadReply =
  | { ok: true; dataset: Dataset; projectCount: number }
  | { ok: false; problem: Pick<DataError, 'location' | 'field' | 'problem'> }
  | { ok: false; failure: string };

export type ProjectBatch = Dataset['projects'];

export const NEXT_BATCH = 'next';
