import { Client, Events, GatewayIntentBits, type ClientOptions, type Interaction } from 'discord.js';
import type { Handled, InteractionRequest } from '../app/router.ts';
import { acknowledge, sendAcknowledgedReply, sendReply, toRequest, type Answerable } from './adapter.ts';
import type { Logger } from './logger.ts';

/** The router as the client takes it: synchronous today; an asynchronous one is deferred when slow, not dropped. */
export type BotRouter = (request: InteractionRequest) => Handled | Promise<Handled>;

/** Discord forgets an interaction not acknowledged within 3 s: defer before, leaving room for the round trip. */
export const DEFAULT_DEFER_AFTER_MS = 2500;

export interface BotOptions {
  router: BotRouter;
  logger: Logger;
  /** REST base URL (Discord's by default); the local emulator or a REST proxy otherwise. */
  apiUrl?: string;
  /** How long an answer may take before the interaction is deferred (autocomplete: answered with no choices). */
  deferAfterMs?: number;
  /** Extra discord.js options (tests: no identify throttling); intents, mentions and the API URL stay ours. */
  clientOptions?: Partial<ClientOptions>;
}

/** The discord.js options of the bot: the Guilds intent alone (no privileged intents), and mentions off. */
export function clientOptionsFor(apiUrl?: string, extra: Partial<ClientOptions> = {}): ClientOptions {
  return {
    ...extra,
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...extra.rest, ...(apiUrl ? { api: apiUrl } : {}) },
  };
}

const TOO_SLOW = Symbol('too slow');

/** The promise's value if it settles within `ms`, else TOO_SLOW; the timer never outlives the race. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TOO_SLOW> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TOO_SLOW>((resolve) => (timer = setTimeout(resolve, ms, TOO_SLOW)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What is known of an answer so far, for its log line even when sending it fails. */
interface Progress {
  handled?: Handled;
  deferred?: true;
}

const isAnswerable = (interaction: Interaction): interaction is Answerable =>
  interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isMessageComponent();

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
}: BotOptions): Client {
  const client = new Client(clientOptionsFor(apiUrl, clientOptions));

  client.on(Events.InteractionCreate, (interaction) => {
    void answer(interaction);
  });
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'),
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
    try {
      const request = toRequest(interaction);
      kind = request.kind;
      await respond(interaction, router(request), progress);
      const handled = progress.handled;
      logger.info(
        {
          kind,
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

  return client;
}
