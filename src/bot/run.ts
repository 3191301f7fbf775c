import { Events, type Client } from 'discord.js';
import { LIST_RENDERERS, SUBCOMMANDS } from '../../commands/index.ts';
import { createRouter } from '../app/router.ts';
import type { CatalogStore } from '../data/catalogStore.ts';
import { createBot } from './client.ts';
import type { Logger } from './logger.ts';

/** Logs into the gateway and resolves once the client is ready (not merely logged in). */
export async function startBot(options: {
  token: string;
  apiUrl?: string;
  store: CatalogStore;
  logger: Logger;
}): Promise<Client> {
  const router = createRouter({
    subcommands: SUBCOMMANDS,
    lists: LIST_RENDERERS,
    catalog: () => options.store.catalog,
  });
  const client = createBot({ router, logger: options.logger, apiUrl: options.apiUrl });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  return client;
}
