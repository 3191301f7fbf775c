import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig, requireDiscord } from '../src/bot/config.ts';
import { startGatewayService } from '../src/bot/gatewayService.ts';
import { READY_LINE } from '../src/bot/readyLine.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DataError } from '../src/data/dataError.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { registerTestCommands, TEST_TOKEN } from './support/botHarness.ts';

/** A store whose first load waits for the test's word: what the start does meanwhile shows. */
class HeldStore extends CatalogStore {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));

  override async loadFirst() {
    await this.gate;
    return super.loadFirst();
  }
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a gateway start', () => {
  it('connects to Discord while the data loads, and answers what came meanwhile once it is in service', async () => {
    // Discord 100 ms away, as from a server: the handshake's round trips are what the load fills.
    const fake = await FakeDiscord.start({ token: TEST_TOKEN, roundTripMs: 100 });
    cleanups.push(() => fake.close());
    await registerTestCommands(fake);
    const logs: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) });
    const store = new HeldStore(DATASET_FILE, logger, { firstLoad: 'later' });
    const config = requireDiscord(
      loadConfig({
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        HTTP_PORT: '0',
      }),
    );
    const started = startGatewayService(config, store, logger);

    // Connected, the data not loaded: the bot is online but not ready.
    await fake.waitForClient(10_000);
    expect(store.loaded).toBe(false);
    expect(logs.some((line) => line.msg === READY_LINE)).toBe(false);
    const asked = fake.chatInput({
      name: 'laureates',
      subcommand: 'country',
      options: [{ name: 'name', type: 3, value: 'benin' }],
    });

    store.release();
    const stop = await started;
    cleanups.push(stop);
    const outcome = await asked;
    expect(outcome.message?.embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
    const messages = logs.map((line) => line.msg);
    expect(messages.indexOf('logged in to Discord')).toBeLessThan(messages.indexOf(READY_LINE));
    expect(logs.find((line) => line.msg === READY_LINE)).toMatchObject({ projects: store.catalog.projects.length });
  }, 30_000);
});

describe('a store loaded later', () => {
  it('has no catalogue until its first load, then the one loaded', async () => {
    const store = new CatalogStore(DATASET_FILE, pino({ level: 'silent' }), { firstLoad: 'later' });
    expect(store.loaded).toBe(false);
    expect(() => store.catalog).toThrow(/not loaded yet/);
    const catalog = await store.loadFirst();
    expect(store.loaded).toBe(true);
    expect(store.catalog).toBe(catalog);
    expect(await store.whenLoaded()).toBe(catalog);
    expect(catalog.projects).toHaveLength(16);
  });

  it('rejects its first load, and whoever waits for it, with the DataError the constructor would throw', async () => {
    const store = new CatalogStore('/nonexistent/laureates.json', pino({ level: 'silent' }), { firstLoad: 'later' });
    const waiting = store.whenLoaded();
    await expect(store.loadFirst()).rejects.toBeInstanceOf(DataError);
    await expect(waiting).rejects.toBeInstanceOf(DataError);
    expect(store.loaded).toBe(false);
  });
});
