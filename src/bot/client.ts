import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Router } from '../app/router.ts';
import { sendReply, toRequest } from './adapter.ts';
import type { Logger } from './logger.ts';

export interface BotOptions {
  router: Router;
  logger: Logger;
  /** REST base URL (Discord's by default); the local emulator or a REST proxy otherwise. */
  apiUrl?: string;
}

/**
 * The only place that knows discord.js: a client with the Guilds intent alone (no privileged intents), whose every
 * interaction goes through the router and gets exactly one answer, logged on one line.
 */
export function createBot({ router, logger, apiUrl }: BotOptions): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(apiUrl ? { rest: { api: apiUrl } } : {}),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void answer(interaction);
  });
  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord.js client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));

  async function answer(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const request = toRequest(interaction);
    if (
      !request ||
      !(interaction.isChatInputCommand() || interaction.isAutocomplete() || interaction.isMessageComponent())
    ) {
      logger.warn({ type: interaction.type, id: interaction.id }, 'interaction type not handled');
      return;
    }
    const handled = router(request);
    try {
      await sendReply(interaction, handled.reply);
      logger.info(
        {
          kind: request.kind,
          action: handled.action,
          outcome: handled.outcome,
          latencyMs: Math.round(performance.now() - started),
          locale: request.locale,
          ...(handled.error ? { err: handled.error } : {}),
        },
        'interaction',
      );
    } catch (error) {
      logger.error(
        { kind: request.kind, action: handled.action, err: error, latencyMs: Math.round(performance.now() - started) },
        'could not answer interaction',
      );
    }
  }

  return client;
}
