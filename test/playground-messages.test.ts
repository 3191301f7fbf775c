import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionReply, PageMessage } from '../src/playground/message-view.ts';
import { withBotMention } from '../src/playground/messages-api.ts';
import type { Playground } from '../src/playground/start.ts';
import { startTestPlayground } from './support/playground.ts';

/** The playground's plain messages (mentions, the DM) and the message menu, through its HTTP API. */
let playground: Playground;
const actor = { locale: 'en-US', userName: 'Grace Hopper' } as const;

beforeAll(async () => {
  playground = await startTestPlayground();
});
afterAll(async () => {
  await playground?.close();
});

async function post<T>(path: string, body: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(new URL(path, playground.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

const say = (content: string, channel: 'guild' | 'dm' = 'guild', extra: object = {}) =>
  post<{ message: PageMessage }>('/api/messages', { content, channel, ...actor, ...extra });

/** The page's view of the bot's reply to a message, once the bot has posted it. */
async function replyTo(message: PageMessage): Promise<PageMessage> {
  const fake = playground.fake;
  await fake.waitForMessage((candidate) => candidate.referencedMessageId === message.id);
  const response = await fetch(new URL('/api/messages', playground.url));
  const { messages } = (await response.json()) as { messages: PageMessage[] };
  const reply = messages.find((candidate) => candidate.replyTo?.id === message.id);
  if (!reply) throw new Error('the reply is not in the channel');
  return reply;
}

describe('plain messages on the playground', () => {
  it('a message naming @laureates-bot is a real mention, and the bot replies to it, quoting it', async () => {
    const { status, json } = await say('@laureates-bot benin');
    expect(status).toBe(200);
    expect(json.message).toMatchObject({
      author: { name: 'Grace Hopper', bot: false },
      content: '@laureates-bot benin',
      place: { kind: 'guild' },
      replyTo: null,
    });
    expect(playground.fake.getMessage(json.message.id)?.content).toBe(`<@${playground.fake.applicationId}> benin`);
    const reply = await replyTo(json.message);
    expect(reply).toMatchObject({
      author: { bot: true },
      ephemeral: false,
      place: { kind: 'guild' },
      replyTo: { id: json.message.id, authorName: 'Grace Hopper', excerpt: '@laureates-bot benin' },
    });
    expect(reply.embeds.length).toBeGreaterThan(0);
  });

  it('a message that names no one stays unanswered, as in a real channel', async () => {
    const { json } = await say('hello everyone', 'guild', { userName: 'Quiet Person' });
    await say('@laureates togo', 'guild', { userName: 'Quiet Person 2' }).then(({ json: control }) =>
      replyTo(control.message),
    );
    expect(playground.fake.messages().some((message) => message.referencedMessageId === json.message.id)).toBe(false);
  });

  it('in the DM with the bot, any message is a question, shown in that person’s DM', async () => {
    const { json } = await say('water', 'dm', { userName: 'Dee Em' });
    expect(json.message.place).toEqual({ kind: 'dm', userName: 'Dee Em' });
    const reply = await replyTo(json.message);
    expect(reply.place).toEqual({ kind: 'dm', userName: 'Dee Em' });
  });

  it('a slash command used in the DM tab runs in that person’s DM', async () => {
    const { status, json } = await post<InteractionReply>('/api/interactions/command', {
      subcommand: 'country',
      options: { name: 'BJ' },
      channel: 'dm',
      ...actor,
      userName: 'Dee Em',
    });
    expect(status).toBe(200);
    expect(json.message?.place).toEqual({ kind: 'dm', userName: 'Dee Em' });
  });

  it('refuses empty and over-long messages with a 400 naming the field', async () => {
    expect((await say('   ')).status).toBe(400);
    const long = await say('x'.repeat(2001));
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.json)).toContain('content');
  });
});

describe('the message menu on the playground', () => {
  it('Apps → Find laureates on a message answers privately, labelled with the menu command', async () => {
    const { json: written } = await say('anyone on water in Africa?', 'guild', { userName: 'Menu User' });
    const { status, json } = await post<InteractionReply>('/api/interactions/message-command', {
      messageId: written.message.id,
      ...actor,
    });
    expect(status).toBe(200);
    expect(json.callbackType).toBe(4);
    expect(json.message).toMatchObject({
      ephemeral: true,
      invocation: { userName: 'Grace Hopper', command: 'Find laureates', menu: true },
    });
  });

  it('on an unknown message is a 404', async () => {
    const { status } = await post('/api/interactions/message-command', { messageId: '1234567890123456789', ...actor });
    expect(status).toBe(404);
  });
});

describe('typed mentions', () => {
  it('turn "@name" into <@id> for the bot’s name with or without "-bot", and nothing else', () => {
    const mention = (text: string) => withBotMention(text, '1', 'laureates-bot');
    expect(mention('@laureates-bot quels projets au Bénin ?')).toBe('<@1> quels projets au Bénin ?');
    expect(mention('@laureates quels projets ?')).toBe('<@1> quels projets ?');
    expect(mention('hi @Laureates!')).toBe('hi <@1>!');
    expect(mention('@laureatesX @everyone mail@laureates')).toBe('@laureatesX @everyone mail@laureates');
  });
});
