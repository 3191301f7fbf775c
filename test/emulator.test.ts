import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  EmbedBuilder,
  Events,
  GatewayIntentBits,
  MessageFlags,
} from 'discord.js';
import type { Interaction } from 'discord.js';
import { ApplicationCommandOptionType, ComponentType, InteractionResponseType } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { FakeDiscord } from '../src/emulator/index.ts';
import type { FakeDiscordOptions } from '../src/emulator/index.ts';

const TOKEN = 'emulator-test-token';
const lateErrors: unknown[] = [];

/** The bot under test: a handful of commands covering every way of answering an interaction. */
async function handle(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) {
    const typed = String(interaction.options.getFocused());
    const all = ['France', 'Finland', 'Senegal'];
    await interaction.respond(
      all.filter((name) => name.toLowerCase().startsWith(typed.toLowerCase())).map((name) => ({ name, value: name })),
    );
    return;
  }
  if (interaction.isButton()) {
    if (interaction.customId === 'later') {
      await interaction.deferUpdate();
      await interaction.editReply({ content: 'updated later' });
      return;
    }
    await interaction.update({ content: `clicked ${interaction.customId}`, components: [] });
    return;
  }
  if (!interaction.isChatInputCommand()) return;
  switch (interaction.commandName) {
    case 'ping': {
      const embed = new EmbedBuilder().setTitle('Pong').setDescription(`hello ${interaction.user.username}`);
      await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
      return;
    }
    case 'slow':
      await interaction.deferReply();
      await interaction.editReply({ content: 'done after defer' });
      return;
    case 'multi':
      await interaction.reply({ content: 'first' });
      await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: 'first (edited)' });
      return;
    case 'menu': {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId('next').setLabel('Next').setStyle(ButtonStyle.Primary),
      );
      await interaction.reply({ content: 'page 1', components: [row] });
      return;
    }
    case 'late':
      await new Promise((resolve) => setTimeout(resolve, 150));
      await interaction.reply({ content: 'too late' }).catch((error: unknown) => {
        lateErrors.push(error);
      });
      return;
    case 'file':
      await interaction.reply({ files: [new AttachmentBuilder(Buffer.from('a,b\n1,2\n'), { name: 'data.csv' })] });
      return;
    case 'echo': {
      const response = await interaction.reply({
        content: `${interaction.options.getSubcommand()}:${interaction.options.getString('text') ?? ''}`,
        withResponse: true,
      });
      await interaction.followUp({ content: `resource ${response.resource?.message?.id ?? 'none'}` });
      return;
    }
  }
}

interface Harness {
  fake: FakeDiscord;
  client: Client;
}

let current: Harness | undefined;

async function startHarness(options: FakeDiscordOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: TOKEN, heartbeatIntervalMs: 500, ...options });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // retries covers injected 5xx; discord.js handles 429s by itself, independently of it.
    rest: { api: fake.apiUrl, retries: 2 },
    // @discordjs/ws spaces IDENTIFYs 5-6.5 s apart (Discord's session start limit); re-identify tests skip that.
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
  });
  current = { fake, client };
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction).catch(() => undefined));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(TOKEN);
  await ready;
  return current;
}

afterEach(async () => {
  const harness = current;
  current = undefined;
  if (!harness) return;
  await harness.client.destroy();
  await harness.fake.close();
});

interface GatewayFrame {
  op: number;
  s: number | null;
  t: string | null;
  d: unknown;
}

/** Reads a raw gateway socket frame by frame, for protocol-level checks without discord.js in the way. */
function gatewayFrames(ws: WebSocket): { next: () => Promise<GatewayFrame> } {
  const queued: string[] = [];
  const waiting: ((frame: string) => void)[] = [];
  ws.on('message', (data) => {
    const waiter = waiting.shift();
    if (waiter) waiter(String(data));
    else queued.push(String(data));
  });
  return {
    next: async () => {
      const raw = queued.shift() ?? (await new Promise<string>((resolve) => waiting.push(resolve)));
      return JSON.parse(raw) as GatewayFrame;
    },
  };
}

/** Waits until `check` holds, for the gateway counters that move on the client's own schedule. */
async function eventually(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('FakeDiscord with a real discord.js client', () => {
  it('connects, serves the guild and heartbeats', async () => {
    const { fake, client } = await startHarness();
    expect(client.user?.id).toBe(fake.applicationId);
    const guild = client.guilds.cache.get(fake.guildId);
    expect(guild?.channels.cache.get(fake.channelId)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(fake.applicationId);
    await eventually(() => fake.stats().heartbeats >= 1);
    expect(fake.stats()).toMatchObject({ identifies: 1, resumes: 0 });
  });

  it('rejects a wrong token on REST (discord.js reports TokenInvalid)', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    try {
      await expect(client.login('wrong')).rejects.toThrow(/invalid token/i);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('stores bulk-overwritten commands and uses their ids in interactions', async () => {
    const { fake, client } = await startHarness();
    await client.application?.commands.set([
      {
        name: 'echo',
        description: 'Echo text',
        options: [
          {
            name: 'say',
            description: 'Say it',
            type: ApplicationCommandOptionType.Subcommand,
            options: [{ name: 'text', description: 'Text', type: ApplicationCommandOptionType.String }],
          },
        ],
      },
    ]);
    const [registered] = fake.registeredCommands() as { id: string; name: string }[];
    expect(registered?.name).toBe('echo');
    const outcome = await fake.chatInput({
      name: 'echo',
      subcommand: 'say',
      options: [{ name: 'text', type: ApplicationCommandOptionType.String, value: 'hi' }],
    });
    expect((outcome.interaction.data as { id: string }).id).toBe(registered?.id);
    expect(outcome.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(outcome.message?.content).toBe('say:hi');
    // with_response=true hands discord.js the created message, which the bot echoes in its follow-up.
    await fake.waitForMessage((m) => m.content === `resource ${outcome.message?.id}`);
  });

  it('refuses invalid command definitions like Discord (50035)', async () => {
    const { client } = await startHarness();
    await expect(client.application?.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({
      code: 50035,
    });
  });

  it('answers a chat input with an ephemeral embed reply', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.chatInput({ name: 'ping', user: { username: 'grace' } });
    expect(outcome.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(outcome.callback.data?.embeds?.[0]?.title).toBe('Pong');
    expect(outcome.message).toMatchObject({ ephemeral: true, interactionId: outcome.interaction.id });
    expect(outcome.message?.embeds[0]?.description).toBe('hello grace');
    expect(outcome.latencyMs).toBeGreaterThan(0);
    expect(fake.messages()).toHaveLength(1);
  });

  it('answers in a bot DM', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.chatInput({ name: 'ping', inGuild: false });
    expect(outcome.message?.channelId).toBe(fake.dmChannelId);
    expect(outcome.interaction.user).toBeDefined();
  });

  it('returns autocomplete choices (type 8)', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.autocomplete({
      name: 'country',
      options: [{ name: 'name', type: ApplicationCommandOptionType.String, value: 'f', focused: true }],
    });
    expect(outcome.callback.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(outcome.callback.data?.choices?.map((c) => c.name)).toEqual(['France', 'Finland']);
    expect(outcome.message).toBeUndefined();
  });

  it('shows a deferred reply as loading, then the edited content', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.chatInput({ name: 'slow' });
    expect(outcome.callback.type).toBe(InteractionResponseType.DeferredChannelMessageWithSource);
    expect(outcome.message?.flags).toBe(MessageFlags.Loading);
    const done = await fake.waitForMessage((m) => m.id === outcome.message?.id && m.content === 'done after defer');
    expect(done.flags & MessageFlags.Loading).toBe(0);
    expect(done.editedAt).toBeNull();
  });

  it('records follow-ups and edits of @original', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.chatInput({ name: 'multi' });
    await fake.waitForMessage((m) => m.content === 'first (edited)');
    const [first, second] = fake.messages();
    expect(first).toMatchObject({ id: outcome.message?.id, ephemeral: false });
    expect(first?.editedAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({ content: 'second', ephemeral: true, interactionId: outcome.interaction.id });
  });

  it('updates a component message in place (type 7)', async () => {
    const { fake } = await startHarness();
    const menu = await fake.chatInput({ name: 'menu' });
    const messageId = menu.message?.id ?? '';
    expect(menu.message?.components).toHaveLength(1);
    const click = await fake.component({ messageId, customId: 'next', componentType: ComponentType.Button });
    expect(click.callback.type).toBe(InteractionResponseType.UpdateMessage);
    expect(click.message).toMatchObject({ id: messageId, content: 'clicked next', components: [] });
    expect(fake.messages()).toHaveLength(1);
  });

  it('edits the component message after a deferred update (type 6 then PATCH @original)', async () => {
    const { fake } = await startHarness();
    const menu = await fake.chatInput({ name: 'menu' });
    const messageId = menu.message?.id ?? '';
    const click = await fake.component({ messageId, customId: 'later', componentType: ComponentType.Button });
    expect(click.callback.type).toBe(InteractionResponseType.DeferredMessageUpdate);
    expect(click.message).toBeUndefined();
    const updated = await fake.waitForMessage((m) => m.id === messageId && m.content === 'updated later');
    expect(updated.editedAt).toBeInstanceOf(Date);
  });

  it('expires callbacks after callbackDeadlineMs (10062), as Discord does after 3 s', async () => {
    const { fake } = await startHarness({ callbackDeadlineMs: 50 });
    lateErrors.length = 0;
    await expect(fake.chatInput({ name: 'late', timeoutMs: 400 })).rejects.toThrow(/no callback/);
    await eventually(() => lateErrors.length === 1);
    expect(lateErrors[0]).toMatchObject({ code: 10062, status: 404 });
  });

  it('accepts multipart replies with files', async () => {
    const { fake } = await startHarness();
    const outcome = await fake.chatInput({ name: 'file' });
    const [attachment] = outcome.message?.attachments ?? [];
    expect(attachment).toMatchObject({ filename: 'data.csv', size: 8 });
    expect(Buffer.from(attachment?.data ?? []).toString()).toBe('a,b\n1,2\n');
  });

  it('answers unknown interactions with 10062 and double callbacks with 40060', async () => {
    const { fake } = await startHarness();
    const callback = (id: string, token: string): Promise<Response> =>
      fetch(`${fake.apiUrl}/v10/interactions/${id}/${token}/callback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 4, data: { content: 'x' } }),
      });
    const unknown = await callback('1', 'nope');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ code: 10062, message: 'Unknown interaction' });
    const outcome = await fake.chatInput({ name: 'ping' });
    const again = await callback(String(outcome.interaction.id), String(outcome.interaction.token));
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: 40060 });
    const unrouted = await fetch(`${fake.apiUrl}/v10/nowhere`);
    expect(unrouted.status).toBe(404);
    expect(await unrouted.json()).toEqual({ message: '404: Not Found', code: 0 });
  });

  it('lets discord.js retry through an injected 429 and 500', async () => {
    const { fake } = await startHarness();
    fake.failNext({ method: 'POST', pathIncludes: '/callback' }, { status: 429, retryAfterSeconds: 0.2 });
    const before = fake.stats().restRequests;
    const limited = await fake.chatInput({ name: 'ping' });
    expect(limited.callback.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    // Callbacks go through @discordjs/rest's BurstHandler, which only honours Retry-After: whole seconds.
    expect(limited.latencyMs).toBeGreaterThanOrEqual(1000);
    expect(fake.stats().restRequests - before).toBe(2);
    fake.failNext({ pathIncludes: '/callback' }, { status: 500 });
    const failed = await fake.chatInput({ name: 'ping' });
    expect(failed.message?.ephemeral).toBe(true);
    expect(fake.stats().callbacks).toBe(2);
  });
});

describe('FakeDiscord over a network', () => {
  it('acts on each REST request, gateway connection and frame a round trip after it arrives', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN, roundTripMs: 150 });
    try {
      let started = performance.now();
      const response = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { Authorization: `Bot ${TOKEN}` } });
      expect(response.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);

      started = performance.now();
      const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      const frames = gatewayFrames(ws);
      expect(await frames.next()).toMatchObject({ op: 10 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
      started = performance.now();
      ws.send(JSON.stringify({ op: 1, d: null }));
      expect(await frames.next()).toMatchObject({ op: 11 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
      ws.close();
    } finally {
      await fake.close();
    }
  });
});

describe('gateway fault injection', () => {
  it('says HELLO and closes 4004 on an IDENTIFY with a wrong token', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN, heartbeatIntervalMs: 1234 });
    try {
      const ws = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      expect(await gatewayFrames(ws).next()).toMatchObject({ op: 10, d: { heartbeat_interval: 1234 } });
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));
      expect(await closed).toBe(4004);
    } finally {
      await fake.close();
    }
  });

  it('delivers interactions dispatched before any bot connected once it is ready', async () => {
    const fake = await FakeDiscord.start();
    const early = fake.chatInput({ name: 'ping', timeoutMs: 5000 });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
    client.on(Events.InteractionCreate, (interaction) => void handle(interaction).catch(() => undefined));
    try {
      await client.login(TOKEN);
      expect((await early).message?.ephemeral).toBe(true);
    } finally {
      await client.destroy();
      await fake.close();
    }
  });

  it('resumes after close 4000 and delivers an interaction sent while disconnected', async () => {
    const { fake } = await startHarness();
    fake.closeGateway(4000);
    const outcome = await fake.chatInput({ name: 'ping' });
    expect(outcome.message?.ephemeral).toBe(true);
    expect(fake.stats()).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('replays dispatches the client missed on RESUME, then sends RESUMED', async () => {
    const fake = await FakeDiscord.start({ token: TOKEN });
    try {
      const first = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      const firstFrames = gatewayFrames(first);
      await firstFrames.next(); // HELLO
      first.send(JSON.stringify({ op: 2, d: { token: TOKEN, intents: 1, properties: {} } }));
      const ready = await firstFrames.next();
      expect(ready).toMatchObject({ op: 0, s: 1, t: 'READY' });
      expect(await firstFrames.next()).toMatchObject({ s: 2, t: 'GUILD_CREATE' });
      const sessionId = (ready.d as { session_id: string }).session_id;
      first.terminate();
      await new Promise((resolve) => first.once('close', resolve));
      // Dispatched while nobody listens: must come back on RESUME.
      void fake.chatInput({ name: 'ping', timeoutMs: 1000 }).catch(() => undefined);
      const second = new WebSocket(`${fake.gatewayUrl}?v=10&encoding=json`);
      const secondFrames = gatewayFrames(second);
      await secondFrames.next(); // HELLO
      second.send(JSON.stringify({ op: 6, d: { token: TOKEN, session_id: sessionId, seq: 1 } }));
      expect(await secondFrames.next()).toMatchObject({ s: 2, t: 'GUILD_CREATE' });
      expect(await secondFrames.next()).toMatchObject({ s: 3, t: 'INTERACTION_CREATE' });
      expect(await secondFrames.next()).toMatchObject({ s: 4, t: 'RESUMED' });
      expect(fake.stats()).toMatchObject({ identifies: 1, resumes: 1 });
      second.terminate();
    } finally {
      await fake.close();
    }
  });

  it('re-identifies after close 1000', async () => {
    const { fake } = await startHarness();
    fake.closeGateway(1000);
    await fake.waitForClient();
    expect(fake.stats()).toMatchObject({ identifies: 2, resumes: 0 });
    expect((await fake.chatInput({ name: 'ping' })).callback.type).toBe(4);
  });

  it('resumes after the TCP connection drops', async () => {
    const { fake } = await startHarness();
    fake.dropGateway();
    expect((await fake.chatInput({ name: 'ping' })).callback.type).toBe(4);
    expect(fake.stats().resumes).toBe(1);
  });

  it('resumes on op 7 RECONNECT', async () => {
    const { fake } = await startHarness();
    fake.sendReconnect();
    expect((await fake.chatInput({ name: 'ping' })).callback.type).toBe(4);
    expect(fake.stats()).toMatchObject({ identifies: 1, resumes: 1 });
  });

  it('re-identifies on a non-resumable op 9 and resumes on a resumable one', async () => {
    const { fake } = await startHarness();
    fake.sendInvalidSession(false);
    expect((await fake.chatInput({ name: 'ping' })).callback.type).toBe(4);
    expect(fake.stats()).toMatchObject({ identifies: 2, resumes: 0 });
    fake.sendInvalidSession(true);
    expect((await fake.chatInput({ name: 'ping' })).callback.type).toBe(4);
    expect(fake.stats()).toMatchObject({ identifies: 2, resumes: 1 });
  });
});
