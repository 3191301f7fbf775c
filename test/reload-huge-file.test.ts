import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { READY_LINE } from '../src/bot/readyLine.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET_FILE } from '../src/data/paths.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { BENIN_TITLE, beninTitle } from './support/discord.ts';
import { logLines, rssMb, runScript, waitForOutput, type RunningScript } from './support/process.ts';

/**
 * An 80 MB invalid dataset swapped in while the bot runs used to peak at 3.8 GB of RSS and lose answers, although the
 * bot promises to keep serving the last good data. `npm start` as its own process, asked questions all along: with
 * the default 64 MB cap the file is refused unread; with the cap raised it is parsed and checked on a worker thread
 * with bounded memory — either way every answer is right and prompt, and the refusal names the file.
 */
const TOKEN = 'huge-reload-test-token-abcdefghijklmnopqrstuvwxyz';
const ORIGINAL = readFileSync(DATASET_FILE, 'utf8');
let dir: string;
let fake: FakeDiscord;
let hugeInvalid: string;

/** About `megabytes` of projects, each with an empty title: one problem per record. */
function invalidDataset(megabytes: number): string {
  const dataset = JSON.parse(ORIGINAL) as { projects: Record<string, unknown>[] };
  const models = dataset.projects.map((project) => ({ ...project, title: '' }));
  const perProject = Buffer.byteLength(JSON.stringify(models)) / models.length;
  const count = Math.ceil((megabytes * 2 ** 20) / perProject);
  dataset.projects = Array.from({ length: count }, (_, index) => ({
    ...models[index % models.length],
    id: `bulk-${index}`,
  }));
  return JSON.stringify(dataset);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'laureates-huge-'));
  hugeInvalid = join(dir, 'huge.json');
  writeFileSync(hugeInvalid, invalidDataset(82));
  fake = await FakeDiscord.start({ token: TOKEN });
});
afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Trial {
  answers: (string | undefined)[];
  slowestMs: number;
  rssGrowthMb: number;
  refusal: Record<string, unknown>;
}

/**
 * Starts the bot on a good copy of the data, asks questions, swaps the huge file in by rename and sends SIGHUP, and
 * keeps asking (sampling RSS) until the refusal is logged, then a while longer.
 */
async function swapInDuringQuestions(env: Record<string, string>): Promise<Trial> {
  const file = join(dir, `laureates-${Object.keys(env).length}.json`);
  writeFileSync(file, ORIGINAL);
  const bot: RunningScript = runScript('src/main.ts', {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DATA_FILE: file,
    ...env,
  });
  try {
    await fake.waitForClient(20_000);
    await waitForOutput(bot, READY_LINE);
    const pid = bot.child.pid ?? 0;
    const answers: (string | undefined)[] = [];
    let slowestMs = 0;
    const ask = async () => {
      const started = performance.now();
      answers.push(await beninTitle(fake, 5000));
      slowestMs = Math.max(slowestMs, performance.now() - started);
    };
    for (let i = 0; i < 20; i++) await ask();
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
    try {
      const since = logLines(bot).length;
      renameSync(hugeInvalid, `${file}.next`);
      renameSync(`${file}.next`, file);
      bot.child.kill('SIGHUP');
      const refusals = () =>
        logLines(bot)
          .slice(since)
          .filter((line) => line.msg === 'dataset reload refused; still serving the previous data');
      const asking = performance.now();
      while (refusals().length === 0 && performance.now() - asking < 60_000) await ask();
      // The file watch sees the swap too: its reload is refused the same way.
      for (let i = 0; i < 20; i++) await ask();
      await vi.waitFor(() => expect(refusals().length).toBeGreaterThan(0), { timeout: 60_000 });
      renameSync(file, hugeInvalid);
      return { answers, slowestMs, rssGrowthMb: peak - before, refusal: refusals()[0] ?? {} };
    } finally {
      clearInterval(sampler);
    }
  } finally {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
}

describe('an 80 MB invalid dataset swapped in during a stream of questions', () => {
  it('is 80 MB of projects each with a problem', () => {
    expect(statSync(hugeInvalid).size).toBeGreaterThan(80 * 2 ** 20);
  });

  it('with the default cap: refused before being read, every answer right', async () => {
    const trial = await swapInDuringQuestions({});
    expect(trial.refusal).toMatchObject({ level: 'error', trigger: 'SIGHUP' });
    expect(trial.refusal.reason).toMatch(
      /laureates-0\.json: \(file\), field "\(file\)": is 8\d\.\d MB, over the limit of 64\.0 MB \(DATA_MAX_BYTES=67108864\); not read/,
    );
    expect(trial.answers.every((title) => title === BENIN_TITLE)).toBe(true);
    console.log(
      `cap: ${trial.answers.length} answers, slowest ${trial.slowestMs.toFixed(0)} ms, RSS +${trial.rssGrowthMb.toFixed(0)} MB`,
    );
    // Starting the worker thread itself (a fresh isolate) is most of it.
    expect(trial.rssGrowthMb).toBeLessThan(80);
  }, 120_000);

  it('with the cap raised past it: checked on a worker thread, refused naming the file and the first problems', async () => {
    const trial = await swapInDuringQuestions({ DATA_MAX_BYTES: String(200 * 2 ** 20) });
    expect(trial.refusal).toMatchObject({ level: 'error', trigger: 'SIGHUP' });
    expect(trial.refusal.reason).toMatch(
      /laureates-1\.json: projects\[0\]\.title, field "title": must not be empty \(and \d{6} more problems: projects\[1\]\.title, .*…\)/,
    );
    expect(trial.answers.every((title) => title === BENIN_TITLE)).toBe(true);
    console.log(
      `worker: ${trial.answers.length} answers, slowest ${trial.slowestMs.toFixed(0)} ms, RSS +${trial.rssGrowthMb.toFixed(0)} MB`,
    );
    // The event loop never waits for the check: answers stay prompt.
    expect(trial.slowestMs).toBeLessThan(1000);
    // The worker's heap is capped at 768 MB; the old code peaked at 3.8 GB.
    expect(trial.rssGrowthMb).toBeLessThan(1000);
  }, 180_000);
});
