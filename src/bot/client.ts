import {
  Client,
  Events,
  GatewayIntentBits,
  Options,
  Partials,
  ShardClientUtil,
  type ClientOptions,
  type Interaction,
  type Message,
} from 'discord.js';
import type { Handled, InteractionRequest } from '../app/router.ts';
import {
  acknowledge,
  messageRequest,
  questionOf,
  replyToMessage,
  sendAcknowledgedReply,
  sendReply,
  toRequest,
  type Answerable,
} from './adapter.ts';
import { Cooldown } from '../app/cooldown.ts';
import { DEFAULT_DEFER_AFTER_MS, TOO_SLOW, within } from './deadline.ts';
import { InFlight } from './inFlight.ts';
import type { Logger } from './logger.ts';
import type { InteractionObserver, InteractionRecord } from './ops/metrics.ts';

/** The router as the client takes it: synchronous today; an asynchronous one is deferred when slow, not dropped. */
export type BotRouter = (request: InteractionRequest) => Handled | Promise<Handled>;

/** An answer to a message slower than this shows "<bot> is typing…", as a person writing back would. */
const TYPING_AFTER_MS = 500;
/** A person's messages are answered at most this often: enough to read an answer, too little to flood a channel. */
export const DEFAULT_MESSAGE_COOLDOWN_MS = 4000;
/** People the cooldown remembers at once; far more than write to one process within a few seconds. */
const COOLDOWN_MAX_PEOPLE = 10_000;

export interface BotOptions {
  router: BotRouter;
  logger: Logger;
  /** REST base URL (Discord's by default); the local emulator or a REST proxy otherwise. */
  apiUrl?: string;
  /** How long an answer may take before the interaction is deferred (autocomplete: answered with no choices). */
  deferAfterMs?: number;
  /** Extra discord.js options (tests: no identify throttling); intents, mentions and the API URL stay ours. */
  clientOptions?: Partial<ClientOptions>;
  /** The pause between two answers to the same person's messages (0: none). */
  messageCooldownMs?: number;
  /** Told of every interaction and answered message at its log line (metrics). */
  observe?: InteractionObserver;
  /** Counts the answers under way, and takes no new ones once closed (graceful shutdown). */
  inFlight?: InFlight;
  /** Gateway shards to run, all in this process; default: as many as Discord recommends (GET /gateway/bot). */
  shardCount?: number;
}

/** discord.js's sharding options: Discord's recommendation ('auto'), or every shard of a forced count. */
function shardingFor(shardCount: number | undefined): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (shardCount === undefined) return { shards: 'auto' };
  return { shards: Array.from({ length: shardCount }, (_, id) => id), shardCount };
}

/**
 * The discord.js options of the bot: no privileged intent. Discord delivers the content of messages that mention the
 * bot and of DMs without Message Content, which is all the bot reads; DM channels arrive uncached, hence the partial.
 */
/**
 * The bot reads each message and interaction from its own event and never looks anything up later, so the caches
 * that grow with every person seen are off. Kept: guilds and channels (discord.js needs them to route events and to
 * reply, a DM channel included) and the bot's own user and member (discord.js's documented exceptions).
 */
const BOUNDED_CACHES = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  ThreadMemberManager: 0,
  VoiceStateManager: 0,
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
});

export function clientOptionsFor(
  apiUrl?: string,
  extra: Partial<ClientOptions> = {},
  shardCount?: number,
): ClientOptions {
  return {
    ...shardingFor(shardCount),
    ...extra,
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    makeCache: BOUNDED_CACHES,
    rest: { ...extra.rest, ...(apiUrl ? { api: apiUrl } : {}) },
  };
}

/** What is known of an answer so far, for its log line even when sending it fails. */
interface Progress {
  handled?: Handled;
  deferred?: true;
}

const isAnswerable = (interaction: Interaction): interaction is Answerable =>
  interaction.isChatInputCommand() ||
  interaction.isAutocomplete() ||
  interaction.isMessageContextMenuCommand() ||
  interaction.isMessageComponent();

/**
 * The only place that knows discord.js: every interaction goes through the router and gets exactly one answer
 * (deferred first if the answer is slow), logged on one line. Nothing here throws or rejects unhandled.
 */
export function createBot({
  router,
  logger,
  apiUrl,
  deferAfterMs = DEFAULT_DEFER_AFTER_MS,
  clientOptions,
  messageCooldownMs = DEFAULT_MESSAGE_COOLDOWN_MS,
  observe,
  inFlight = new InFlight(),
  shardCount,
}: BotOptions): Client {
  const client = new Client(clientOptionsFor(apiUrl, clientOptions, shardCount));
  const cooldown = new Cooldown({ windowMs: messageCooldownMs, maxPeople: COOLDOWN_MAX_PEOPLE });
  /** Discord routes a guild's events to shard (guild_id >> 22) % shards, and DMs to shard 0. */
  const shardOf = (guildId: string | null) =>
    guildId === null ? 0 : ShardClientUtil.shardIdForGuildId(guildId, client.options.shardCount ?? 1);

  client.on(Events.InteractionCreate, (interaction) => {
    if (!inFlight.take(() => answer(interaction))) {
      logger.warn({ id: interaction.id, shard: shardOf(interaction.guildId) }, 'interaction not taken: shutting down');
    }
  });
  // Only new messages: an edit is never a new question (MessageUpdate is not listened to).
  client.on(Events.MessageCreate, (message) => {
    if (!inFlight.take(() => answerMessage(message)))
      logger.debug({ id: message.id }, 'message not taken: shutting down');
  });
  client.once(Events.ClientReady, (ready) =>
    logger.info(
      { user: ready.user.tag, guilds: ready.guilds.cache.size, shards: ready.options.shardCount },
      'logged in to Discord',
    ),
  );
  client.on(Events.ShardReady, (shard, unavailable) =>
    logger.info({ shard, unavailableGuilds: unavailable?.size ?? 0 }, 'gateway shard ready'),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  /** Answers at once when the router is done in time, else acknowledges first and answers when it is. */
  async function respond(
    interaction: Answerable,
    result: Handled | Promise<Handled>,
    progress: Progress,
  ): Promise<void> {
    if (!(result instanceof Promise)) {
      progress.handled = result;
      await sendReply(interaction, result.reply);
      return;
    }
    // Observed now, so a router failing after a failed acknowledgement is not an unhandled rejection.
    result.catch(() => undefined);
    const early = await within(result, deferAfterMs);
    if (early !== TOO_SLOW) {
      progress.handled = early;
      await sendReply(interaction, early.reply);
      return;
    }
    progress.deferred = true;
    await acknowledge(interaction);
    progress.handled = await result;
    // Autocomplete was answered with no choices: its late result has nowhere to go.
    if (!interaction.isAutocomplete()) await sendAcknowledgedReply(interaction, progress.handled.reply);
  }

  async function answer(interaction: Interaction): Promise<void> {
    const started = performance.now();
    if (!isAnswerable(interaction)) {
      logger.warn({ type: interaction.type, id: interaction.id }, 'interaction type not handled');
      return;
    }
    const progress: Progress = {};
    let kind: string | undefined;
    const report = (outcome: InteractionRecord['outcome']) =>
      observe?.({
        kind: kind ?? 'unknown',
        action: progress.handled?.action,
        outcome,
        seconds: (performance.now() - started) / 1000,
        deferred: progress.deferred === true,
      });
    try {
      const request = toRequest(interaction);
      kind = request.kind;
      await respond(interaction, router(request), progress);
      const handled = progress.handled;
      report(handled?.outcome ?? 'failed');
      logger.info(
        {
          kind,
          shard: shardOf(interaction.guildId),
          action: handled?.action,
          outcome: handled?.outcome,
          latencyMs: Math.round(performance.now() - started),
          locale: request.locale,
          ...(progress.deferred ? { deferred: true } : {}),
          ...(handled?.error ? { err: handled.error } : {}),
        },
        'interaction',
      );
    } catch (error) {
      report('failed');
      logger.error(
        {
          kind,
          action: progress.handled?.action,
          ...(progress.deferred ? { deferred: true } : {}),
          err: error,
          latencyMs: Math.round(performance.now() - started),
        },
        'could not answer interaction',
      );
    }
  }

  /**
   * Answers a message that asks the bot something, as a reply; one log line each, with the question's length but
   * never its text. Within a person's cooldown: one polite reminder, then silence until it is over.
   */
  async function answerMessage(message: Message): Promise<void> {
    const started = performance.now();
    const botId = client.user?.id;
    const question = botId === undefined ? undefined : questionOf(message, botId);
    if (!question) return;
    const verdict = cooldown.take(message.author.id);
    const fields = {
      kind: 'message',
      shard: shardOf(message.guildId),
      channel: question.channel,
      length: question.text.length,
    };
    if (verdict === 'silent') {
      logger.debug(fields, 'message within cooldown: not answered');
      return;
    }
    let handled: Handled | undefined;
    const report = (outcome: InteractionRecord['outcome']) =>
      observe?.({
        kind: 'message',
        action: handled?.action,
        outcome,
        seconds: (performance.now() - started) / 1000,
        deferred: false,
      });
    try {
      const result = router(messageRequest(message, question, verdict === 'remind'));
      if (result instanceof Promise && (await within(result, TYPING_AFTER_MS)) === TOO_SLOW) showTyping(message);
      handled = await result;
      await replyToMessage(message, handled.reply);
      report(handled.outcome);
      logger.info(
        {
          ...fields,
          action: handled.action,
          outcome: handled.outcome,
          latencyMs: Math.round(performance.now() - started),
          ...(handled.error ? { err: handled.error } : {}),
        },
        'message',
      );
    } catch (error) {
      report('failed');
      logger.error(
        { ...fields, action: handled?.action, err: error, latencyMs: Math.round(performance.now() - started) },
        'could not answer message',
      );
    }
  }

  return client;
}

/** "<bot> is typing…" in the message's channel; a failure only loses the indicator, never the answer. */
function showTyping(message: Message): void {
  if ('sendTyping' in message.channel) void message.channel.sendTyping().catch(() => undefined);
}
