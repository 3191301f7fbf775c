import { LIST_SOURCES, SUBCOMMANDS } from '../../../commands/index.ts';
import { createRouter } from '../../app/router.ts';
import type { CatalogStore } from '../../data/catalogStore.ts';
import type { BotRouter } from '../client.ts';
import type { Logger } from '../logger.ts';
import { createMetrics } from '../ops/metrics.ts';
import { readiness } from '../ops/readiness.ts';
import { startOpsServer, type OpsServer } from '../ops/server.ts';
import { createInteractionEndpoint, type InteractionEndpoint } from './endpoint.ts';
import { InteractionWebhooks } from './webhook.ts';

export interface StartHttpBotOptions {
  publicKey: string;
  /** REST base URL for the webhook calls (Discord's by default; the local emulator in tests). */
  apiUrl?: string;
  host: string;
  port: number;
  store: Pick<CatalogStore, 'catalog'>;
  logger: Logger;
  /** Stands in for the router over `store` (tests: a slow router). */
  router?: BotRouter;
  deferAfterMs?: number;
}

export interface HttpBot {
  url: string;
  ops: OpsServer;
  endpoint: InteractionEndpoint;
  /** Stops taking requests, lets the interactions in flight finish (deferred ones included), then closes. */
  close: () => Promise<void>;
}

/**
 * The bot as an HTTP interactions endpoint: no gateway connection and no bot token, the same router as the gateway
 * transport, and health and metrics on the same port.
 */
export async function startHttpBot(options: StartHttpBotOptions): Promise<HttpBot> {
  const { store, logger } = options;
  const catalog = () => store.catalog;
  const metrics = createMetrics({ catalog });
  const endpoint = createInteractionEndpoint({
    publicKey: options.publicKey,
    router: options.router ?? createRouter({ subcommands: SUBCOMMANDS, lists: LIST_SOURCES, catalog }),
    webhooks: new InteractionWebhooks(options.apiUrl),
    logger,
    observe: metrics.observe,
    onRefused: metrics.refused,
    deferAfterMs: options.deferAfterMs,
  });
  const ops = await startOpsServer({
    host: options.host,
    port: options.port,
    readiness: readiness({ dataset: () => ({ projects: store.catalog.projects.length }) }),
    metrics,
    logger,
    interactions: endpoint.handle,
  });
  logger.info({ url: `${ops.url}/interactions` }, 'ready for HTTP interactions');
  return {
    url: ops.url,
    ops,
    endpoint,
    close: async () => {
      await ops.close();
      await endpoint.settled();
    },
  };
}
