import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../src/emulator/index.ts';
import { TEST_TOKEN } from './support/botHarness.ts';
import { startBotProcess, type BotProcess } from './support/botProcess.ts';
import { dispatch, slash } from './support/discord.ts';
import { runScript, waitForOutput } from './support/process.ts';

/**
 * The README says: copy `.env.example` to `.env` and fill in what you need. Every value it ships with (empty ones
 * included, such as SHARD_COUNT, which discord.js also reads from the environment) must start the bot as documented.
 */
const example = parseEnv(readFileSync(new URL('../.env.example', import.meta.url), 'utf8')) as Record<string, string>;
// Free ports, so the test runs beside others; everything else as shipped.
const asShipped = { ...example, PLAYGROUND_PORT: '0', HTTP_PORT: '0' };

describe('.env.example as it is', () => {
  let fake: FakeDiscord;
  let bot: BotProcess | undefined;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('ships an empty SHARD_COUNT (the case that crashed discord.js)', () => {
    expect(example).toHaveProperty('SHARD_COUNT', '');
  });

  it('with a token, connects to Discord and answers', async () => {
    // The Discord settings are the ones a user fills in: here, the fake Discord's.
    const filledIn = Object.fromEntries(Object.entries(asShipped).filter(([name]) => !name.startsWith('DISCORD_')));
    bot = await startBotProcess(fake, TEST_TOKEN, { entry: 'src/main.ts', env: filledIn });
    const outcome = await dispatch(fake, slash('help'));
    expect(outcome.callback.type).toBe(4);
  }, 40_000);

  it('without a token, starts the playground', async () => {
    const script = runScript('src/main.ts', asShipped);
    try {
      await waitForOutput(script, 'Playground ready', 30_000);
      expect(script.output()).not.toMatch(/fatal|shardCount/i);
    } finally {
      script.child.kill('SIGTERM');
      await script.exited;
    }
  }, 40_000);
});
