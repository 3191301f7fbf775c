import type { Client } from 'discord.js';
import { pino } from 'pino';
import { SUBCOMMANDS } from '../../commands/index.ts';
import { registerCommands } from '../../src/bot/deploy.ts';
import { createLogger } from '../../src/bot/logger.ts';
import { startBot, type StartBotOptions } from '../../src/bot/run.ts';
import { CatalogStore } from '../../src/data/catalogStore.ts';
import { DATASET_FILE } from '../../src/data/paths.ts';
import { FakeDiscord, type FakeDiscordOptions } from '../../src/emulator/index.ts';

export const TEST_TOKEN = 'test-token-0123456789.abcdefghijkl';

/** @discordjs/ws spaces IDENTIFYs 5–6.5 s apart (Discord's session start limit): tests that re-identify skip it. */
export const NO_IDENTIFY_WAIT: StartBotOptions['clientOptions'] = {
  ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
};

export interface BotHarnessOptions {
  dataFile?: string;
  fake?: Omit<FakeDiscordOptions, 'token'>;
  /** Log through the bot's own logger (redaction, error serializer; levels as words) instead of plain pino. */
  productionLogger?: boolean;
  /** Passed to startBot; `clientOptions` defaults to NO_IDENTIFY_WAIT. */
  bot?: Pick<
    StartBotOptions,
    'router' | 'deferAfterMs' | 'clientOptions' | 'messageCooldownMs' | 'shardCount' | 'sharePauseMs'
  >;
}

export interface BotHarness {
  fake: FakeDiscord;
  client: Client;
  store: CatalogStore;
  logs: Record<string, unknown>[];
  close: () => Promise<void>;
}

/** The log lines at error level or above (pino's numeric levels: 50 error, 60 fatal). */
export function errorLines(logs: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return logs.filter((line) => typeof line.level === 'number' && line.level >= 50);
}

/** Collects this process's unhandled promise rejections until `stop()`, so a test can assert there were none. */
export function watchUnhandledRejections(): { reasons: unknown[]; stop: () => void } {
  const reasons: unknown[] = [];
  const record = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', record);
  return { reasons, stop: () => process.off('unhandledRejection', record) };
}

/** The command set registered to the fake guild, as `npm run deploy-commands` does with DISCORD_GUILD_ID. */
export async function registerTestCommands(fake: FakeDiscord): Promise<void> {
  await registerCommands({
    token: TEST_TOKEN,
    clientId: fake.applicationId,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    subcommands: SUBCOMMANDS,
  });
}

/** The real bot, registered and connected to a fresh fake Discord on 127.0.0.1, with its log lines captured. */
export async function startBotHarness(options: BotHarnessOptions = {}): Promise<BotHarness> {
  const fake = await FakeDiscord.start({ ...options.fake, token: TEST_TOKEN });
  const logs: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) };
  const logger = options.productionLogger
    ? createLogger('debug', [TEST_TOKEN], destination)
    : pino({ level: 'debug' }, destination);
  const store = new CatalogStore(options.dataFile ?? DATASET_FILE, logger);
  await registerTestCommands(fake);
  const client = await startBot({
    clientOptions: NO_IDENTIFY_WAIT,
    // The fake Discord's one person shares cards many times over; the pause between shares has its own test.
    sharePauseMs: 0,
    ...options.bot,
    token: TEST_TOKEN,
    apiUrl: fake.apiUrl,
    store,
    logger,
  });
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
