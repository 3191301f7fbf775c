import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot } from '../src/bot/run.ts';
import { connectWithRetry, StartupError } from '../src/bot/startup.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { logLines, runScript } from './support/process.ts';

/**
 * At start, a bad token or an unreachable Discord used to exit with a raw discord.js stack, outside the log's
 * redaction. Now: one structured fatal line that says what to do; an unreachable Discord is retried with backoff first.
 */
const RIGHT = 'startup-test-right-token-abcdefghijklmnop';
const WRONG = 'startup-test-wrong-token-abcdefghijklmnop';
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start({ token: RIGHT });
});
afterAll(async () => fake?.close());

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('npm start with a token Discord refuses', () => {
  it('exits 1 with one fatal JSON line naming DISCORD_TOKEN, no stack and no token', async () => {
    const script = runScript('src/main.ts', {
      DISCORD_TOKEN: WRONG,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(await script.exited).toBe(1);
    const fatal = logLines(script).filter((line) => line.level === 'fatal');
    expect(fatal).toEqual([
      expect.objectContaining({ reason: 'token-invalid', msg: expect.stringContaining('DISCORD_TOKEN') }),
    ]);
    expect(script.output()).not.toMatch(/\n\s+at /);
    expect(script.output()).not.toContain(WRONG);
  }, 30_000);
});

describe('an unreachable Discord at start', () => {
  it('is retried with growing delays, then fails with a clear reason', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const store = new CatalogStore(DATASET_FILE, logger);
    const apiUrl = `http://127.0.0.1:${await closedPort()}/api`;
    const failure = await connectWithRetry(() => startBot({ token: RIGHT, apiUrl, store, logger }), {
      logger,
      target: apiUrl,
      attempts: 3,
      firstDelayMs: 20,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure).toMatchObject({ reason: 'discord-unreachable' });
    expect((failure as Error).message).toContain(`Discord is unreachable at ${apiUrl} (ECONNREFUSED) after 3 attempts`);
    const retries = lines.filter((line) => line.msg === 'Discord unreachable; retrying');
    expect(retries.map((line) => line.retryInMs)).toEqual([20, 40]);
  });

  it('comes up once Discord answers, on a later attempt', async () => {
    const logger = pino({ level: 'silent' });
    const store = new CatalogStore(DATASET_FILE, logger);
    let attempts = 0;
    const client = await connectWithRetry(
      () => {
        attempts++;
        const apiUrl = attempts < 2 ? 'http://127.0.0.1:9/api' : fake.apiUrl;
        return startBot({ token: RIGHT, apiUrl, store, logger });
      },
      { logger, target: 'test', firstDelayMs: 10 },
    );
    expect(attempts).toBe(2);
    expect(client.isReady()).toBe(true);
    await client.destroy();
  });
});
