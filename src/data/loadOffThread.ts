import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Dataset } from '../domain/schema.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { startWorker } from '../workerThread.ts';
import { DataError } from './dataError.ts';
import { NEXT_BATCH, type LoadReply, type LoadRequest, type ProjectBatch } from './reloadProtocol.ts';

export interface OffThreadLimits {
  maxBytes: number;
  /** The worker's heap: a file that needs more to be parsed and checked is refused, the bot unharmed. */
  heapMb: number;
  /** A check taking longer ends the worker. */
  timeoutMs: number;
}

/**
 * The worker's entry: beside this module from source; dist/data/reloadWorker.js when built (this code may sit in
 * any chunk of the bundle, so the path starts from the project root).
 */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./reloadWorker.ts', import.meta.url)
    : pathToFileURL(join(PROJECT_ROOT, 'dist/data/reloadWorker.js'));
}

/**
 * Reads and validates a dataset file on a worker thread with bounded memory and time, so the event loop keeps
 * answering meanwhile; resolves with the validated records, or rejects with a DataError naming the file.
 */
export function loadOffThread(file: string, limits: OffThreadLimits): Promise<Dataset> {
  const request: LoadRequest = { file, maxBytes: limits.maxBytes };
  const worker = startWorker(workerUrl(), {
    workerData: request,
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
  });
  const refuse = (problem: string) => new DataError(file, '(file)', '(file)', problem);
  return new Promise<Dataset>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(refuse(`took over ${limits.timeoutMs / 1000} s to check; not loaded`))),
      limits.timeoutMs,
    );
    let dataset: Dataset | undefined;
    let expected = 0;
    // The first message is the reply; each later one a batch of projects, asked for once the previous is taken in.
    const receive = (message: LoadReply | ProjectBatch) => {
      if (Array.isArray(message)) {
        if (!dataset) return;
        for (const project of message) dataset.projects.push(project);
        if (dataset.projects.length >= expected || message.length === 0) settle(() => resolve(dataset as Dataset));
        else worker.postMessage(NEXT_BATCH);
        return;
      }
      if (message.ok) {
        ({ dataset, projectCount: expected } = message);
        if (expected === 0) settle(() => resolve(message.dataset));
        else worker.postMessage(NEXT_BATCH);
      } else if ('problem' in message)
        settle(() =>
          reject(new DataError(file, message.problem.location, message.problem.field, message.problem.problem)),
        );
      else settle(() => reject(refuse(`could not be checked: ${message.failure}`)));
    };
    worker.on('message', receive);
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? refuse(`needs more than ${limits.heapMb} MB to be checked; not loaded`)
            : refuse(`could not be checked: ${error.message}`),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(refuse(`checking stopped (worker exit ${code})`))));
  });
}
