import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { errorLines, startBotHarness, watchUnhandledRejections, type BotHarness } from './support/botHarness.ts';
import { BENIN_TITLE, beninTitle, click, dispatch, messageOf, slash } from './support/discord.ts';
import { delayedRouter } from './support/router.ts';

/**
 * The real bot against REST failures from the fake Discord (3 s callback deadline): a 500 or a 429 on the interaction
 * callback, and on what a deferred answer sends afterwards (the @original edit, follow-ups). discord.js retries a 5xx
 * up to 3 times and waits out a 429; beyond that the bot logs the failure and carries on.
 */
let delayMs = 0;
let harness: BotHarness;
const rejections = watchUnhandledRejections();
beforeAll(async () => {
  harness = await startBotHarness({
    fake: { callbackDeadlineMs: 3000 },
    bot: { router: delayedRouter(() => delayMs), deferAfterMs: 100 },
  });
});
afterAll(async () => {
  rejections.stop();
  await harness?.close();
});

const CALLBACK = { method: 'POST', pathIncludes: '/callback' };
const FOLLOW_UP = { method: 'POST', pathIncludes: '/webhooks/' };
const EDIT_ORIGINAL = { method: 'PATCH', pathIncludes: '/messages/@original' };
const failures = () => harness.logs.filter((line) => line.msg === 'could not answer interaction');

/** A public Share click answered slowly: type 6 at once; resolves with the interaction id the card will carry. */
async function slowShare(): Promise<unknown> {
  const card = messageOf(await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier' })));
  delayMs = 300;
  try {
    const outcome = await dispatch(harness.fake, click('lb1|s|aapg-2021-dijon-fier'), { messageId: card.id });
    expect(outcome.callback.type).toBe(6);
    return outcome.interaction.id;
  } finally {
    delayMs = 0;
  }
}

/** The follow-up a slow Share click posts. */
const sharedCard = (interactionId: unknown) =>
  harness.fake.waitForMessage((message) => message.interactionId === interactionId);

describe('REST faults on the interaction callback', () => {
  it('a 500 is retried: answered once, nothing logged as an error', async () => {
    const before = harness.fake.stats();
    harness.fake.failNext(CALLBACK, { status: 500 });
    expect(await beninTitle(harness.fake)).toBe(BENIN_TITLE);
    const after = harness.fake.stats();
    expect([after.callbacks - before.callbacks, after.restRequests - before.restRequests]).toEqual([1, 2]);
    expect(errorLines(harness.logs)).toEqual([]);
  });

  it('a 429 with retry_after is waited out (≥ 1 s: Retry-After is whole seconds) and still answered within 3 s', async () => {
    harness.fake.failNext(CALLBACK, { status: 429, retryAfterSeconds: 0.5 });
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }), { timeoutMs: 3000 });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(1000);
    expect(outcome.latencyMs).toBeLessThan(3000);
    expect(errorLines(harness.logs)).toEqual([]);
  });

  it('a 500 on every retry is logged with its action, and the next question is answered', async () => {
    harness.fake.failNext(CALLBACK, { status: 500 }, 4);
    await expect(dispatch(harness.fake, slash('help'), { timeoutMs: 1000 })).rejects.toThrow(/no callback/);
    expect(failures()).toEqual([expect.objectContaining({ kind: 'command', action: 'help', err: expect.anything() })]);
    expect(await beninTitle(harness.fake)).toBe(BENIN_TITLE);
  });
});

describe('REST faults after a deferral', () => {
  it('a 500 on the follow-up is retried: the shared card is posted', async () => {
    harness.fake.failNext(FOLLOW_UP, { status: 500 });
    expect((await sharedCard(await slowShare())).content).toBe('📣 Shared by **Ada Lovelace**');
  });

  it('a 429 on the follow-up is waited out: the shared card is posted', async () => {
    harness.fake.failNext(FOLLOW_UP, { status: 429, retryAfterSeconds: 0.3 });
    expect((await sharedCard(await slowShare())).ephemeral).toBe(false);
  });

  it('a 500 on the edit of the deferred reply is retried: the list replaces "thinking…"', async () => {
    harness.fake.failNext(EDIT_ORIGINAL, { status: 500 });
    delayMs = 300;
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    delayMs = 0;
    expect(outcome.callback.type).toBe(5);
    const id = messageOf(outcome).id;
    const done = await harness.fake.waitForMessage((message) => message.id === id && message.embeds.length > 0);
    expect(done.embeds[0]?.title).toBe(BENIN_TITLE);
  });

  it('a follow-up failing every retry is logged as a deferred answer lost, and the bot carries on', async () => {
    harness.fake.failNext(FOLLOW_UP, { status: 500 }, 4);
    await slowShare();
    await vi.waitFor(() =>
      expect(failures().at(-1)).toMatchObject({ kind: 'component', action: 'share', deferred: true }),
    );
    expect(await beninTitle(harness.fake)).toBe(BENIN_TITLE);
  });

  it('no promise rejection went unhandled, and only the two lost answers were logged as errors', () => {
    expect(rejections.reasons).toEqual([]);
    expect(errorLines(harness.logs)).toHaveLength(2);
  });
});
