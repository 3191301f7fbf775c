import { PictureCache, type PictureCacheOptions, type PictureRenderer } from './pictureCache.ts';
import { RenderPool, type RenderPoolOptions } from './pool.ts';

export { RenderBusyError } from './pool.ts';
export type { PictureRenderer, PictureRequest } from './pictureCache.ts';

/** Pictures for the bot: drawn on worker threads, kept in a bounded cache. */
export interface PictureService extends PictureRenderer {
  readonly cache: PictureCache;
  readonly pool: RenderPool;
  close(): Promise<void>;
}

export function createPictureService(options: { pool?: RenderPoolOptions; cache?: PictureCacheOptions } = {}) {
  const pool = new RenderPool(options.pool);
  const cache = new PictureCache((job) => pool.render(job), options.cache);
  return {
    cache,
    pool,
    render: (request) => cache.render(request),
    close: () => pool.close(),
  } satisfies PictureService;
}

let shared: PictureService | undefined;

/**
 * The process's picture service, made on first use. Its threads never keep the process alive when idle, so nothing
 * has to close it at exit.
 */
export function sharedPictureService(): PictureService {
  shared ??= createPictureService();
  return shared;
}
