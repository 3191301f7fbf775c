import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GatewayDispatchEvents } from 'discord-api-types/v10';
import type { APIUser } from 'discord-api-types/v10';
import { ChannelMessages } from './channel-messages.ts';
import { CommandStore } from './commands.ts';
import { FaultInjector } from './faults.ts';
import { botUser, DEFAULT_USER, guildCreatePayload, guildIdsOf, inGuild, readyPayload, toApiUser } from './fixtures.ts';
import type { World } from './fixtures.ts';
import { Gateway, shardOf } from './gateway.ts';
import { HttpDelivery, type EndpointAnswer, type SignedHeaders } from './http-delivery.ts';
import { InteractionFactory } from './interaction-payloads.ts';
import { InteractionRegistry, type TrackedInteraction } from './interactions.ts';
import { MessageStore } from './message-store.ts';
import { InteractionResponder } from './responder.ts';
import { afterRoundTrip } from './latency.ts';
import { RestApi } from './rest.ts';
import { SnowflakeFactory } from './snowflake.ts';
import type {
  ChatInputInput,
  ComponentInput,
  EmulatorStats,
  FakeAttachment,
  FailureMatch,
  FailureSpec,
  FakeDiscordEvents,
  FakeDiscordOptions,
  FakeMessage,
  InteractionOutcome,
  MessageCommandInput,
  UserMessageInput,
} from './types.ts';

const GATEWAY_PATH = '/gateway';
const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULTS = {
  host: '127.0.0.1',
  port: 0,
  applicationId: '1000000000000000001',
  guildId: '2000000000000000001',
  channelId: '3000000000000000001',
  dmChannelId: '3000000000000000002',
  heartbeatIntervalMs: 41_250,
};

/**
 * A local Discord for the real discord.js Client: REST under /api/v10 and the gateway on /gateway, one
 * HTTP server on loopback. Drive the bot with chatInput/autocomplete/component, read what users would see
 * with messages(), and break things with the fault-injection methods. Interactions dispatched while no bot
 * is connected are queued and delivered on its next RESUME or IDENTIFY (Discord would drop them on IDENTIFY).
 */
export class FakeDiscord extends EventEmitter<FakeDiscordEvents> {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly guildId: string;
  /** Every guild the bot is in: `guildId` first, then (with `shards` > 1) one more per shard. */
  readonly guildIds: readonly string[];
  readonly channelId: string;
  /** The default user's DM channel with the bot; others get theirs on first use (see dmChannelFor). */
  readonly dmChannelId: string;

  readonly #server: Server;
  readonly #gateway: Gateway;
  readonly #rest: RestApi;
  readonly #commands: CommandStore;
  readonly #messages: MessageStore;
  readonly #interactions: InteractionRegistry;
  readonly #responder: InteractionResponder;
  readonly #payloads: InteractionFactory;
  readonly #faults: FaultInjector;
  readonly #channels: ChannelMessages;
  readonly #http = new HttpDelivery();
  #interactionsUrl: string | undefined;
  /** Gateway upgrades waiting while connections are held (an outage); undefined when they are served. */
  #heldUpgrades: (() => void)[] | undefined;
  #closed = false;

  private constructor(server: Server, world: World, baseUrl: string, options: FakeDiscordOptions) {
    super();
    this.#server = server;
    this.apiUrl = `http://${baseUrl}/api`;
    this.gatewayUrl = `ws://${baseUrl}${GATEWAY_PATH}`;
    this.applicationId = world.applicationId;
    this.guildId = world.guildId;
    const shards = options.shards ?? 1;
    const maxConcurrency = options.maxConcurrency ?? 1;
    this.guildIds = guildIdsOf(world, shards);
    this.channelId = world.channelId;
    this.dmChannelId = world.dmChannelId;
    this.#interactionsUrl = options.interactionsUrl;

    const ids = new SnowflakeFactory();
    this.#commands = new CommandStore(world.applicationId, ids);
    this.#messages = new MessageStore(
      ids,
      (channelId, attachment) =>
        `http://${baseUrl}/attachments/${channelId}/${attachment.id}/${encodeURIComponent(attachment.filename)}`,
      options.historyLimit,
    );
    this.#interactions = new InteractionRegistry();
    this.#faults = new FaultInjector();
    this.#payloads = new InteractionFactory(world, ids, this.#commands, (user) => this.#channels.dmChannel(user).id);
    this.#responder = new InteractionResponder({
      applicationId: world.applicationId,
      defaultChannelId: world.channelId,
      bot: botUser(world),
      messages: this.#messages,
      interactions: this.#interactions,
      callbackDeadlineMs: options.callbackDeadlineMs,
    });
    this.#gateway = new Gateway({
      token: options.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? DEFAULTS.heartbeatIntervalMs,
      resumeUrl: () => this.gatewayUrl,
      sessionStart: (sessionId, shard) => {
        const guilds = this.guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]);
        return [
          { t: GatewayDispatchEvents.Ready, d: readyPayload(world, sessionId, this.gatewayUrl, shard, guilds) },
          ...guilds.map((id) => ({ t: GatewayDispatchEvents.GuildCreate, d: guildCreatePayload(inGuild(world, id)) })),
        ];
      },
      shards,
      maxConcurrency,
      identifyIntervalMs: options.identifyIntervalMs ?? 0,
      privilegedIntents: options.privilegedIntents ?? 0,
      roundTripMs: options.roundTripMs ?? 0,
    });
    this.#channels = new ChannelMessages(world, ids, this.#messages, this.#gateway);
    this.#rest = new RestApi({
      channels: this.#channels,
      world,
      token: options.token,
      gatewayUrl: () => this.gatewayUrl,
      shards,
      maxConcurrency,
      commands: this.#commands,
      messages: this.#messages,
      responder: this.#responder,
      faults: this.#faults,
      deliveryOf: (token) => this.#interactions.findByToken(token)?.delivery,
      publicKey: this.#http.publicKeyHex,
    });

    this.#messages.on('messageCreate', (message) => this.#channels.announce(message));
    for (const event of ['messageCreate', 'messageUpdate', 'messageDelete'] as const) {
      this.#messages.on(event, (message) => this.emit(event, message));
    }
    this.#responder.on('interactionCallback', (outcome) => this.emit('interactionCallback', outcome));
    this.#gateway.on('clientReady', (how) => this.emit('clientReady', how));

    const roundTripMs = options.roundTripMs ?? 0;
    server.on('request', (req, res) => afterRoundTrip(roundTripMs, () => void this.#rest.handle(req, res)));
    server.on('upgrade', (req, socket, head: Buffer) => {
      if (new URL(req.url ?? '/', 'ws://emulator').pathname === GATEWAY_PATH) {
        const upgrade = () => this.#gateway.handleUpgrade(req, socket, head);
        if (this.#heldUpgrades) this.#heldUpgrades.push(upgrade);
        else afterRoundTrip(roundTripMs, upgrade);
      } else {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      }
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const host = options.host ?? DEFAULTS.host;
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULTS.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const { port } = server.address() as AddressInfo;
    const world: World = {
      applicationId: options.applicationId ?? DEFAULTS.applicationId,
      guildId: options.guildId ?? DEFAULTS.guildId,
      channelId: options.channelId ?? DEFAULTS.channelId,
      dmChannelId: DEFAULTS.dmChannelId,
      botName: options.botName ?? 'emulated-bot',
      createdAt: new Date(),
    };
    const hostForUrl = host.includes(':') ? `[${host}]` : host;
    return new FakeDiscord(server, world, `${hostForUrl}:${port}`, options);
  }

  /** Resolves once a bot has IDENTIFY'd or RESUMEd and was sent READY (+GUILD_CREATE) or RESUMED. */
  waitForClient(timeoutMs = 10_000): Promise<void> {
    return this.#gateway.waitForClient(timeoutMs);
  }

  /** The application's public key (hex): what an HTTP endpoint verifies interactions with (DISCORD_PUBLIC_KEY). */
  get publicKey(): string {
    return this.#http.publicKeyHex;
  }

  /**
   * The developer portal's "Interactions Endpoint URL": set, interactions are POSTed there, signed, and the HTTP
   * response is their callback; unset, they go over the gateway. Discord uses one or the other, never both.
   */
  setInteractionsEndpoint(url: string | undefined): void {
    this.#interactionsUrl = url;
  }

  /**
   * What the portal does before saving an endpoint URL: a signed PING must get `{"type":1}` and a badly signed one a
   * 401. Rejects saying which check failed.
   */
  async verifyInteractionsEndpoint(url: string): Promise<void> {
    const ping = JSON.stringify({ id: '1', application_id: this.applicationId, type: 1, token: 'ping', version: 1 });
    const good = await this.#http.post(url, ping);
    if (good.status !== 200 || (good.json as { type?: unknown } | undefined)?.type !== 1) {
      throw new Error(`a signed PING got ${good.status} ${JSON.stringify(good.json)}, not 200 {"type":1}`);
    }
    const forged = { ...this.#http.sign(ping), 'x-signature-ed25519': 'ab'.repeat(64) };
    const bad = await this.#http.post(url, ping, forged);
    if (bad.status !== 401) throw new Error(`a badly signed PING got ${bad.status}, not 401`);
  }

  /** Signature headers for `body` as Discord would send them, to craft requests by hand (tests). */
  signRequest(body: Buffer | string, timestamp?: number): SignedHeaders {
    return this.#http.sign(body, timestamp);
  }

  get clientConnected(): boolean {
    return this.#gateway.clientConnected;
  }

  /** The commands stored by the bot's last bulk overwrite (with their ids), global or for a guild. */
  registeredCommands(guildId?: string): unknown[] {
    return this.#commands.list(guildId);
  }

  chatInput(input: ChatInputInput): Promise<InteractionOutcome> {
    return this.#send(this.#payloads.chatInput(input), input.timeoutMs);
  }

  autocomplete(input: ChatInputInput): Promise<InteractionOutcome> {
    return this.#send(this.#payloads.autocomplete(input), input.timeoutMs);
  }

  /** Clicks a button / picks select values on a message the bot posted earlier. */
  component(input: ComponentInput): Promise<InteractionOutcome> {
    if (!this.#messages.get(input.messageId)) {
      return Promise.reject(new Error(`component(): unknown message ${input.messageId}`));
    }
    const message = this.#messages.toApi(input.messageId);
    // A click happens where the message is: in the bot DM for messages posted there.
    const inGuild = input.inGuild ?? message.channel_id === this.channelId;
    return this.#send(this.#payloads.component({ ...input, inGuild }, message), input.timeoutMs);
  }

  /** Right-click on a message → Apps → `name`: the message command, with the target message resolved. */
  messageCommand(input: MessageCommandInput): Promise<InteractionOutcome> {
    if (!this.#messages.get(input.targetMessageId)) {
      return Promise.reject(new Error(`messageCommand(): unknown message ${input.targetMessageId}`));
    }
    const target = this.#messages.toApi(input.targetMessageId);
    const inGuild = target.channel_id === this.channelId;
    return this.#send(this.#payloads.messageCommand({ ...input, inGuild }, target), input.timeoutMs);
  }

  /**
   * Someone writes in the guild channel or in their DM with the bot. The bot gets MESSAGE_CREATE if its intents
   * allow, with the content Discord would let it read; its answer, if any, arrives through waitForMessage().
   */
  postUserMessage(input: UserMessageInput): FakeMessage {
    return this.#channels.post(input);
  }

  /** Someone edits what they wrote: MESSAGE_UPDATE under the same rules. */
  editUserMessage(messageId: string, content: string): FakeMessage {
    return this.#channels.edit(messageId, content);
  }

  /** The DM channel between the bot and a user (opened if needed). */
  dmChannelFor(userId: string): string {
    return this.#channels.dmChannel(toApiUser({ ...DEFAULT_USER, id: userId })).id;
  }

  /** The person a DM channel is with (undefined for any other channel). */
  dmRecipient(channelId: string): APIUser | undefined {
    return this.#channels.recipientOf(channelId);
  }

  /** A user the emulator has seen (who wrote, or the bot), by id. */
  user(userId: string): APIUser | undefined {
    return this.#channels.user(userId);
  }

  /** The intents the bot identified with (undefined before it did). */
  get intents(): number | undefined {
    return this.#gateway.intents;
  }

  /** Dispatches a hand-made payload as is; its callback is awaited if it has an id and token. */
  dispatchRaw(payload: object, timeoutMs?: number): Promise<InteractionOutcome> {
    return this.#send(payload, timeoutMs);
  }

  messages(): FakeMessage[] {
    return this.#messages.list();
  }

  getMessage(id: string): FakeMessage | undefined {
    return this.#messages.get(id);
  }

  /** An uploaded file, by its attachment id (what Discord's CDN would serve). */
  attachment(id: string): FakeAttachment | undefined {
    return this.#messages.findAttachment(id);
  }

  /** The first message, already there or yet to be created or edited, for which `predicate` holds. */
  waitForMessage(predicate: (message: FakeMessage) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<FakeMessage> {
    return this.#messages.waitFor(predicate, timeoutMs);
  }

  /** Closes shard `shard`'s socket (default 0) with `code`. */
  closeGateway(code: number, shard = 0): void {
    this.#gateway.closeClient(code, undefined, shard);
  }

  dropGateway(shard = 0): void {
    this.#gateway.drop(shard);
  }

  /**
   * New gateway connections hang, as in an outage, until the returned function is called: with dropGateway() it keeps
   * the bot disconnected for as long as a test needs.
   */
  holdGatewayConnections(): () => void {
    this.#heldUpgrades ??= [];
    return () => {
      const held = this.#heldUpgrades ?? [];
      this.#heldUpgrades = undefined;
      for (const upgrade of held) upgrade();
    };
  }

  sendReconnect(): void {
    this.#gateway.sendReconnect();
  }

  sendInvalidSession(resumable: boolean): void {
    this.#gateway.sendInvalidSession(resumable);
  }

  /**
   * The next `times` REST requests matching `match` (method, and a substring of the decoded path such as
   * '/callback' or '/webhooks/') fail with `failure` instead of reaching their route.
   */
  failNext(match: FailureMatch, failure: FailureSpec, times = 1): void {
    this.#faults.add(match, failure, times);
  }

  /** Every IDENTIFY the gateway admitted, in order: which shard, and when (ms since the epoch). */
  identifies(): readonly { shard: number; at: number }[] {
    return this.#gateway.identifyLog;
  }

  stats(): EmulatorStats {
    const { identifies, resumes, heartbeats, dispatches } = this.#gateway.counters;
    return {
      identifies,
      resumes,
      heartbeats,
      dispatches,
      callbacks: this.#responder.callbacks,
      restRequests: this.#rest.requests,
      typing: this.#channels.typing,
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#interactions.rejectAll('FakeDiscord closed');
    this.#faults.clear();
    await this.#gateway.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  #send(payload: object, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<InteractionOutcome> {
    if (this.#closed) return Promise.reject(new Error('FakeDiscord closed'));
    const tracked = this.#interactions.track(payload as Record<string, unknown>);
    const outcome = this.#interactions.waitForCallback(tracked, timeoutMs);
    const url = this.#interactionsUrl;
    if (url === undefined) this.#gateway.dispatch(GatewayDispatchEvents.InteractionCreate, payload);
    else tracked.delivery = this.#deliver(url, tracked, payload);
    return outcome;
  }

  /** POSTs the interaction; the response is its callback, checked as Discord checks one sent by REST. */
  async #deliver(url: string, tracked: TrackedInteraction, payload: object): Promise<void> {
    let answer: EndpointAnswer;
    try {
      answer = await this.#http.post(url, JSON.stringify(payload));
    } catch (error) {
      this.#interactions.fail(tracked, new Error(`interactions endpoint unreachable: ${String(error)}`));
      return;
    }
    if (answer.status !== 200) {
      this.#interactions.fail(tracked, new Error(`interactions endpoint answered ${answer.status}`));
      return;
    }
    try {
      this.#responder.callback(tracked.id, tracked.token, { json: answer.json, files: [] }, false);
    } catch (error) {
      this.#interactions.fail(tracked, error instanceof Error ? error : new Error(String(error)));
    }
  }
}
