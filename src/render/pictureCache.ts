import { createHash } from 'node:crypto';
import type { PictureJob } from './draw.ts';

export interface PictureRequest {
  /** Everything the picture shows, labels in the reader's language included: the same job gives the same bytes. */
  job: PictureJob;
  /** The data it was made from; pictures of an older version are dropped when a newer one is asked for. */
  dataVersion: number;
}

/** What commands draw pictures with. */
export interface PictureRenderer {
  render(request: PictureRequest): Promise<Uint8Array>;
}

export interface PictureCacheOptions {
  maxEntries?: number;
  maxBytes?: number;
}

/**
 * Pictures already drawn, kept in a bounded least-recently-used cache in front of a renderer: the same map asked twice
 * is drawn once, and asked at the same time is drawn once too. A new data version empties it.
 */
export class PictureCache implements PictureRenderer {
  private readonly maxEntries: number;
  private readonly maxBytes: number;
  private readonly entries = new Map<string, Uint8Array>();
  private readonly drawing = new Map<string, Promise<Uint8Array>>();
  private bytes = 0;
  private dataVersion: number | undefined;
  hits = 0;
  misses = 0;

  constructor(
    private readonly draw: (job: PictureJob) => Promise<Uint8Array>,
    options: PictureCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 64;
    this.maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  }

  get size(): number {
    return this.entries.size;
  }

  render({ dataVersion, job }: PictureRequest): Promise<Uint8Array> {
    // The job is its own key (selection, counts, language): hashed, so a long one doesn't make a long key.
    const key = createHash('sha1').update(JSON.stringify(job)).digest('base64');
    if (dataVersion !== this.dataVersion) {
      this.entries.clear();
      this.drawing.clear();
      this.bytes = 0;
      this.dataVersion = dataVersion;
    }
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return Promise.resolve(cached);
    }
    const inFlight = this.drawing.get(key);
    if (inFlight) return inFlight;
    this.misses++;
    const drawn = this.draw(job).then(
      (png) => {
        if (this.drawing.get(key) === drawn) {
          this.drawing.delete(key);
          this.store(key, png);
        }
        return png;
      },
      (error: unknown) => {
        if (this.drawing.get(key) === drawn) this.drawing.delete(key);
        throw error;
      },
    );
    this.drawing.set(key, drawn);
    return drawn;
  }

  private store(key: string, png: Uint8Array): void {
    if (png.byteLength > this.maxBytes) return;
    this.entries.set(key, png);
    this.bytes += png.byteLength;
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const [oldestKey, oldest] = this.entries.entries().next().value ?? [];
      if (oldestKey === undefined || oldest === undefined) break;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.byteLength;
    }
  }
}
