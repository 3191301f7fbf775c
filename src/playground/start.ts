import type { Config } from '../bot/config.ts';
import type { Logger } from '../bot/logger.ts';
import type { CatalogStore } from '../data/catalogStore.ts';
import type { FakeDiscord } from '../emulator/index.ts';
import { allowedHosts, checkExposure } from './access.ts';
import { startEmulatedBot } from './bot.ts';
import { pageBundle } from './bundle.ts';
import { ChannelFeed } from './feed.ts';
import { listen, requestHandler } from './server.ts';

export interface Playground {
  url: string;
  fake: FakeDiscord;
  close(): Promise<void>;
}

/**
 * Try the bot without Discord: the real bot talks to a local fake Discord, and a web page on PLAYGROUND_HOST:
 * PLAYGROUND_PORT plays the Discord client (slash commands with autocomplete, replies, buttons, menus).
 */
export async function startPlayground(options: {
  config: Config;
  store: CatalogStore;
  logger: Logger;
}): Promise<Playground> {
  const { config, store } = options;
  const logger = options.logger.child({ component: 'playground' });
  const warning = checkExposure(config.PLAYGROUND_HOST, config.PLAYGROUND_ALLOW_NETWORK ?? false);
  if (warning) {
    logger.warn({ host: config.PLAYGROUND_HOST }, 'playground reachable from the network');
    console.warn(warning);
  }
  const { server, url, address, port } = await listen(config.PLAYGROUND_HOST, config.PLAYGROUND_PORT);
  const closeServer = () => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  };

  // The bundle is built while the bot connects: a broken page fails the start, not the first visit.
  const [started, bundled] = await Promise.allSettled([
    startEmulatedBot({ store, logger: options.logger, transport: config.PLAYGROUND_TRANSPORT }),
    pageBundle(),
  ]);
  if (started.status === 'rejected' || bundled.status === 'rejected') {
    if (started.status === 'fulfilled') await started.value.close();
    await closeServer();
    throw started.status === 'rejected' ? started.reason : (bundled as PromiseRejectedResult).reason;
  }
  const bot = started.value;
  const feed = new ChannelFeed(bot.fake);
  const hosts = allowedHosts(port, config.PLAYGROUND_HOST, address);
  server.on('request', requestHandler({ fake: bot.fake, feed }, logger, hosts));
  logger.info({ url }, 'playground listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    fake: bot.fake,
    close: () => {
      closing ??= (async () => {
        feed.close();
        await closeServer();
        await bot.close();
      })();
      return closing;
    },
  };
}
