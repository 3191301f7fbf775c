/**
 * End-to-end benchmark (`npm run bench`): the bot as its own process, as `npm start` runs it (node --import tsx
 * src/main.ts), against the fake Discord on loopback in this process; and, in the same run, a trivial discord.js bot
 * with the same client options answering a constant embed — the floor set by discord.js and the network stack.
 *
 * Latency is from INTERACTION_CREATE sent to the callback received, one interaction at a time, the two bots taking
 * turns batch by batch after a warm-up. Startup (spawn to "connected to Discord") and RSS at ready are the median of
 * three starts, with tsx and precompiled (esbuild bundle on plain node) to show what the loader costs.
 */
import type { InteractionRequest } from '../src/app/router.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { startBotProcess, type BotProcess } from '../test/support/botProcess.ts';
import { dispatch, slash, typing } from '../test/support/discord.ts';
import { precompile, removeBundles } from './bench/precompile.ts';
import { median, quantile, table, type Row } from './bench/stats.ts';

const TOKEN = 'bench-token-abcdefghijklmnopqrstuvwxyz0123';
const STARTS = 3;
const WARM_UP = 1000;
const SAMPLES = 2500;
const BATCH = 50;

const SCENARIOS: Record<string, InteractionRequest[]> = {
  search: ['eau', 'culture', 'jeunesse', 'santé', 'climat'].map((query) => slash('search', { query })),
  ask: [
    'quels projets en Afrique ?',
    'which French regions work with Cameroon?',
    'combien de projets en Nouvelle-Aquitaine ?',
    'la Normandie travaille-t-elle avec le Mali ?',
    'projets eau potable en Afrique',
  ].map((question) => slash('ask', { question })),
  country: ['benin', 'senegal', 'madagascar', 'vietnam', 'maroc'].map((name) => slash('country', { name })),
  'project card': ['aapg-2021-perigueux-lao-cai', 'aapg-2021-dijon-fier', 'aapg-2021-ifs-debar'].map((id) =>
    slash('project', { id }),
  ),
  autocomplete: ['b', 'ben', 'sen', 'mad', 'viet'].map((value) => typing('country', 'name', value)),
};

interface Running {
  fake: FakeDiscord;
  bot: BotProcess;
}

async function start(entry: string): Promise<Running> {
  const fake = await FakeDiscord.start({ token: TOKEN, callbackDeadlineMs: 3000 });
  try {
    return { fake, bot: await startBotProcess(fake, TOKEN, { entry }) };
  } catch (error) {
    await fake.close();
    throw error;
  }
}

async function stop({ fake, bot }: Running): Promise<void> {
  await bot.stop();
  await fake.close();
}

/** Median startup time and RSS at ready over STARTS starts; the last one is left running. */
async function startup(entry: string): Promise<{ readyMs: number; rssMb: number; running: Running }> {
  const ready: number[] = [];
  const rss: number[] = [];
  for (let attempt = 1; ; attempt++) {
    const running = await start(entry);
    ready.push(running.bot.readyMs);
    rss.push(running.bot.rssMb());
    if (attempt === STARTS) return { readyMs: median(ready), rssMb: median(rss), running };
    await stop(running);
  }
}

async function latencies(running: Running, requests: readonly InteractionRequest[], count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const outcome = await dispatch(running.fake, requests[index % requests.length] as InteractionRequest);
    samples.push(outcome.latencyMs);
  }
  return samples;
}

async function main(): Promise<void> {
  const began = performance.now();
  console.log('Precompiling both bots (esbuild), to compare startup without tsx…');
  const [oursBundle, trivialBundle] = await Promise.all([
    precompile('src/main.ts', 'main'),
    precompile('scripts/bench/trivial-bot.ts', 'trivial-bot'),
  ]);
  const precompiled = {
    ours: await startup(oursBundle),
    trivial: await startup(trivialBundle),
  };
  await Promise.all([stop(precompiled.ours.running), stop(precompiled.trivial.running)]);
  console.log(`Starting each bot ${STARTS} times with node --import tsx…`);
  const ours = await startup('src/main.ts');
  const trivial = await startup('scripts/bench/trivial-bot.ts');
  const bots = { ours: ours.running, trivial: trivial.running };

  try {
    console.log(`Warming up (${WARM_UP} interactions each, all scenarios)…`);
    for (const running of Object.values(bots)) {
      await latencies(running, Object.values(SCENARIOS).flat(), WARM_UP);
    }
    console.log(`Measuring ${SAMPLES} samples per scenario and bot, alternating batches of ${BATCH}…`);
    const samples = new Map(
      Object.keys(SCENARIOS).map((name) => [name, { ours: [] as number[], trivial: [] as number[] }]),
    );
    for (let round = 0; round < SAMPLES / BATCH; round++) {
      for (const [name, requests] of Object.entries(SCENARIOS)) {
        const order = round % 2 === 0 ? (['ours', 'trivial'] as const) : (['trivial', 'ours'] as const);
        for (const bot of order) samples.get(name)?.[bot].push(...(await latencies(bots[bot], requests, BATCH)));
      }
    }

    const rows: Row[] = [];
    for (const [name, { ours: mine, trivial: floor }] of samples) {
      const [oursMedian, trivialMedian] = [median(mine), median(floor)];
      rows.push(
        {
          metric: `${name}: median (ms)`,
          ours: oursMedian,
          trivial: trivialMedian,
          target: '≤ 1.3× trivial',
          met: oursMedian <= 1.3 * trivialMedian,
        },
        {
          metric: `${name}: p99 (ms)`,
          ours: quantile(mine, 0.99),
          trivial: quantile(floor, 0.99),
          target: '≤ 15 ms',
          met: quantile(mine, 0.99) <= 15,
        },
      );
    }
    // Reading a question costs more than a word search, but not much: the same run, side by side.
    const [askMedian, searchMedian] = ['ask', 'search'].map((name) => median(samples.get(name)?.ours ?? []));
    rows.push({
      metric: 'ask: median, "trivial" = our search (ms)',
      ours: askMedian ?? Number.NaN,
      trivial: searchMedian ?? Number.NaN,
      target: '≤ 1.5× search',
      met: askMedian !== undefined && searchMedian !== undefined && askMedian <= 1.5 * searchMedian,
    });
    const startups = [
      ['node --import tsx', { ours, trivial }],
      ['precompiled', precompiled],
    ] as const;
    rows.push(
      ...startups.map(([how, runs]) => ({
        metric: `ready, ${how} (ms)`,
        ours: runs.ours.readyMs,
        trivial: runs.trivial.readyMs,
        target: '≤ 2000 ms',
        met: runs.ours.readyMs <= 2000,
      })),
      ...startups.map(([how, runs]) => ({
        metric: `RSS at ready, ${how === 'precompiled' ? how : 'tsx'} (MB)`,
        ours: runs.ours.rssMb,
        trivial: runs.trivial.rssMb,
        target: '≤ 120 MB',
        met: runs.ours.rssMb <= 120,
      })),
      {
        metric: 'RSS after the load, tsx (MB)',
        ours: bots.ours.bot.rssMb(),
        trivial: bots.trivial.bot.rssMb(),
        target: '—',
        met: undefined,
      },
    );
    const count = Object.keys(SCENARIOS).length * SAMPLES;
    console.log(`\n${table(rows)}\n`);
    console.log(
      `Latency: ${count} samples per bot (node --import tsx) over loopback, one interaction at a time. ` +
        `Startup and RSS at ready: median of ${STARTS} starts. ` +
        `Node ${process.version}. Took ${((performance.now() - began) / 1000).toFixed(0)} s.`,
    );
  } finally {
    await Promise.all(Object.values(bots).map(stop));
    removeBundles();
  }
}

await main();
