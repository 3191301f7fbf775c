import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../src/emulator/index.ts';
import { errorLines, startBotHarness, type BotHarness } from './support/botHarness.ts';
import { BENIN_TITLE, beninTitle } from './support/discord.ts';

/**
 * The real bot against gateway failures from the fake Discord. Each interaction is dispatched the moment the
 * connection is gone, so it can only be answered once the bot is back: replayed on RESUME, or (the emulator's
 * kindness; Discord would drop it) delivered after the new session's READY.
 */
let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('gateway faults: the bot comes back and answers', () => {
  it.each([
    ['close 4000 (unknown error)', 'resumes', (fake: FakeDiscord) => fake.closeGateway(4000)],
    ['close 1000 (session ended)', 're-identifies', (fake: FakeDiscord) => fake.closeGateway(1000)],
    ['a TCP drop (no close frame)', 'resumes', (fake: FakeDiscord) => fake.dropGateway()],
    ['op 7 RECONNECT', 'resumes', (fake: FakeDiscord) => fake.sendReconnect()],
    ['op 9 INVALID_SESSION (resumable)', 'resumes', (fake: FakeDiscord) => fake.sendInvalidSession(true)],
    ['op 9 INVALID_SESSION (not resumable)', 're-identifies', (fake: FakeDiscord) => fake.sendInvalidSession(false)],
  ] as const)('after %s it %s and answers what was sent meanwhile', async (_fault, expected, inject) => {
    const { fake } = harness;
    const before = fake.stats();
    inject(fake);
    expect(fake.clientConnected).toBe(false);
    expect(await beninTitle(fake)).toBe(BENIN_TITLE);
    const after = fake.stats();
    expect({ identifies: after.identifies - before.identifies, resumes: after.resumes - before.resumes }).toEqual(
      expected === 'resumes' ? { identifies: 0, resumes: 1 } : { identifies: 1, resumes: 0 },
    );
    expect(await beninTitle(fake)).toBe(BENIN_TITLE);
  });

  it('logged each resume, and no error', () => {
    expect(harness.logs.filter((line) => line.msg === 'gateway resumed')).toHaveLength(4);
    expect(errorLines(harness.logs)).toEqual([]);
  });
});
