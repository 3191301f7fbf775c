import { ConfigError, loadConfig, requireDiscord, requireHttpInteractions, type Config } from './bot/config.ts';
import { createLogger, type Logger } from './bot/logger.ts';
import { onShutdown } from './bot/shutdown.ts';
import { StartupError } from './bot/startup.ts';
import { CatalogStore } from './data/catalogStore.ts';
import { DataError } from './data/dataError.ts';
import { DATASET_FILE } from './data/paths.ts';

/** Set once the configuration is read: from then on even a fatal error is one redacted, structured line. */
let startupLogger: Logger | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, [config.DISCORD_TOKEN]);
  startupLogger = logger;
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));

  // Loaded by the service as suits it (the gateway connects meanwhile); a bad file still stops the start.
  const store = new CatalogStore(config.DATA_FILE ?? DATASET_FILE, logger, {
    maxBytes: config.DATA_MAX_BYTES,
    firstLoad: 'later',
  });
  process.on('SIGHUP', () => void store.reload('SIGHUP'));
  store.watchFile();

  const service: { stop?: () => Promise<void> } = {};
  // From the start on: a signal while the data loads or Discord is retried stops the start, with exit code 0.
  onShutdown(
    logger,
    async () => {
      store.close();
      await service.stop?.();
    },
    { watchParent: process.env.npm_lifecycle_event !== undefined },
  );
  service.stop = await startService(config, store, logger);
}

/**
 * The bot on Discord (HTTP interactions with BOT_MODE=http, else the gateway when a token is set), else (or with
 * --playground) the local playground; returns how to stop it.
 */
async function startService(config: Config, store: CatalogStore, logger: Logger): Promise<() => Promise<void>> {
  const playground = process.argv.includes('--playground');
  if (!playground && config.BOT_MODE !== 'http' && config.DISCORD_TOKEN !== undefined) {
    // Each mode loads only what it uses: discord.js (about 40 MB) stays out of an HTTP replica. The gateway service
    // loads the data while it connects.
    const { startGatewayService } = await import('./bot/gatewayService.ts');
    return startGatewayService(requireDiscord(config), store, logger);
  }
  await store.loadFirst();
  if (!playground && config.BOT_MODE === 'http') return startHttpService(config, store, logger);
  if (config.DISCORD_TOKEN === undefined) {
    console.log(
      'No DISCORD_TOKEN set: starting the local playground (a Discord emulator on 127.0.0.1) instead of Discord.',
    );
  }
  const { startPlayground } = await import('./playground/start.ts');
  const started = await startPlayground({ config, store, logger });
  console.log(`Playground ready: open ${started.url}`);
  return started.close;
}

/** HTTP interactions: Discord POSTs each interaction to this process; no gateway, no bot token. */
async function startHttpService(config: Config, store: CatalogStore, logger: Logger): Promise<() => Promise<void>> {
  const { DISCORD_PUBLIC_KEY, DISCORD_API_URL, HTTP_HOST, HTTP_PORT } = requireHttpInteractions(config);
  const { startHttpBot } = await import('./bot/http/service.ts');
  const bot = await startHttpBot({
    publicKey: DISCORD_PUBLIC_KEY,
    apiUrl: DISCORD_API_URL,
    host: HTTP_HOST,
    port: HTTP_PORT,
    store,
    logger,
  });
  return bot.close;
}

main().catch((error: unknown) => {
  // Configuration and data problems are the user's to fix: one clear message, no stack trace.
  if (error instanceof ConfigError || error instanceof DataError) {
    console.error(error.message);
    process.exit(1);
  }
  if (!startupLogger) {
    console.error(error);
    process.exit(1);
  }
  // Anything else is one fatal line through the logger, so its redaction applies (a raw stack could quote a URL).
  if (error instanceof StartupError) startupLogger.fatal({ reason: error.reason, err: error.cause }, error.message);
  else startupLogger.fatal({ err: error }, 'could not start');
  startupLogger.flush(() => process.exit(1));
});
