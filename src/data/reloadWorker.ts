import { parentPort, workerData } from 'node:worker_threads';
import type { Project } from '../domain/schema.ts';
import { DataError } from './dataError.ts';
import { loadDataset } from './loader.ts';
import { NEXT_BATCH, type LoadReply, type LoadRequest, type ProjectBatch } from './reloadProtocol.ts';

/** Projects per message: each is copied in by the main thread in a few milliseconds. */
const BATCH_SIZE = 1_000;

/** Runs on a worker thread: the read, JSON parse and validation of a reload, away from the bot's event loop. */
function load(): { reply: LoadReply; projects: Project[] } {
  const { file, maxBytes } = workerData as LoadRequest;
  try {
    const { projects, ...rest } = loadDataset(file, maxBytes);
    return { reply: { ok: true, dataset: { ...rest, projects: [] }, projectCount: projects.length }, projects };
  } catch (error) {
    if (error instanceof DataError) {
      const problem = { location: error.location, field: error.field, problem: error.problem };
      return { reply: { ok: false, problem }, projects: [] };
    }
    return { reply: { ok: false, failure: error instanceof Error ? error.message : String(error) }, projects: [] };
  }
}

const { reply, projects } = load();
let sent = 0;
parentPort?.on('message', (message: unknown) => {
  if (message !== NEXT_BATCH) return;
  const batch: ProjectBatch = projects.slice(sent, sent + BATCH_SIZE);
  sent += batch.length;
  parentPort?.postMessage(batch);
});
parentPort?.postMessage(reply);
