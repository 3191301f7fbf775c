import { unwatchFile, watchFile, type Stats } from 'node:fs';
import type { Catalog } from '../search/catalog.ts';
import { DataError } from './dataError.ts';
import { loadCatalog } from './dataset.ts';

interface StoreLog {
  info: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}

/**
 * The catalogue in service, reloadable without a restart: a new file is validated and indexed aside, then swapped in
 * whole; an invalid one is refused with a clear log line and the old catalogue keeps serving.
 */
export class CatalogStore {
  private current: Catalog;
  private stopWatching: (() => void) | undefined;

  /** Throws a DataError naming the file, path and field when the file is invalid: the bot must not start on it. */
  constructor(
    readonly file: string,
    private readonly log: StoreLog,
  ) {
    this.current = loadCatalog(file);
  }

  get catalog(): Catalog {
    return this.current;
  }

  /** Loads the file again; `trigger` says why in the log line ("SIGHUP", "file change"…). */
  reload(trigger = 'request'): boolean {
    try {
      const next = loadCatalog(this.file);
      this.current = next;
      this.log.info({ file: this.file, projects: next.projects.length, trigger }, 'dataset reloaded');
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
      timer = setTimeout(() => this.reload('file change'), debounceMs);
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
