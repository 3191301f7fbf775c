import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../src/emulator/index.ts';
import { errorLines, startBotHarness, type BotHarness } from './support/botHarness.ts';
import { asBody, click, dispatch, messageOf, slash } from './support/discord.ts';
import { customIds, delayedRouter } from './support/router.ts';

/**
 * An answer slower than the deferral deadline (100 ms here, 2.5 s by default) is acknowledged first — a private
 * "thinking…" for a command, a silent acknowledgement for a component — then delivered; autocomplete, which can't be
 * deferred, gets no choices in time. The router here answers after 300 ms; the fake Discord enforces the 3 s limit.
 */
const SLOW_MS = 300;
let delayMs = 0;
let harness: BotHarness;
let list: FakeMessage;

beforeAll(async () => {
  harness = await startBotHarness({
    fake: { callbackDeadlineMs: 3000 },
    bot: { router: delayedRouter(() => delayMs), deferAfterMs: 100 },
  });
});
beforeEach(async () => {
  delayMs = 0;
  list = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
  delayMs = SLOW_MS;
});
afterAll(async () => {
  await harness?.close();
});

const settled = (id: string) =>
  harness.fake.waitForMessage((message) => message.id === id && (message.flags & MessageFlags.Loading) === 0);

describe('a slow answer is deferred, then delivered', () => {
  it('an asynchronous answer within the deadline is not deferred', async () => {
    delayMs = 10;
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(4);
  });

  it('a command: type 5 private "thinking…", then the list edited in (PATCH @original)', async () => {
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(5);
    expect(messageOf(outcome)).toMatchObject({ ephemeral: true, flags: MessageFlags.Ephemeral | MessageFlags.Loading });
    const done = await settled(messageOf(outcome).id);
    expect(done.embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
    expect(done.ephemeral).toBe(true);
  });

  it('a public share: the card is posted publicly by follow-up and the private placeholder removed', async () => {
    const outcome = await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier', share: true }));
    expect(outcome.callback.type).toBe(5);
    const shared = await harness.fake.waitForMessage(
      (message) => message.interactionId === outcome.interaction.id && !message.ephemeral,
    );
    expect(shared.content).toBe('📣 Shared by **Ada Lovelace**');
    await expect.poll(() => harness.fake.getMessage(messageOf(outcome).id)).toBeUndefined();
  });

  it('a page button: type 6, then the list edited in place', async () => {
    const pageId = customIds(asBody(list)).find((id) => id.startsWith('lb1|p|'));
    const outcome = await dispatch(harness.fake, click(pageId ?? ''), { messageId: list.id });
    expect(outcome.callback.type).toBe(6);
    const updated = await harness.fake.waitForMessage((message) => message.id === list.id && message.editedAt !== null);
    expect(updated.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
  });

  it('a menu pick: type 6, then the card as a private follow-up', async () => {
    const outcome = await dispatch(harness.fake, click('lb1|o', ['aapg-2021-dijon-fier']), { messageId: list.id });
    expect(outcome.callback.type).toBe(6);
    const card = await harness.fake.waitForMessage((message) => message.interactionId === outcome.interaction.id);
    expect(card.ephemeral).toBe(true);
    expect(card.embeds[0]?.fields?.length).toBeGreaterThan(0);
  });

  it('autocomplete, which cannot be deferred, gets no choices before the deadline and nothing after', async () => {
    const before = harness.fake.stats().restRequests;
    const outcome = await harness.fake.autocomplete({
      name: 'laureates',
      subcommand: 'country',
      options: [{ name: 'name', type: 3, value: 'ben', focused: true }],
    });
    expect(outcome.callback).toEqual({ type: 8, data: { choices: [] } });
    expect(outcome.latencyMs).toBeLessThan(SLOW_MS);
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    expect(harness.fake.stats().restRequests - before).toBe(1);
  });

  it('logged every deferred answer as such, and no error', () => {
    const deferred = harness.logs.filter((line) => line.msg === 'interaction' && line.deferred === true);
    expect(deferred.map((line) => line.action)).toEqual([
      'country',
      'project',
      'page:search',
      'open',
      'autocomplete:country',
    ]);
    expect(errorLines(harness.logs)).toEqual([]);
  });
});
