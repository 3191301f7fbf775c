import { Events, type Client } from 'discord.js';
import { askLanguage, LIST_SOURCES, SUBCOMMANDS } from '../../commands/index.ts';
import { createRouter } from '../app/router.ts';
import type { CatalogStore } from '../data/catalogStore.ts';
import { createBot, type BotOptions } from './client.ts';
import type { InFlight } from './inFlight.ts';
import type { Logger } from './logger.ts';

export interface StartBotOptions extends Pick<
  BotOptions,
  'deferAfterMs' | 'clientOptions' | 'messageCooldownMs' | 'observe' | 'inFlight' | 'shardCount'
> {
  token: string;
  apiUrl?: string;
  store: CatalogStore;
  logger: Logger;
  /** Stands in for the router over `store` (tests: a slow router). */
  router?: BotOptions['router'];
  /** The pause between two public shares by one person (the router's default if unset; tests: 0). */
  sharePauseMs?: number;
}

/**
 * Logs into the gateway and resolves once the client is ready (not merely logged in). The store's data may still be
 * loading (see startGatewayService): what arrives meanwhile is answered once it is in service, deferred if that is
 * slow.
 */
export async function startBot({ token, store, router, sharePauseMs, ...options }: StartBotOptions): Promise<Client> {
  const route =
    router ??
    createRouter({
      subcommands: SUBCOMMANDS,
      lists: LIST_SOURCES,
      catalog: () => store.catalog,
      questionLanguage: askLanguage,
      sharePauseMs,
    });
  const client = createBot({
    ...options,
    router: (request) => (store.loaded ? route(request) : store.whenLoaded().then(() => route(request))),
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    // A failed login leaves REST queues and timers behind; a retry starts from a fresh client.
    await client.destroy();
    throw error;
  }
  return client;
}

/** How long a shutdown waits for the answers under way: more than any answer takes, less than a supervisor's patience. */
export const DRAIN_MS = 10_000;

/**
 * Stops taking new interactions and messages, waits for those under way (at most `drainMs`), then closes the gateway:
 * answers need the client's REST side, which closing it ends.
 */
export async function stopBot(client: Client, inFlight: InFlight, logger: Logger, drainMs = DRAIN_MS): Promise<void> {
  inFlight.close();
  const underWay = inFlight.size;
  const drained = await inFlight.settled(drainMs);
  if (drained) logger.info({ answered: underWay }, 'answers under way sent');
  else logger.warn({ unfinished: inFlight.size, afterMs: drainMs }, 'gave up waiting for answers under way');
  await client.destroy();
}
