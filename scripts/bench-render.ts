/**
 * Picture benchmark (part of `npm run bench`; alone: `npm run bench:render`): the map and the chart as the bot draws
 * them, through the worker pool and its cache. Reports render time (p50/p99) for a first picture on a fresh thread,
 * a picture drawn (cache miss) and a picture cached; PNG sizes; RSS after 100 renders; and, side by side with the
 * naive baseline of drawing on the bot's own thread, how long 20 maps at once block the event loop.
 */
import { loadCatalog } from '../src/data/dataset.ts';
import { localeFor } from '../src/i18n/index.ts';
import type { PictureJob } from '../src/render/draw.ts';
import { FONT_FILES } from '../src/render/fonts.ts';
import { createPictureService } from '../src/render/service.ts';
import { statsChartPicture } from '../src/views/chartView.ts';
import { mapPicture } from '../src/views/mapView.ts';
import { quantile } from './bench/stats.ts';

const catalog = loadCatalog();
const calls = ['AAP Généraliste 2021'];
const locales = [localeFor('en-US'), localeFor('fr')];
const regions = [...new Set(catalog.projects.map((project) => project.region.code))];

/** Every map a person can ask for by region (and all laureates), in both languages: distinct pictures. */
const maps: PictureJob[] = locales.flatMap((locale) => [
  { kind: 'map', picture: mapPicture({ projects: catalog.projects }, calls, locale) },
  ...regions.map((code): PictureJob => ({
    kind: 'map',
    picture: mapPicture(
      { projects: catalog.projects.filter((project) => project.region.code === code), label: code },
      calls,
      locale,
    ),
  })),
]);
const charts: PictureJob[] = locales.map((locale) => ({
  kind: 'chart',
  picture: statsChartPicture(catalog.stats(), calls, locale),
}));

const ms = (value: number) => value.toFixed(1).padStart(8);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

async function renderTimes(label: string, jobs: PictureJob[], count: number): Promise<void> {
  const service = createPictureService({ pool: { size: 1 } });
  const [firstMs, firstPng] = await timed(() => service.render({ job: jobs[0] as PictureJob, dataVersion: 0 }));
  const drawn: number[] = [];
  const cached: number[] = [];
  const sizes: number[] = [firstPng.byteLength];
  for (let index = 0; index < count; index++) {
    const job = jobs[index % jobs.length] as PictureJob;
    // A new data version empties the cache: every one of these is drawn.
    const [drawMs, png] = await timed(() => service.render({ job, dataVersion: index + 1 }));
    drawn.push(drawMs);
    sizes.push(png.byteLength);
    const [cachedMs] = await timed(() => service.render({ job, dataVersion: index + 1 }));
    cached.push(cachedMs);
  }
  await service.close();
  console.log(
    `${label.padEnd(6)} first (fresh thread) ${ms(firstMs)} ms | drawn p50 ${ms(quantile(drawn, 0.5))} p99 ${ms(quantile(drawn, 0.99))} ms | ` +
      `cached p50 ${ms(quantile(cached, 0.5))} p99 ${ms(quantile(cached, 0.99))} ms | PNG ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))}`,
  );
}

/** 20 maps at once: wall time until all are drawn, and the longest the event loop could not run meanwhile. */
async function burst(label: string, draw: (job: PictureJob) => Promise<unknown>): Promise<[number, number]> {
  const jobs = Array.from({ length: 20 }, (_, index) => maps[index % maps.length] as PictureJob);
  let last = performance.now();
  let stallMs = 0;
  const tick = () => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  };
  const ticker = setInterval(tick, 2);
  const [wallMs] = await timed(() => Promise.all(jobs.map(draw)));
  tick();
  clearInterval(ticker);
  console.log(`${label.padEnd(34)} all drawn in ${ms(wallMs)} ms, worst event-loop stall ${ms(stallMs)} ms`);
  return [wallMs, stallMs];
}

const rssMb = () => `${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  console.log(`Pictures: ${maps.length} distinct maps, ${charts.length} charts; 1 render thread (2-core machine).`);
  console.log(`RSS before any picture: ${rssMb()}`);
  await renderTimes('map', maps, 100);
  await renderTimes('chart', charts, 100);

  const service = createPictureService({ pool: { size: 1 } });
  for (let index = 0; index < 100; index++)
    await service.render({ job: maps[index % maps.length] as PictureJob, dataVersion: index });
  console.log(`RSS after 100 more map renders (this process and its render thread): ${rssMb()}`);

  console.log('\n20 distinct maps at once (cache emptied):');
  const [, pooledStall] = await burst('worker pool (ours)', (job) => service.render({ job, dataVersion: -1 }));
  // Loaded only now, so that the RSS above is the bot's with its render thread, not with the baseline's atlas too.
  const { drawPicture } = await import('../src/render/draw.ts');
  const [, inlineStall] = await burst('baseline: drawn on the bot thread', async (job) => drawPicture(job, FONT_FILES));
  console.log(`event-loop stall, ours / baseline: ${(pooledStall / inlineStall).toFixed(3)}×`);
  await service.close();
}

await main();
