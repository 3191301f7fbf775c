import { Events, type Client } from 'discord.js';
import { LIST_SOURCES, SUBCOMMANDS } from '../../commands/index.ts';
import { createRouter } from '../app/router.ts';
import type { CatalogStore } from '../data/catalogStore.ts';
import { createBot, type BotOptions } from './client.ts';
import type { Logger } from './logger.ts';

export interface StartBotOptions extends Pick<
  BotOptions,
  'deferAfterMs' | 'clientOptions' | 'messageCooldownMs' | 'observe'
> {
  token: string;
  apiUrl?: string;
  store: CatalogStore;
  logger: Logger;
  /** Stands in for the router over `store` (tests: a slow router). */
  router?: BotOptions['router'];
}

/** Logs into the gateway and resolves once the client is ready (not merely logged in). */
export async function startBot({ token, store, router, ...options }: StartBotOptions): Promise<Client> {
  const client = createBot({
    ...options,
    router: router ?? createRouter({ subcommands: SUBCOMMANDS, lists: LIST_SOURCES, catalog: () => store.catalog }),
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
