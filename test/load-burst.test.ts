import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, type InteractionOutcome } from '../src/emulator/index.ts';
import { startBotProcess, type BotProcess } from './support/botProcess.ts';
import { dispatch, messageOf, slash } from './support/discord.ts';
import { logLines, runScript } from './support/process.ts';
import { workload } from './support/workload.ts';

/**
 * Load, with budgets for CI on 2 cores: the 100,000 interactions in a row of the issue through the router alone
 * (seconds), 10,000 in a row through discord.js with the bot as its own process (src/main.ts as `npm start` runs it,
 * against the fake Discord on loopback with Discord's 3 s deadline on), and a burst of 1,000 at once through it too.
 *
 * Memory is "flat" when RSS after them all is at most 1.2 × RSS after the first 1,000, each read in a process of its
 * own once its garbage is collected and handed back (support/memory.ts): what it holds on to, not the high-water mark
 * of the last burst of work, which V8 returns only over a few collections (read right after one GC, the same run
 * shows 1.0–1.3 × at random). The router run also checks the JS heap in use, which is what a leak in our code grows.
 */
const TOKEN = 'load-test-token-abcdefghijklmnopqrstuvwxyz';

describe('load at the router, in a process of its own (no network)', () => {
  it('100,000 interactions in a row leave memory flat: RSS and JS heap ≤ 1.2 × after the first 1,000', async () => {
    const script = runScript('test/support/routerLoad.ts', {}, ['100000'], ['--expose-gc']);
    expect(await script.exited, script.output()).toBe(0);
    const [first, all] = logLines(script) as { rssMb: number; heapUsedMb: number }[];
    const mb = (line?: { rssMb: number; heapUsedMb: number }) =>
      `RSS ${line?.rssMb.toFixed(1)} MB, heap ${line?.heapUsedMb.toFixed(1)} MB`;
    console.log(`router after 1,000: ${mb(first)}; after 100,000: ${mb(all)}`);
    expect(all?.heapUsedMb).toBeLessThanOrEqual(1.2 * (first?.heapUsedMb ?? 0));
    expect(all?.rssMb).toBeLessThanOrEqual(1.2 * (first?.rssMb ?? 0));
  }, 60_000);
});

describe('load through discord.js, the bot in its own process', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let listId: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, callbackDeadlineMs: 3000 });
    bot = await startBotProcess(fake, TOKEN, { exposeGc: true });
    listId = messageOf(await dispatch(fake, slash('search', { query: '2021' }))).id;
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  const send = (index: number): Promise<InteractionOutcome> =>
    dispatch(fake, workload(index), { messageId: listId, timeoutMs: 10_000 });

  /** Interactions `from` to `to` of the workload, in a row with 8 in flight (one at a time would take twice as long). */
  async function inARow(from: number, to: number): Promise<void> {
    let next = from;
    const lane = async () => {
      while (next < to) await send(next++);
    };
    await Promise.all(Array.from({ length: 8 }, lane));
  }

  it('10,000 interactions in a row (8 in flight) leave the bot process flat: RSS ≤ 1.2 × after the first 1,000', async () => {
    await inARow(0, 1000);
    const first = await bot.rssMbAfterGc();
    await inARow(1000, 10_000);
    const all = await bot.rssMbAfterGc();
    console.log(`bot RSS after 1,000: ${first.toFixed(1)} MB; after 10,000: ${all.toFixed(1)} MB`);
    expect(all).toBeLessThanOrEqual(1.2 * first);
  }, 60_000);

  it('a burst of 1,000 at once (commands, autocomplete, a button) is all answered, each within 3 s', async () => {
    const outcomes = await Promise.all(Array.from({ length: 1000 }, (_, index) => send(index)));
    const slowest = Math.max(...outcomes.map((outcome) => outcome.latencyMs));
    console.log(`burst of 1,000: slowest answer ${slowest.toFixed(0)} ms`);
    expect(slowest).toBeLessThan(3000);
    expect(logLines(bot.script).filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
  }, 30_000);
});
