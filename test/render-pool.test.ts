import { afterEach, describe, expect, it } from 'vitest';
import type { PictureJob } from '../src/render/draw.ts';
import { PictureCache } from '../src/render/pictureCache.ts';
import { RenderBusyError, RenderPool } from '../src/render/pool.ts';
import { decodePng } from './support/png.ts';

const chart = (title: string): PictureJob => ({
  kind: 'chart',
  picture: { title, subtitle: 'test', panels: [{ title: 'bars', bars: [{ label: 'one', value: 1 }] }] },
});

const pools: RenderPool[] = [];
function pool(options: ConstructorParameters<typeof RenderPool>[0]): RenderPool {
  const created = new RenderPool(options);
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('render pool (worker threads)', () => {
  it('draws pictures on worker threads and hands back PNG bytes', async () => {
    const renders = pool({ size: 2 });
    const pngs = await Promise.all(['a', 'b', 'c'].map((title) => renders.render(chart(title))));
    for (const png of pngs) expect(decodePng(png).width).toBe(1600);
    expect(renders.pending).toBe(0);
  });

  it('refuses work past its bounded queue instead of letting it pile up', async () => {
    const renders = pool({ size: 1, maxQueue: 1 });
    const results = await Promise.allSettled(['a', 'b', 'c', 'd'].map((title) => renders.render(chart(title))));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'rejected']);
    const refused = results[2];
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(RenderBusyError);
  });

  it('ends a thread that takes too long, and each next picture gets a fresh thread', async () => {
    const renders = pool({ size: 1, timeoutMs: 1 });
    await expect(renders.render(chart('too slow'))).rejects.toThrow(/longer than 1 ms/);
    await expect(renders.render(chart('too slow again'))).rejects.toThrow(/longer than 1 ms/);
    expect(renders.pending).toBe(0);
  });

  it('answers a picture it cannot draw with an error, and keeps drawing others', async () => {
    const renders = pool({ size: 1 });
    const broken = { kind: 'chart', picture: { title: 't', subtitle: 's' } } as unknown as PictureJob;
    await expect(renders.render(broken)).rejects.toThrow(/picture could not be drawn/);
    expect(decodePng(await renders.render(chart('next'))).width).toBe(1600);
  });
});

describe('picture cache', () => {
  function counting() {
    const drawn: string[] = [];
    const cache = new PictureCache(
      async (job) => {
        drawn.push(job.kind === 'chart' ? job.picture.title : 'map');
        return new Uint8Array(100);
      },
      { maxEntries: 2, maxBytes: 250 },
    );
    return { cache, drawn };
  }

  it('draws a picture asked twice, or twice at once, only once', async () => {
    const { cache, drawn } = counting();
    await Promise.all([
      cache.render({ job: chart('a'), dataVersion: 1 }),
      cache.render({ job: chart('a'), dataVersion: 1 }),
    ]);
    await cache.render({ job: chart('a'), dataVersion: 1 });
    expect(drawn).toEqual(['a']);
  });

  it('keeps the most recently used pictures within its bounds', async () => {
    const { cache, drawn } = counting();
    for (const title of ['a', 'b', 'a', 'c', 'a', 'b']) await cache.render({ job: chart(title), dataVersion: 1 });
    // 'b' was the least recently used when 'c' came in; 'a' stayed.
    expect(drawn).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBeLessThanOrEqual(2);
  });

  it('forgets every picture when the data changes', async () => {
    const { cache, drawn } = counting();
    await cache.render({ job: chart('a'), dataVersion: 1 });
    await cache.render({ job: chart('a'), dataVersion: 2 });
    expect(drawn).toEqual(['a', 'a']);
    expect(cache.size).toBe(1);
  });

  it('does not keep a failed drawing', async () => {
    let fail = true;
    const cache = new PictureCache(async () => {
      if (fail) throw new Error('boom');
      return new Uint8Array(1);
    });
    await expect(cache.render({ job: chart('a'), dataVersion: 1 })).rejects.toThrow('boom');
    fail = false;
    await expect(cache.render({ job: chart('a'), dataVersion: 1 })).resolves.toHaveLength(1);
  });
});
