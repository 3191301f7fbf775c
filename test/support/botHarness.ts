import type { Client } from 'discord.js';
import { pino } from 'pino';
import { SUBCOMMANDS } from '../../commands/index.ts';
import { registerCommands } from '../../src/bot/deploy.ts';
import { startBot } from '../../src/bot/run.ts';
import { CatalogStore } from '../../src/data/catalogStore.ts';
import { DATASET_FILE } from '../../src/data/paths.ts';
import { FakeDiscord } from '../../src/emulator/index.ts';

export const TEST_TOKEN = 'test-token-0123456789.abcdefghijkl';

export interface BotHarness {
  fake: FakeDiscord;
  client: Client;
  store: CatalogStore;
  logs: Record<string, unknown>[];
  close: () => Promise<void>;
}

/** The real bot, registered and connected to a fresh fake Discord on 127.0.0.1, with its log lines captured. */
export async function startBotHarness(options: { dataFile?: string } = {}): Promise<BotHarness> {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN });
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const store = new CatalogStore(options.dataFile ?? DATASET_FILE, logger);
  await registerCommands({
    token: TEST_TOKEN,
    clientId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    subcommands: SUBCOMMANDS,
  });
  const client = await startBot({ token: TEST_TOKEN, apiUrl: fake.apiUrl, store, logger });
  return {
    fake,
    client,
    store,
    logs,
    close: async () => {
      store.close();
      await client.destroy();
      await fake.close();
    },
  };
}
