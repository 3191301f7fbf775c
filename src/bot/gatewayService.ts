import type { Client } from 'discord.js';
import type { CatalogStore } from '../data/catalogStore.ts';
import type { DiscordConfig } from './config.ts';
import { InFlight } from './inFlight.ts';
import type { Logger } from './logger.ts';
import { createMetrics } from './ops/metrics.ts';
import { readiness } from './ops/readiness.ts';
import { startOpsServer } from './ops/server.ts';
import { shardStates } from './ops/shards.ts';
import { startBot, stopBot } from './run.ts';
import { announceReady } from './readyLine.ts';
import { connectWithRetry } from './startup.ts';

/**
 * The bot on Discord's gateway, with health and metrics beside it; returns how to stop it. Health and metrics start
 * first, so probes get an answer (503 until the data is loaded and every shard is ready) while the gateway connects.
 * The data is loaded while it connects: the handshake's round trips wait on Discord, and the index build fills them.
 */
export async function startGatewayService(
  config: DiscordConfig,
  store: CatalogStore,
  logger: Logger,
): Promise<() => Promise<void>> {
  const gateway: { client?: Client } = {};
  const shards = () => (gateway.client ? shardStates(gateway.client) : new Map<number, boolean>());
  const catalog = () => (store.loaded ? store.catalog : undefined);
  const metrics = createMetrics({ catalog, shards });
  const dataset = () => {
    const current = catalog();
    return current && { projects: current.projects.length };
  };
  const ops = await startOpsServer({
    host: config.HTTP_HOST,
    port: config.HTTP_PORT,
    readiness: readiness({ dataset, shards }),
    metrics,
    logger,
  });
  const inFlight = new InFlight();
  const connecting = connectWithRetry(
    () =>
      startBot({
        token: config.DISCORD_TOKEN,
        apiUrl: config.DISCORD_API_URL,
        store,
        logger,
        observe: metrics.observe,
        inFlight,
        shardCount: config.SHARD_COUNT,
      }),
    { logger, target: config.DISCORD_API_URL ?? 'https://discord.com/api' },
  );
  const [client, loaded] = await Promise.all([connecting, store.loadFirst()]);
  gateway.client = client;
  await announceReady(logger, { projects: loaded.projects.length, shards: client.options.shardCount });
  return async () => {
    await stopBot(client, inFlight, logger);
    await ops.close();
  };
}
