import { randomBytes } from 'node:crypto';
import type { Client } from 'discord.js';
import { SUBCOMMANDS } from '../../commands/index.ts';
import { registerCommands } from '../bot/deploy.ts';
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
  close(): Promise<void>;
}

/**
 * The real bot, unchanged, logged into a fresh local fake Discord, its commands registered to the fake guild the
 * way `npm run deploy-commands` registers them. The token only lives for this run and never leaves the process.
 */
export async function startEmulatedBot(options: { store: CatalogStore; logger: Logger }): Promise<EmulatedBot> {
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
    return {
      fake,
      client,
      close: async () => {
        await client.destroy();
        await fake.close();
      },
    };
  } catch (error) {
    await fake.close();
    throw error;
  }
}
