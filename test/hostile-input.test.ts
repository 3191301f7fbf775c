import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handled, InteractionRequest } from '../src/app/router.ts';
import type { FakeMessage } from '../src/emulator/index.ts';
import {
  hostileAutocomplete,
  hostileCommand,
  hostileComponent,
  hostileMessage,
  hostileMessageCommand,
  hostileQuestion,
  hostileText,
  postableText,
} from './support/hostile.ts';
import { errorLines, startBotHarness, type BotHarness } from './support/botHarness.ts';
import { asBody, BENIN_TITLE, beninTitle, dispatch, messageOf, slash } from './support/discord.ts';
import { expectChoicesWithinDiscordLimits, expectInertText, expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, command, customIds, raw, rawAsync, routerFor, textOf, USER } from './support/router.ts';

/** What every answer must be, whatever was sent: one reply of the right kind, valid for Discord, pinging no one. */
function expectSafeAnswer(request: InteractionRequest, handled: Handled): void {
  expect(handled.outcome, `internal error: ${String(handled.error)}`).not.toBe('error');
  const { reply } = handled;
  if (request.kind === 'autocomplete') {
    if (reply.type !== 'choices') throw new Error(`autocomplete answered with ${reply.type}`);
    expectChoicesWithinDiscordLimits(reply.choices);
    return;
  }
  expect(request.kind === 'component' ? ['message', 'update'] : ['message']).toContain(reply.type);
  const body = bodyOf(reply);
  expectWithinDiscordLimits(body);
  expectInertText(textOf(body));
}

/**
 * Whether a title's text would open bold, italics, code, spoilers or a link. An escaped character is shown as is: it
 * stands in as a plain letter, so it also keeps its neighbours apart ("~\[~" shows "~[~", no strikethrough).
 */
function opensMarkup(title: string): boolean {
  return /\*|__|~~|\|\||`|\]\(/.test(title.replace(/\\./gu, 'x'));
}

const answered = (request: InteractionRequest) => expectSafeAnswer(request, raw(request));

describe('hostile input at the router (fast-check, 400 runs each)', () => {
  it('every subcommand and option, with hostile values, gets one valid and inert answer', async () => {
    await fc.assert(
      fc.asyncProperty(hostileCommand, async (request) => expectSafeAnswer(request, await rawAsync(request))),
      { numRuns: 400 },
    );
  });

  it('autocomplete of every option, with hostile text typed, gets valid choices', () => {
    fc.assert(fc.property(hostileAutocomplete, answered), { numRuns: 400 });
  });

  it('forged custom_ids and select values get one valid and inert answer', () => {
    fc.assert(fc.property(hostileComponent, answered), { numRuns: 400 });
  });

  it('a query echoed in a list title is shown literally: none of its markdown survives unescaped', () => {
    const query = hostileText.filter((text) => text.trim().length > 0 && text.trim().length <= 80);
    fc.assert(
      fc.property(query, fc.constantFrom('search', 'keyword'), (text, subcommand) => {
        const options = { [subcommand === 'search' ? 'query' : 'words']: text };
        const title = bodyOf(command(subcommand, options).reply).embeds[0]?.title ?? '';
        expect(opensMarkup(title)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('`ask`, with any question, gets one valid and inert answer that echoes the question literally', async () => {
    await fc.assert(
      fc.asyncProperty(hostileQuestion, fc.constantFrom('en-US', 'fr'), async (question, language) => {
        const request: InteractionRequest = {
          kind: 'command',
          commandName: 'laureates',
          subcommand: 'ask',
          options: { question },
          locale: language,
          user: USER,
        };
        // A question asking for a map is answered once the map is drawn.
        const handled = await rawAsync(request);
        expectSafeAnswer(request, handled);
        const title = bodyOf(handled.reply).embeds[0]?.title ?? '';
        expect(opensMarkup(title)).toBe(false);
        for (const id of customIds(bodyOf(handled.reply))) expect(id.length).toBeLessThanOrEqual(100);
      }),
      // Counterexamples once found: an escaped bracket between two tildes is no strikethrough; the names of an
      // object's own properties are words, not nouns or numbers of a lookup table.
      {
        numRuns: 400,
        examples: [
          ['~[~', 'en-US'],
          ['constructor constructor', 'en-US'],
          ['toString hasOwnProperty __proto__ projets', 'fr'],
          ['<!!!;!!!:/!!!?!!!*   quels projets en', 'en-US'],
        ],
      },
    );
  });

  it('questions by message and from the message menu, saying anything, get one valid and inert answer', async () => {
    const ask = routerFor();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileMessage, hostileMessageCommand), async (request) => {
        const handled = await ask(request);
        expectSafeAnswer(request, handled);
        if (request.kind === 'message') expect(handled.reply).toMatchObject({ ephemeral: false });
      }),
      { numRuns: 400 },
    );
  });

  it('after all that, a normal question is answered normally', () => {
    expect(bodyOf(command('country', { name: 'benin' }).reply).embeds[0]?.title).toBe(BENIN_TITLE);
  });
});

describe('hostile input through discord.js and the fake Discord (3 s deadline, 60 runs)', () => {
  let harness: BotHarness;
  let listId: string;
  beforeAll(async () => {
    harness = await startBotHarness({ fake: { callbackDeadlineMs: 3000 } });
    listId = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' }))).id;
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('each hostile interaction gets exactly one valid, inert callback within 3 s, and the next question its answer', async () => {
    const anyRequest = fc.oneof(hostileCommand, hostileAutocomplete, hostileComponent);
    await fc.assert(
      fc.asyncProperty(anyRequest, async (request) => {
        const before = harness.fake.stats();
        const outcome = await dispatch(harness.fake, request, { messageId: listId, timeoutMs: 3000 });
        expect(outcome.latencyMs).toBeLessThan(3000);
        expect(harness.fake.stats().callbacks - before.callbacks).toBe(1);
        // One callback; a Share click also posts the card (what the router answers says which).
        const { reply } = await rawAsync(request);
        const posts = reply.type === 'update' && reply.followUp ? 1 : 0;
        await vi.waitFor(() => expect(harness.fake.stats().restRequests - before.restRequests).toBe(1 + posts));
        if (request.kind === 'autocomplete') {
          expect(outcome.callback.type).toBe(8);
          expectChoicesWithinDiscordLimits(outcome.callback.data?.choices ?? []);
        } else {
          expect(request.kind === 'command' ? [4] : [4, 7]).toContain(outcome.callback.type);
          const body = asBody(messageOf(outcome));
          expectWithinDiscordLimits(body);
          expectInertText(textOf(body));
        }
        expect(await beninTitle(harness.fake)).toBe(BENIN_TITLE);
      }),
      { numRuns: 60 },
    );
    expect(errorLines(harness.logs)).toEqual([]);
  });

  it('an autocomplete with no focused option (forged payload) still gets choices', async () => {
    const { interaction } = await harness.fake.autocomplete({
      name: 'laureates',
      subcommand: 'country',
      options: [{ name: 'name', type: 3, value: 'ben', focused: true }],
    });
    const forged = structuredClone(interaction) as { id: string; token: string; data: { options: object[] } };
    forged.id = `${forged.id.slice(0, -3)}999`;
    forged.token = `${forged.token}-forged`;
    forged.data.options = [{ name: 'country', type: 1, options: [{ name: 'name', type: 3, value: 'ben' }] }];
    const outcome = await harness.fake.dispatchRaw(forged, 3000);
    expect(outcome.callback.type).toBe(8);
    expect(errorLines(harness.logs)).toEqual([]);
  });
});

describe('hostile messages and menu targets through discord.js and the fake Discord (40 runs each)', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness({ bot: { messageCooldownMs: 0 } });
  });
  afterAll(async () => {
    await harness?.close();
  });

  /** A reply any reader sees: valid for Discord, inert, pinging no one, not even the person it answers. */
  function expectSafeMessage(message: FakeMessage): void {
    expect(message.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const body = { ...asBody(message), allowed_mentions: { parse: [] } };
    expectWithinDiscordLimits(body);
    expectInertText(textOf(body));
  }

  it('a mention saying anything, in a channel or a DM, gets one safe reply to it', async () => {
    await fc.assert(
      fc.asyncProperty(postableText, fc.boolean(), async (text, inDm) => {
        const asked = harness.fake.postUserMessage({
          content: inDm ? text : `<@${harness.fake.applicationId}> ${text}`.slice(0, 2000),
          channel: inDm ? 'dm' : 'guild',
        });
        const reply = await harness.fake.waitForMessage((message) => message.referencedMessageId === asked.id, 3000);
        expectSafeMessage(reply);
      }),
      { numRuns: 40 },
    );
    expect(errorLines(harness.logs)).toEqual([]);
  });

  it('the menu on a message saying anything gets one private, safe answer within 3 s', async () => {
    await fc.assert(
      fc.asyncProperty(postableText, async (text) => {
        const target = harness.fake.postUserMessage({ content: text });
        const outcome = await harness.fake.messageCommand({
          name: 'Find laureates',
          targetMessageId: target.id,
          timeoutMs: 3000,
        });
        expect(outcome.callback.type).toBe(4);
        const answer = messageOf(outcome);
        expect(answer.ephemeral).toBe(true);
        const body = asBody(answer);
        expectWithinDiscordLimits(body);
        expectInertText(textOf(body));
      }),
      { numRuns: 40 },
    );
    expect(errorLines(harness.logs)).toEqual([]);
  });
});
