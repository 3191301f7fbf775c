import { watch, type FSWatcher } from 'node:fs';
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
  private watcher: FSWatcher | undefined;

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

  reload(): boolean {
    try {
      const next = loadCatalog(this.file);
      this.current = next;
      this.log.info({ file: this.file, projects: next.projects.length }, 'dataset reloaded');
      return true;
    } catch (error) {
      const reason = error instanceof DataError ? error.message : String(error);
      this.log.error({ file: this.file, reason }, 'dataset reload refused; still serving the previous data');
      return false;
    }
  }

  /** Reloads when the file changes (editors write in bursts, so changes are gathered for a moment). */
  watchFile(debounceMs = 200): void {
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(this.file, () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.reload(), debounceMs);
    });
  }

  close(): void {
    this.watcher?.close();
  }
}
