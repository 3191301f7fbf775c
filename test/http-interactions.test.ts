import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Handled, InteractionRequest } from '../src/app/router.ts';
import { DEFAULT_USER, type FakeMessage } from '../src/emulator/index.ts';
import { errorLines } from './support/botHarness.ts';
import { asBody, BENIN_TITLE, click, dispatch, messageOf, slash, typing } from './support/discord.ts';
import { startHttpHarness, type HttpHarness } from './support/httpHarness.ts';
import { autocomplete, bodyOf, command, customIds, delayedRouter, routerFor } from './support/router.ts';

/**
 * The bot as an HTTP interactions endpoint, two replicas behind the fake Discord, which POSTs signed interactions and
 * reads each HTTP response as Discord reads the callback. The router is the real one; `delayMs` slows it down and
 * `withFile` adds a file to its message replies, to take the deferred paths.
 */
let delayMs = 0;
let withFile = false;
const FILE = {
  name: 'partners.csv',
  data: new TextEncoder().encode('id;name\n1;Porto-Novo\n'),
  contentType: 'text/csv',
};
const slowRouter = delayedRouter(() => delayMs);
let spy: ((request: InteractionRequest) => void) | undefined;
// Until the ask subcommand lands, questions go to the stand-in the message tests use.
const questions = routerFor();
const router = (request: InteractionRequest): Handled | Promise<Handled> => {
  spy?.(request);
  const result = request.kind === 'messageCommand' ? questions(request) : slowRouter(request);
  const addFile = (handled: Handled): Handled =>
    withFile && handled.reply.type !== 'choices'
      ? { ...handled, reply: { ...handled.reply, body: { ...handled.reply.body, files: [FILE] } } }
      : handled;
  return result instanceof Promise ? result.then(addFile) : addFile(result);
};

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness({ replicas: 2, bot: { router, deferAfterMs: 100 } });
});
beforeEach(() => {
  delayMs = 0;
  withFile = false;
  harness.useReplica(0);
});
afterAll(async () => {
  await harness?.close();
});

const settled = (id: string) =>
  harness.fake.waitForMessage((message) => message.id === id && (message.flags & MessageFlags.Loading) === 0);
const pageButton = (message: FakeMessage, label: string) => {
  for (const row of asBody(message).components) {
    for (const item of row.components) if (item.type === 2 && 'custom_id' in item && item.label === label) return item;
  }
  throw new Error(`no ${label} button`);
};

describe('answered in the HTTP response', () => {
  it('a slash command: type 4, the router’s message, mentions off', async () => {
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(4);
    const message = messageOf(outcome);
    expect(message.embeds[0]?.title).toBe(BENIN_TITLE);
    const { reply } = command('country', { name: 'benin' });
    expect(message.embeds).toEqual(bodyOf(reply).embeds);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.ephemeral).toBe(reply.type === 'message' && reply.ephemeral);
  });

  it('a private answer carries the ephemeral flag (64), a public one does not', async () => {
    const unknown = await dispatch(harness.fake, slash('country', { name: 'atlantis' }));
    expect(unknown.callback.type).toBe(4);
    expect(unknown.callback.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(messageOf(unknown).ephemeral).toBe(true);
    const shared = await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier', share: true }));
    expect(shared.callback.type).toBe(4);
    expect(shared.callback.data?.flags).toBeUndefined();
    expect(messageOf(shared).ephemeral).toBe(false);
  });

  it('autocomplete: type 8 with the router’s choices', async () => {
    const outcome = await dispatch(harness.fake, typing('country', 'name', 'ben'));
    expect(outcome.callback.type).toBe(8);
    expect(outcome.callback.data?.choices).toEqual(
      (autocomplete('country', 'name', 'ben').reply as { choices: unknown[] }).choices,
    );
  });

  it('French locale and the nickname reach the router', async () => {
    const outcome = await harness.fake.chatInput({
      name: 'laureates',
      subcommand: 'project',
      options: [
        { name: 'id', type: 3, value: 'aapg-2021-dijon-fier' },
        { name: 'share', type: 5, value: true },
      ],
      locale: 'fr',
      user: { global_name: 'Grace' },
    });
    expect(messageOf(outcome).content).toBe('📣 Partagé par **Grace**');
  });

  it('the message menu: the target message’s text reaches the router as a question', async () => {
    const request = {
      ...slash('help'),
      kind: 'messageCommand',
      commandName: 'Find laureates',
      text: 'water in togo?',
    } as const;
    const outcome = await dispatch(harness.fake, request);
    expect(outcome.callback.type).toBe(4);
    expect(messageOf(outcome).embeds[0]?.title).toContain('water in togo?');
    expect(messageOf(outcome).embeds).toEqual(bodyOf((await questions(request)).reply).embeds);
  });

  it('a click tells the router whose message it is on and whether it is private', async () => {
    const list = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
    const seen: InteractionRequest[] = [];
    spy = (request) => seen.push(request);
    await dispatch(harness.fake, click(pageButton(list, '▶').custom_id), { messageId: list.id });
    spy = undefined;
    expect(seen[0]).toMatchObject({
      kind: 'component',
      message: { ephemeral: list.ephemeral, ownerId: DEFAULT_USER.id },
    });
  });

  it('never connects to the gateway', () => {
    expect(harness.fake.clientConnected).toBe(false);
    expect(harness.fake.stats().identifies).toBe(0);
  });
});

describe('stateless replicas', () => {
  it('a page button made by one replica is answered by the other, and back', async () => {
    const first = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
    expect(first.embeds[0]?.footer?.text).toBe('16 projects · Page 1/2');
    const before = await componentCount(1);

    harness.useReplica(1);
    const next = await dispatch(harness.fake, click(pageButton(first, '▶').custom_id), { messageId: first.id });
    expect(next.callback.type).toBe(7);
    const second = harness.fake.getMessage(first.id);
    expect(second?.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
    expect(await componentCount(1)).toBe(before + 1);

    harness.useReplica(0);
    const back = await dispatch(harness.fake, click(pageButton(second as FakeMessage, '◀').custom_id), {
      messageId: first.id,
    });
    expect(back.callback.type).toBe(7);
    expect(harness.fake.getMessage(first.id)?.embeds[0]?.footer?.text).toBe('16 projects · Page 1/2');

    harness.useReplica(1);
    const card = messageOf(
      await dispatch(harness.fake, click('lb1|o', ['aapg-2021-dijon-fier']), { messageId: first.id }),
    );
    expect(card.ephemeral).toBe(true);
    expect(card.embeds[0]?.fields?.length).toBeGreaterThan(0);
  });
});

describe('deferred, then sent by webhook', () => {
  it('a slow command: type 5 private placeholder, then PATCH @original', async () => {
    delayMs = 300;
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(5);
    expect(messageOf(outcome)).toMatchObject({ ephemeral: true, flags: MessageFlags.Ephemeral | MessageFlags.Loading });
    const done = await settled(messageOf(outcome).id);
    expect(done.embeds[0]?.title).toBe(BENIN_TITLE);
    expect(done.allowed_mentions).toEqual({ parse: [] });
  });

  it('a slow public share: posted by follow-up, the private placeholder deleted', async () => {
    delayMs = 300;
    const outcome = await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier', share: true }));
    expect(outcome.callback.type).toBe(5);
    const shared = await harness.fake.waitForMessage(
      (message) => message.interactionId === outcome.interaction.id && !message.ephemeral,
    );
    expect(shared.embeds[0]?.title).toBeTruthy();
    await expect.poll(() => harness.fake.getMessage(messageOf(outcome).id)).toBeUndefined();
  });

  it('a slow page button: type 6, then the list edited in place', async () => {
    const list = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
    delayMs = 300;
    const pageId = customIds(asBody(list)).find((id) => id.startsWith('lb1|p|'));
    const outcome = await dispatch(harness.fake, click(pageId ?? ''), { messageId: list.id });
    expect(outcome.callback.type).toBe(6);
    const updated = await harness.fake.waitForMessage((message) => message.id === list.id && message.editedAt !== null);
    expect(updated.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
  });

  it('Share on a private card: the card edited in the response (button disabled), the public card by follow-up', async () => {
    for (const delay of [0, 300]) {
      delayMs = 0;
      const card = messageOf(await dispatch(harness.fake, slash('project', { id: 'aapg-2021-ifs-debar' })));
      delayMs = delay;
      const before = harness.fake.messages().filter((message) => message.content.startsWith('📣')).length;
      const outcome = await dispatch(harness.fake, click('lb1|s|aapg-2021-ifs-debar'), { messageId: card.id });
      expect(outcome.callback.type).toBe(delay === 0 ? 7 : 6);
      const edited = await harness.fake.waitForMessage(
        (message) => message.id === card.id && message.components.length > 0 && message.editedAt !== null,
      );
      expect(asBody(edited).components[0]?.components[0]).toMatchObject({ disabled: true });
      // The card is posted once, for everyone.
      const shared = await harness.fake.waitForMessage(
        () => harness.fake.messages().filter((message) => message.content.startsWith('📣')).length === before + 1,
      );
      expect(
        harness.fake
          .messages()
          .filter((message) => message.content.startsWith('📣'))
          .at(-1)?.ephemeral,
      ).toBe(false);
      expect(shared).toBeDefined();
    }
  });

  it('slow autocomplete: no choices in time', async () => {
    delayMs = 300;
    const outcome = await dispatch(harness.fake, typing('country', 'name', 'ben'));
    expect(outcome.callback).toEqual({ type: 8, data: { choices: [] } });
  });

  it('an answer with a file, even a fast one: type 5, then PATCH @original as multipart with the attachment', async () => {
    withFile = true;
    const outcome = await dispatch(harness.fake, slash('project', { id: 'aapg-2021-dijon-fier', share: true }));
    expect(outcome.callback.type).toBe(5);
    // Known to be public from the start: the placeholder is public too, and simply filled in.
    expect(messageOf(outcome).ephemeral).toBe(false);
    const done = await settled(messageOf(outcome).id);
    expect(done.content).toBe('📣 Shared by **Ada Lovelace**');
    expect(done.attachments.map((file) => [file.filename, file.contentType])).toEqual([['partners.csv', 'text/csv']]);
    expect(Buffer.from(done.attachments[0]?.data ?? []).toString()).toBe('id;name\n1;Porto-Novo\n');
  });

  it('a page update with a file: type 6, then the message edited with the attachment', async () => {
    const list = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
    withFile = true;
    const outcome = await dispatch(harness.fake, click(pageButton(list, '▶').custom_id), { messageId: list.id });
    expect(outcome.callback.type).toBe(6);
    const updated = await harness.fake.waitForMessage(
      (message) => message.id === list.id && message.attachments.length === 1,
    );
    expect(updated.embeds[0]?.footer?.text).toBe('16 projects · Page 2/2');
  });

  it('a webhook call failing once with 500 is retried; the answer arrives', async () => {
    delayMs = 300;
    harness.fake.failNext({ method: 'PATCH', pathIncludes: '/webhooks/' }, { status: 500 });
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    const done = await settled(messageOf(outcome).id);
    expect(done.embeds[0]?.title).toBe(BENIN_TITLE);
  });

  it('a webhook refusing for good is logged as failed, without the interaction token', async () => {
    delayMs = 300;
    harness.fake.failNext({ method: 'PATCH', pathIncludes: '/webhooks/' }, { status: 500 }, 2);
    const outcome = await dispatch(harness.fake, slash('country', { name: 'benin' }));
    await expect.poll(() => harness.logs.filter((line) => line.msg === 'could not answer interaction').length).toBe(1);
    const token = String(outcome.interaction.token);
    expect(JSON.stringify(harness.logs)).not.toContain(token);
    const failed = harness.logs.find((line) => line.msg === 'could not answer interaction');
    expect(failed).toMatchObject({
      kind: 'command',
      action: 'country',
      outcome: 'failed',
      deferred: true,
      transport: 'http',
    });
    expect(await fetch(`${harness.bots[0]?.url}/metrics`).then((res) => res.text())).toMatch(
      /laureates_interactions_total\{kind="command",subcommand="country",outcome="failed"\} 1/,
    );
    harness.logs.splice(harness.logs.indexOf(failed as Record<string, unknown>), 1);
  });

  it('logged no error otherwise', async () => {
    await Promise.all(harness.bots.map((bot) => bot.endpoint.settled()));
    expect(errorLines(harness.logs)).toEqual([]);
  });
});

async function componentCount(replica: number): Promise<number> {
  const text = await (await fetch(`${harness.bots[replica]?.url}/metrics`)).text();
  return [...text.matchAll(/^laureates_interactions_total\{kind="component",[^}]*\} (\d+)$/gm)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}
