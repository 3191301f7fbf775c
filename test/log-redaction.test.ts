import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, redactTokenPaths } from '../src/bot/logger.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { click, dispatch, messageOf, slash } from './support/discord.ts';
import { delayedRouter } from './support/router.ts';

/**
 * A failed REST call used to log its URL, which carries the 15-minute interaction token, and the whole request body.
 * Through the bot's own logger, against the fake Discord's fault injection: neither reaches a line.
 */
let delayMs = 0;
let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness({
    productionLogger: true,
    fake: { callbackDeadlineMs: 3000 },
    bot: { router: delayedRouter(() => delayMs), deferAfterMs: 100 },
  });
});
afterAll(async () => harness?.close());

const failures = () => harness.logs.filter((line) => line.msg === 'could not answer interaction');
const TOKEN_PATH = /\/(interactions|webhooks)\/\d+\/(?!\[REDACTED\])/;

describe('a failed REST call is logged without the interaction token or the request body', () => {
  it('the interaction callback failing every retry: the line names the route with the token redacted', async () => {
    harness.fake.failNext({ method: 'POST', pathIncludes: '/callback' }, { status: 500 }, 4);
    await expect(dispatch(harness.fake, slash('help'), { timeoutMs: 1000 })).rejects.toThrow(/no callback/);
    const line = failures().at(-1);
    const err = line?.err as { url?: string; requestBody?: unknown; method?: string };
    expect(err.method).toBe('POST');
    expect(err.url).toMatch(/\/interactions\/\d+\/\[REDACTED\]\/callback/);
    expect(JSON.stringify(line)).not.toMatch(TOKEN_PATH);
    // Summarised: its size, never the answer the bot was sending.
    expect(err.requestBody).toEqual({ jsonBytes: expect.any(Number), files: [] });
    expect(JSON.stringify(line)).not.toContain('Laureates');
  });

  it('a deferred answer lost on the follow-up webhook: the exact token appears on no line', async () => {
    const card = messageOf(await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier' })));
    harness.fake.failNext({ method: 'POST', pathIncludes: '/webhooks/' }, { status: 500 }, 4);
    delayMs = 300;
    const outcome = await dispatch(harness.fake, click('lb1|s|aapg-2021-dijon-fier'), { messageId: card.id });
    delayMs = 0;
    const token = (outcome.interaction as { token?: string }).token ?? '';
    expect(token.length).toBeGreaterThan(40);
    await vi.waitFor(() => expect(failures().at(-1)).toMatchObject({ action: 'share', deferred: true }));
    const all = JSON.stringify(harness.logs);
    expect(all).not.toContain(token);
    expect(all).not.toMatch(TOKEN_PATH);
    expect((failures().at(-1)?.err as { url?: string }).url).toMatch(/\/webhooks\/\d+\/\[REDACTED\]/);
  });
});

describe('the logger scrubs tokens wherever they are quoted', () => {
  it('in a message, a stack or any field', () => {
    const lines: string[] = [];
    const logger = createLogger('info', [], { write: (line: string) => lines.push(line) });
    const url = 'https://discord.com/api/v10/webhooks/1000000000000000001/aW50.c2VjcmV0LXRva2Vu_x-y/messages/@original';
    logger.error({ err: new Error(`PATCH ${url} failed`), where: { url } }, `retrying ${url}`);
    expect(lines.join('')).not.toContain('aW50.c2VjcmV0LXRva2Vu_x-y');
    expect(redactTokenPaths(url)).toBe(
      'https://discord.com/api/v10/webhooks/1000000000000000001/[REDACTED]/messages/@original',
    );
  });
});
