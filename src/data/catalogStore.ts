import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { setImmediate } from 'node:timers/promises';
import { Catalog } from '../search/catalog.ts';
import { DataError } from './dataError.ts';
import { loadOffThread } from './loadOffThread.ts';
import { DEFAULT_MAX_DATA_BYTES, loadDataset } from './loader.ts';

interface StoreLog {
  info: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}

export interface CatalogStoreOptions {
  /** Files over this are refused before being read (DATA_MAX_BYTES). */
  maxBytes?: number;
  /** Heap of the reload worker, in MB: a file that needs more to be checked is refused (default: see reloadHeapMbFor). */
  reloadHeapMb?: number;
  /** Longest a reload's check may take. */
  reloadTimeoutMs?: number;
  /**
   * 'now' (default): the constructor loads the file. 'later': `loadFirst` does, so that a start can connect to Discord
   * meanwhile.
   */
  firstLoad?: 'now' | 'later';
}

const DEFAULTS = { maxBytes: DEFAULT_MAX_DATA_BYTES, reloadTimeoutMs: 60_000 };

/**
 * The reload worker's heap for files of at most `maxBytes`: checking a valid file takes about 7 times its size (an
 * 8.4 MiB file of 15,000 projects: refused at 48 MB, checked at 64), so 16 times, at least 64 MB and at most 768 MB.
 * A file that needs more — a few megabytes of `{},` are millions of objects — is refused, the bot unharmed: a limit
 * that follows DATA_MAX_BYTES, so that an operator who lowers it for a small container bounds the reload too.
 */
export function reloadHeapMbFor(maxBytes: number): number {
  return Math.min(768, Math.max(64, Math.ceil((16 * maxBytes) / 2 ** 20)));
}
/** A first load indexes this long between two turns of the event loop: long enough to cost nothing, short enough for a handshake to go on. */
const FIRST_LOAD_SLICE_MS = 10;

/**
 * The catalogue in service, reloadable without a restart: a new file is read and validated on a worker thread with
 * bounded memory, indexed in slices of the event loop, then swapped in whole; an invalid one is refused with a clear
 * log line and the old catalogue keeps serving — and answering, since neither the worker nor the indexing holds the
 * event loop for long.
 */
export class CatalogStore {
  private current: Catalog | undefined;
  private stopWatching: (() => void) | undefined;
  private readonly limits: typeof DEFAULTS & { reloadHeapMb: number };
  /** The first catalogue in service, or the first load's error. */
  private readonly first: Promise<Catalog>;
  private settleFirst!: { resolve: (catalog: Catalog) => void; reject: (error: unknown) => void };
  /** The reload running, and at most one more waiting for it (the file may have changed after it was read). */
  private running: Promise<boolean> | undefined;
  private queued: Promise<boolean> | undefined;

  /**
   * Loads on the calling thread (unless `firstLoad` is 'later'): nothing is served yet. Throws a DataError naming the
   * file, path and field when the file is invalid or too big: the bot must not start on it.
   */
  constructor(
    readonly file: string,
    private readonly log: StoreLog,
    options: CatalogStoreOptions = {},
  ) {
    const { firstLoad, ...limits } = options;
    const maxBytes = limits.maxBytes ?? DEFAULTS.maxBytes;
    this.limits = { ...DEFAULTS, reloadHeapMb: reloadHeapMbFor(maxBytes), ...limits, maxBytes };
    this.first = new Promise((resolve, reject) => (this.settleFirst = { resolve, reject }));
    // Observed here: a start that never waits for the first load must not see it fail unhandled.
    this.first.catch(() => undefined);
    if (firstLoad !== 'later') this.serve(new Catalog(loadDataset(file, this.limits.maxBytes)));
  }

  /** The catalogue in service (see `loaded`). */
  get catalog(): Catalog {
    if (!this.current) throw new Error('the dataset is not loaded yet: wait for whenLoaded()');
    return this.current;
  }

  /** Whether a catalogue is in service: always, but while the first load of a store made with firstLoad 'later' runs. */
  get loaded(): boolean {
    return this.current !== undefined;
  }

  /** The first catalogue in service; rejects with the first load's error. */
  whenLoaded(): Promise<Catalog> {
    return this.first;
  }

  /**
   * The first load of a store made with firstLoad 'later': the file read and checked on this thread, then indexed a
   * few milliseconds at a time, so that what started before (the gateway's handshake) goes on meanwhile. Rejects with
   * a DataError as the constructor throws.
   */
  async loadFirst(): Promise<Catalog> {
    if (this.current) return this.current;
    try {
      // A turn of the event loop first: what was just started (a request to Discord) goes out before the long read.
      await setImmediate();
      const catalog = await Catalog.build(loadDataset(this.file, this.limits.maxBytes), FIRST_LOAD_SLICE_MS);
      // A reload that ended first has newer data.
      this.serve(this.current ?? catalog);
    } catch (error) {
      this.settleFirst.reject(error);
    }
    return this.first;
  }

  private serve(catalog: Catalog): void {
    this.current = catalog;
    this.settleFirst.resolve(catalog);
    // What aggregate questions count with, made between answers rather than by the first of them.
    catalog.prepareFacets().catch((error: unknown) => this.log.error({ reason: String(error) }, 'facets not prepared'));
  }

  /**
   * Loads the file again; `trigger` says why in the log line ("SIGHUP", "file change"…). Resolves with whether the
   * new data is in service; never rejects. Reloads asked for while one runs are merged into one run after it.
   */
  reload(trigger = 'request'): Promise<boolean> {
    if (!this.running) return this.start(trigger);
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.start(trigger);
    });
    return this.queued;
  }

  private start(trigger: string): Promise<boolean> {
    const run = this.reloadOnce(trigger).finally(() => {
      if (this.running === run) this.running = undefined;
    });
    this.running = run;
    return run;
  }

  private async reloadOnce(trigger: string): Promise<boolean> {
    const started = performance.now();
    try {
      const dataset = await loadOffThread(this.file, {
        maxBytes: this.limits.maxBytes,
        heapMb: this.limits.reloadHeapMb,
        timeoutMs: this.limits.reloadTimeoutMs,
      });
      // Indexed here a few milliseconds at a time: the catalogue in service answers in between.
      const next = await Catalog.build(dataset);
      this.serve(next);
      const ms = Math.round(performance.now() - started);
      this.log.info({ file: this.file, projects: next.projects.length, trigger, ms }, 'dataset reloaded');
      return true;
    } catch (error) {
      const reason = error instanceof DataError ? error.message : String(error);
      this.log.error({ file: this.file, reason, trigger }, 'dataset reload refused; still serving the previous data');
      return false;
    }
  }

  /**
   * Reloads when the file at the path changes. The path is polled rather than watched with inotify: a file replaced by
   * rename (how editors and deploy tools write atomically) or a swapped symlink is a new inode, which an inotify watch
   * on the old one never reports. Writes come in bursts, so a change is acted on once the file has been still a moment.
   */
  watchFile(intervalMs = 500, debounceMs = 200): void {
    let timer: NodeJS.Timeout | undefined;
    const changed = (current: Stats, previous: Stats) => {
      if (current.mtimeMs === previous.mtimeMs && current.ino === previous.ino && current.size === previous.size)
        return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload('file change'), debounceMs);
    };
    watchFile(this.file, { interval: intervalMs }, changed);
    this.stopWatching = () => {
      clearTimeout(timer);
      unwatchFile(this.file, changed);
    };
  }

  close(): void {
    this.stopWatching?.();
  }
}
