import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { READY_LINE } from '../src/bot/readyLine.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DATASET_FILE } from '../src/data/paths.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { asBody, dispatch, messageOf, slash } from './support/discord.ts';
import { listedIds } from './support/router.ts';
import { logLines, runScript, waitForOutput, type RunningScript } from './support/process.ts';

/**
 * `npm start` (src/main.ts) as its own process, serving a temporary copy of the dataset, which the test rewrites:
 * reloaded on SIGHUP and by the file watch, an invalid file refused with the old data still serving, a valid one
 * swapped in whole. Files are replaced by rename, as deploy tools and editors do.
 */
const TOKEN = 'reload-test-token-abcdefghijklmnopqrstuvwxyz';
const ORIGINAL = readFileSync(DATASET_FILE, 'utf8');
type Dataset = { projects: { id: string; title?: string }[] };
const parsed = (): Dataset => JSON.parse(ORIGINAL) as Dataset;

/** The dataset without one of Benin's two projects. */
function withoutPortoNovo(): string {
  const dataset = parsed();
  dataset.projects = dataset.projects.filter((project) => project.id !== 'aapg-2021-cergy-porto-novo');
  return JSON.stringify(dataset);
}

function withoutTitle(index: number): string {
  const dataset = parsed();
  delete dataset.projects[index]?.title;
  return JSON.stringify(dataset);
}

let dir: string;
let file: string;
let fake: FakeDiscord;
let bot: RunningScript | undefined;

/** Replaces the data file atomically: written aside, then renamed over it. */
function replaceData(text: string): void {
  writeFileSync(`${file}.next`, text);
  renameSync(`${file}.next`, file);
}

const discordEnv = (dataFile: string) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_API_URL: fake.apiUrl,
  DATA_FILE: dataFile,
});

/** Benin's list as the bot shows it now: its title and the project ids its menu offers. */
async function benin(): Promise<{ title: string | undefined; ids: string[] }> {
  const body = asBody(messageOf(await dispatch(fake, slash('country', { name: 'benin' }))));
  return { title: body.embeds[0]?.title, ids: listedIds(body) };
}
const OLD = {
  title: '🇧🇯 Benin · 2 projects',
  ids: ['aapg-2021-grand-est-borgou-centrale', 'aapg-2021-cergy-porto-novo'],
};
const NEW = { title: '🇧🇯 Benin · 1 project', ids: ['aapg-2021-grand-est-borgou-centrale'] };

/**
 * The first reload log line (accepted or refused) after the first `since` lines with that trigger — and, when given,
 * that many projects: a poll may still report the previous test's change.
 */
async function reloadLog(since: number, trigger: string, projects?: number): Promise<Record<string, unknown>> {
  let found: Record<string, unknown> | undefined;
  await vi.waitFor(
    () => {
      found = logLines(bot as RunningScript)
        .slice(since)
        .find(
          (line) =>
            String(line.msg).startsWith('dataset reload') &&
            line.trigger === trigger &&
            (projects === undefined || line.projects === projects),
        );
      expect(found).toBeDefined();
    },
    { timeout: 5000, interval: 25 },
  );
  return found ?? {};
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'laureates-reload-'));
  file = join(dir, 'laureates.json');
  writeFileSync(file, ORIGINAL);
  fake = await FakeDiscord.start({ token: TOKEN });
  bot = runScript('src/main.ts', discordEnv(file));
  await fake.waitForClient(20_000);
  await waitForOutput(bot, READY_LINE);
});
afterAll(async () => {
  bot?.child.kill('SIGKILL');
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reloading the dataset without a restart', () => {
  it('serves the copy it was started on', async () => {
    expect(await benin()).toEqual(OLD);
  });

  it('SIGHUP with an invalid file: refused, logged naming the file, path and field; the old data keeps serving', async () => {
    const since = logLines(bot as RunningScript).length;
    replaceData(withoutTitle(2));
    bot?.child.kill('SIGHUP');
    const refused = await reloadLog(since, 'SIGHUP');
    expect(refused).toMatchObject({ level: 'error', msg: 'dataset reload refused; still serving the previous data' });
    expect(refused.reason).toContain(`${file}: projects[2].title, field "title"`);
    expect(await benin()).toEqual(OLD);
  });

  it('SIGHUP with a valid file: swapped in whole — each answer meanwhile is all old or all new, then new', async () => {
    const since = logLines(bot as RunningScript).length;
    replaceData(withoutPortoNovo());
    const answers = [await benin()];
    bot?.child.kill('SIGHUP');
    // Ask while the reload happens (on a worker thread), until the log says it is done (or 10 s), and once more.
    const reloaded = () =>
      logLines(bot as RunningScript)
        .slice(since)
        .some((line) => line.msg === 'dataset reloaded');
    const asking = performance.now();
    while (!reloaded() && performance.now() - asking < 10_000) answers.push(await benin());
    answers.push(await benin());
    for (const answer of answers) expect([OLD, NEW]).toContainEqual(answer);
    expect(answers.at(-1)).toEqual(NEW);
    expect(await reloadLog(since, 'SIGHUP')).toMatchObject({ msg: 'dataset reloaded', projects: 15 });
  });

  it('the file watch alone reloads a file replaced by rename, and keeps watching the new one', async () => {
    const since = logLines(bot as RunningScript).length;
    replaceData(ORIGINAL);
    await reloadLog(since, 'file change', 16);
    expect(await benin()).toEqual(OLD);
    const next = logLines(bot as RunningScript).length;
    writeFileSync(file, withoutPortoNovo());
    await reloadLog(next, 'file change', 15);
    expect(await benin()).toEqual(NEW);
  });
});

describe('starting on an invalid dataset (see also bot-process.test.ts)', () => {
  it.each([
    ['a file that is not JSON', '{"schemaVersion": 1, "calls": [', '(root), field "(json)": is not valid JSON'],
    ['a project missing its title', withoutTitle(2), 'projects[2].title, field "title"'],
  ])(
    'exits 1 on %s, naming the file, path and field',
    async (_case, text, expected) => {
      const invalid = join(dir, 'invalid.json');
      writeFileSync(invalid, text);
      const script = runScript('src/main.ts', discordEnv(invalid));
      expect(await script.exited).toBe(1);
      expect(script.output()).toContain(`${invalid}: ${expected}`);
      expect(script.output()).not.toMatch(/\n\s+at /);
    },
    30_000,
  );
});
