import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../workerThread.ts';
import type { PictureJob } from './draw.ts';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { FONT_FILES } from './fonts.ts';
import type { RenderRequest, RenderResponse } from './worker.ts';

/** The queue is full: the caller should say "busy, try again" rather than wait past Discord's deadlines. */
export class RenderBusyError extends Error {
  constructor() {
    super('too many pictures waiting to be drawn');
    this.name = 'RenderBusyError';
  }
}

export interface RenderPoolOptions {
  /** Threads drawing at once; default 1 on a 2-core machine (the bot keeps a core), 2 from 3 cores on. */
  size?: number;
  /** Pictures waiting for a thread beyond the ones being drawn; more are refused with RenderBusyError. */
  maxQueue?: number;
  /** A picture taking longer than this ends its thread (a fresh one takes over). */
  timeoutMs?: number;
  /** The worker's entry point. */
  workerUrl?: URL;
  fontFiles?: readonly string[];
}

/**
 * The worker's entry point: src/render/worker.ts when running from source (tsx, tests), dist/render/worker.js when
 * running from the bundle (scripts/build.ts builds it as an entry point of its own; this code may sit in any chunk).
 */
export function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker.ts', import.meta.url)
    : pathToFileURL(join(PROJECT_ROOT, 'dist/render/worker.js'));
}

interface Task {
  job: PictureJob;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  task?: Task & { id: number; timer: NodeJS.Timeout };
  timedOut?: boolean;
}

/**
 * Draws pictures on worker threads, so a map never blocks the bot's event loop: a few threads, a bounded queue, a
 * time limit per picture, and threads that are replaced when they fail.
 */
export class RenderPool {
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;
  private readonly workerUrl: URL;
  private readonly fontFiles: readonly string[];
  private readonly threads: Thread[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(options: RenderPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? (availableParallelism() > 2 ? 2 : 1));
    this.maxQueue = Math.max(0, options.maxQueue ?? 32);
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
    this.fontFiles = options.fontFiles ?? FONT_FILES;
  }

  /** Pictures being drawn or waiting. */
  get pending(): number {
    return this.queue.length + this.threads.filter((thread) => thread.task).length;
  }

  render(job: PictureJob): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new Error('render pool closed'));
    const busy = this.threads.filter((thread) => thread.task).length;
    if (busy >= this.size && this.queue.length >= this.maxQueue) return Promise.reject(new RenderBusyError());
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('render pool closed'));
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const thread = this.threads.find((candidate) => !candidate.task) ?? this.spawn();
      if (!thread) return;
      const task = this.queue.shift();
      if (!task) return;
      const id = this.nextId++;
      const timer = setTimeout(() => {
        thread.timedOut = true;
        void thread.worker.terminate();
      }, this.timeoutMs);
      thread.task = { ...task, id, timer };
      // Referenced while it draws (a script awaiting a picture must not exit), not while idle (nor must the bot).
      thread.worker.ref();
      thread.worker.postMessage({ id, job: task.job } satisfies RenderRequest);
    }
  }

  private spawn(): Thread | undefined {
    if (this.threads.length >= this.size) return undefined;
    const worker = startWorker(this.workerUrl, { workerData: { fontFiles: this.fontFiles } });
    worker.unref();
    const thread: Thread = { worker };
    worker.on('message', (response: RenderResponse) => this.settle(thread, response));
    worker.on('error', (error) => this.fail(thread, error));
    worker.on('exit', (code) =>
      this.fail(
        thread,
        new Error(
          thread.timedOut
            ? `picture took longer than ${this.timeoutMs} ms: its render thread was ended`
            : `render thread stopped (exit code ${code})`,
        ),
      ),
    );
    this.threads.push(thread);
    return thread;
  }

  private settle(thread: Thread, response: RenderResponse): void {
    const task = thread.task;
    if (!task || task.id !== response.id) return;
    clearTimeout(task.timer);
    thread.task = undefined;
    thread.worker.unref();
    if ('png' in response) task.resolve(response.png);
    else task.reject(new Error(`picture could not be drawn: ${response.error}`));
    this.dispatch();
  }

  /** A thread that errs or exits is dropped with its picture; the next picture gets a fresh thread. */
  private fail(thread: Thread, error: Error): void {
    const index = this.threads.indexOf(thread);
    if (index === -1) return;
    this.threads.splice(index, 1);
    void thread.worker.terminate();
    const task = thread.task;
    if (task) {
      clearTimeout(task.timer);
      task.reject(error);
    }
    if (!this.closed) this.dispatch();
  }
}
