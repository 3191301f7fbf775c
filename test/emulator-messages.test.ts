import { AttachmentBuilder, Client, Events, GatewayIntentBits, Partials, type Message } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord, type FakeDiscordOptions } from '../src/emulator/index.ts';
import { messageOf } from './support/discord.ts';

/**
 * The fake Discord's channel messages, as a discord.js client with chosen intents sees them: which events arrive,
 * what content Discord lets through without the privileged Message Content intent, and how it checks a bot's
 * `POST /channels/{id}/messages`.
 */
const TOKEN = 'emulator-messages-token';
const open: { fake: FakeDiscord; client?: Client }[] = [];

afterEach(async () => {
  for (const { fake, client } of open.splice(0)) {
    await client?.destroy();
    await fake.close();
  }
});

async function connect(intents: number[], options: FakeDiscordOptions = {}) {
  const fake = await FakeDiscord.start({ ...options, token: TOKEN });
  const client = new Client({ intents, partials: [Partials.Channel], rest: { api: fake.apiUrl } });
  open.push({ fake, client });
  const seen: Message[] = [];
  client.on(Events.MessageCreate, (message) => seen.push(message));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return { fake, client, seen };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));
const { Guilds, GuildMessages, DirectMessages, MessageContent } = GatewayIntentBits;

describe('MESSAGE_CREATE by intents', () => {
  it('is not sent without GuildMessages (guild) or DirectMessages (DM)', async () => {
    const { fake, seen } = await connect([Guilds]);
    fake.postUserMessage({ content: `<@${fake.applicationId}> hello` });
    fake.postUserMessage({ content: 'hello', channel: 'dm' });
    await settle();
    expect(seen).toEqual([]);
  });

  it('without Message Content: empty content for guild messages not naming the bot; full for mentions and DMs', async () => {
    const { fake, seen } = await connect([Guilds, GuildMessages, DirectMessages]);
    const plain = fake.postUserMessage({ content: 'hello all' });
    const mention = fake.postUserMessage({ content: `<@${fake.applicationId}> hello` });
    const dm = fake.postUserMessage({ content: 'hello bot', channel: 'dm' });
    await settle();
    const byId = new Map(seen.map((message) => [message.id, message]));
    expect(byId.get(plain.id)?.content).toBe('');
    expect(byId.get(mention.id)?.content).toBe(`<@${fake.applicationId}> hello`);
    expect(byId.get(mention.id)?.mentions.users.has(fake.applicationId)).toBe(true);
    expect(byId.get(dm.id)?.content).toBe('hello bot');
    expect(byId.get(dm.id)?.channel.isDMBased()).toBe(true);
  });

  it('asking for Message Content without being granted it is refused (4014); granted, content comes through', async () => {
    const refused = await FakeDiscord.start({ token: TOKEN });
    const client = new Client({ intents: [Guilds, GuildMessages, MessageContent], rest: { api: refused.apiUrl } });
    open.push({ fake: refused, client });
    await expect(client.login(TOKEN)).rejects.toThrow(/disallowed intents|4014/i);

    const { fake, seen } = await connect([Guilds, GuildMessages, MessageContent], {
      privilegedIntents: MessageContent,
    });
    const plain = fake.postUserMessage({ content: 'hello all' });
    await settle();
    expect(seen.find((message) => message.id === plain.id)?.content).toBe('hello all');
  });

  it('an interaction’s public answer is dispatched as MESSAGE_CREATE too; an ephemeral one never', async () => {
    const { fake, client, seen } = await connect([Guilds, GuildMessages]);
    client.on(Events.InteractionCreate, (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const ephemeral = interaction.options.getBoolean('private') ?? false;
      void interaction.reply({ content: ephemeral ? 'secret' : 'public', ...(ephemeral ? { flags: 64 } : {}) });
    });
    const options = (value: boolean) => [{ name: 'private', type: 5, value }];
    const shown = messageOf(await fake.chatInput({ name: 'say', options: options(false) }));
    const hidden = messageOf(await fake.chatInput({ name: 'say', options: options(true) }));
    await settle();
    expect(seen.map((message) => message.id)).toContain(shown.id);
    expect(seen.map((message) => message.id)).not.toContain(hidden.id);
  });

  it('an edit is MESSAGE_UPDATE, not a new message', async () => {
    const { fake, client, seen } = await connect([Guilds, GuildMessages]);
    const updates: string[] = [];
    client.on(Events.MessageUpdate, (_old, updated) => updates.push(updated.id));
    const original = fake.postUserMessage({ content: `<@${fake.applicationId}> one` });
    await settle();
    fake.editUserMessage(original.id, `<@${fake.applicationId}> two`);
    await settle();
    expect(seen.map((message) => message.id)).toEqual([original.id]);
    expect(updates).toEqual([original.id]);
  });
});

describe('POST /channels/{id}/messages', () => {
  async function post(fake: FakeDiscord, channelId: string, body: unknown) {
    const response = await fetch(`${fake.apiUrl}/v10/channels/${channelId}/messages`, {
      method: 'POST',
      headers: { authorization: `Bot ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  it('replies with message_reference, stores the message and echoes it to the bot', async () => {
    const { fake, seen } = await connect([Guilds, GuildMessages]);
    const asked = fake.postUserMessage({ content: `<@${fake.applicationId}> hi` });
    const { status, json } = await post(fake, fake.channelId, {
      content: 'hello',
      message_reference: { message_id: asked.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(status).toBe(200);
    expect(json).toMatchObject({
      type: 19,
      message_reference: { message_id: asked.id },
      referenced_message: { id: asked.id },
    });
    expect(fake.getMessage(String(json.id))).toMatchObject({
      referencedMessageId: asked.id,
      allowed_mentions: { parse: [], replied_user: false },
    });
    await settle();
    expect(seen.some((message) => message.id === json.id)).toBe(true);
  });

  it.each([
    ['content over 2,000 characters', { content: 'x'.repeat(2001) }, 'content'],
    ['more than 10 embeds', { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, 'embeds'],
    [
      'a reply to an unknown message',
      { content: 'x', message_reference: { message_id: '1234567890123456789' } },
      'message_reference',
    ],
    ['an unknown allowed_mentions type', { content: 'x', allowed_mentions: { parse: ['people'] } }, 'allowed_mentions'],
    [
      'parse users together with a users list',
      { content: 'x', allowed_mentions: { parse: ['users'], users: ['1'] } },
      'allowed_mentions',
    ],
  ])('refuses %s with 50035 naming the field', async (_name, body, field) => {
    const { fake } = await connect([Guilds]);
    const { status, json } = await post(fake, fake.channelId, body);
    expect(status).toBe(400);
    expect(json.code).toBe(50035);
    expect(Object.keys(json.errors as object)).toContain(field);
  });

  it('refuses an empty message (50006) and an unknown channel (10003)', async () => {
    const { fake } = await connect([Guilds]);
    expect((await post(fake, fake.channelId, {})).json.code).toBe(50006);
    expect((await post(fake, '1234567890123456789', { content: 'x' })).json.code).toBe(10003);
  });

  it('takes files as multipart, through discord.js, in a DM channel it opened', async () => {
    const { fake, client } = await connect([Guilds, DirectMessages]);
    const dm = await client.users.createDM('4000000000000000001');
    expect(dm.id).toBe(fake.dmChannelFor('4000000000000000001'));
    await dm.send({
      content: 'a file',
      files: [new AttachmentBuilder(Buffer.from('a,b\n1,2\n'), { name: 'data.csv' })],
    });
    const stored = await fake.waitForMessage((message) => message.content === 'a file');
    expect(stored.channelId).toBe(dm.id);
    expect(stored.attachments.map((file) => [file.filename, new TextDecoder().decode(file.data)])).toEqual([
      ['data.csv', 'a,b\n1,2\n'],
    ]);
  });
});
