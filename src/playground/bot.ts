import { randomBytes } from 'node:crypto';
import type { Client } from 'discord.js';
import { SUBCOMMANDS } from '../../commands/index.ts';
import { registerCommands } from '../bot/deploy.ts';
import { startHttpBot, type HttpBot } from '../bot/http/service.ts';
import type { Logger } from '../bot/logger.ts';
import { startBot } from '../bot/run.ts';
import type { CatalogStore } from '../data/catalogStore.ts';
import { FakeDiscord } from '../emulator/index.ts';

/** Discord drops interactions not answered within 3 s: the playground shows the same failure. */
const CALLBACK_DEADLINE_MS = 3000;
/** Messages kept per channel (and replayed to a page that opens): a long sitting stays light. README, "Security". */
export const PLAYGROUND_HISTORY = 200;

export interface EmulatedBot {
  fake: FakeDiscord;
  client: Client;
  /** With the HTTP transport: the interactions endpoint the fake Discord POSTs to. */
  http?: HttpBot;
  close(): Promise<void>;
}

/** How the fake Discord hands interactions to the bot: over the gateway, or POSTed, signed, to the HTTP endpoint. */
export type PlaygroundTransport = 'gateway' | 'http';

/**
 * The real bot, unchanged, logged into a fresh local fake Discord, its commands registered to the fake guild the
 * way `npm run deploy-commands` registers them. The token only lives for this run and never leaves the process.
 * With the HTTP transport, interactions go to the HTTP endpoint as with an Interactions Endpoint URL, and the
 * gateway client still answers mentions and DMs: the deployment the README recommends for replicas.
 */
export async function startEmulatedBot(options: {
  store: CatalogStore;
  logger: Logger;
  transport?: PlaygroundTransport;
}): Promise<EmulatedBot> {
  const token = `playground.${randomBytes(32).toString('base64url')}`;
  const fake = await FakeDiscord.start({
    token,
    botName: 'laureates-bot',
    callbackDeadlineMs: CALLBACK_DEADLINE_MS,
    historyLimit: PLAYGROUND_HISTORY,
  });
  try {
    await registerCommands({
      token,
      clientId: fake.applicationId,
      guildId: fake.guildId,
      apiUrl: fake.apiUrl,
      subcommands: SUBCOMMANDS,
    });
    const client = await startBot({ token, apiUrl: fake.apiUrl, store: options.store, logger: options.logger });
    const http =
      options.transport === 'http'
        ? await startHttpBot({
            publicKey: fake.publicKey,
            apiUrl: fake.apiUrl,
            host: '127.0.0.1',
            port: 0,
            store: options.store,
            logger: options.logger,
          })
        : undefined;
    if (http) fake.setInteractionsEndpoint(`${http.url}/interactions`);
    return {
      fake,
      client,
      ...(http ? { http } : {}),
      close: async () => {
        await http?.close();
        await client.destroy();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
