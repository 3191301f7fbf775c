import { pino } from 'pino';
import { startHttpBot, type HttpBot, type StartHttpBotOptions } from '../../src/bot/http/service.ts';
import { CatalogStore } from '../../src/data/catalogStore.ts';
import { DATASET_FILE } from '../../src/data/paths.ts';
import { FakeDiscord } from '../../src/emulator/index.ts';
import { registerTestCommands, TEST_TOKEN } from './botHarness.ts';

export interface HttpHarness {
  fake: FakeDiscord;
  /** The replicas, each its own endpoint over the same data (as behind a load balancer). */
  bots: HttpBot[];
  /** Points the fake Discord's "Interactions Endpoint URL" at replica `index`. */
  useReplica: (index: number) => void;
  logs: Record<string, unknown>[];
  close: () => Promise<void>;
}

export interface HttpHarnessOptions {
  replicas?: number;
  bot?: Pick<StartHttpBotOptions, 'router' | 'deferAfterMs'>;
}

/** The real bot in HTTP mode, `replicas` times, behind a fresh fake Discord that POSTs interactions to replica 0. */
export async function startHttpHarness({ replicas = 1, bot }: HttpHarnessOptions = {}): Promise<HttpHarness> {
  const fake = await FakeDiscord.start({ token: TEST_TOKEN });
  const logs: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const store = new CatalogStore(DATASET_FILE, logger);
  // Registering commands is a separate, token-authenticated step (npm run deploy-commands); answering needs no token.
  await registerTestCommands(fake);
  const bots = await Promise.all(
    Array.from({ length: replicas }, () =>
      startHttpBot({
        ...bot,
        publicKey: fake.publicKey,
        apiUrl: fake.apiUrl,
        host: '127.0.0.1',
        port: 0,
        store,
        logger,
      }),
    ),
  );
  const useReplica = (index: number) => fake.setInteractionsEndpoint(`${bots[index]?.url}/interactions`);
  useReplica(0);
  return {
    fake,
    bots,
    useReplica,
    logs,
    close: async () => {
      await Promise.all(bots.map((replica) => replica.close()));
      store.close();
      await fake.close();
    },
  };
}
