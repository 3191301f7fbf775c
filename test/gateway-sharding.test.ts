import { afterEach, describe, expect, it, vi } from 'vitest';
import { shardOf } from '../src/emulator/gateway.ts';
import { startBotHarness, type BotHarness } from './support/botHarness.ts';
import { BENIN_TITLE, messageOf } from './support/discord.ts';

/** Past 2,500 servers Discord requires sharding: each shard a gateway session of its own, with its own guilds. */
let harness: BotHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const benin = (guildId: string | undefined, inGuild = true) =>
  harness?.fake.chatInput({
    name: 'laureates',
    subcommand: 'country',
    options: [{ name: 'name', type: 3, value: 'benin' }],
    guildId,
    inGuild,
  });

describe('gateway sharding', () => {
  it('runs as many shards as GET /gateway/bot recommends, identifying them as max_concurrency allows; each answers its guilds', async () => {
    // Discord's session start limit enforced (5 s per identify bucket): discord.js's real identify throttling runs.
    harness = await startBotHarness({
      fake: { shards: 2, maxConcurrency: 2, identifyIntervalMs: 5000 },
      bot: { clientOptions: {} },
    });
    const { fake, client, logs } = harness;
    expect(client.ws.shards.size).toBe(2);
    const identified = fake.identifies();
    expect(identified.map(({ shard }) => shard).sort()).toEqual([0, 1]);
    // Two buckets: both sessions started at once, not 5 s apart.
    expect(Math.abs((identified[0]?.at ?? 0) - (identified[1]?.at ?? 0))).toBeLessThan(2000);

    const guildShards = fake.guildIds.map((id) => shardOf(id, 2));
    expect(guildShards.sort()).toEqual([0, 1]);
    for (const guildId of fake.guildIds) {
      const outcome = await benin(guildId);
      expect(outcome && messageOf(outcome).embeds[0]?.title).toBe(BENIN_TITLE);
    }
    const dm = await benin(undefined, false);
    expect(dm && messageOf(dm).embeds[0]?.title).toBe(BENIN_TITLE);

    // Each log line is written once the answer is sent: the last one may come just after its callback.
    await vi.waitFor(() =>
      expect(logs.filter((line) => line.msg === 'interaction').map((line) => line.shard)).toEqual([
        ...fake.guildIds.map((id) => shardOf(id, 2)),
        0,
      ]),
    );
    expect(
      logs
        .filter((line) => line.msg === 'gateway shard ready')
        .map((line) => line.shard)
        .sort(),
    ).toEqual([0, 1]);
  }, 30_000);

  it('with one identify bucket (max_concurrency 1), starts the second session only after the first one’s 5 s', async () => {
    harness = await startBotHarness({
      fake: { shards: 2, maxConcurrency: 1, identifyIntervalMs: 5000 },
      bot: { clientOptions: {} },
    });
    const [first, second] = harness.fake.identifies();
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(5000);
    expect(harness.client.ws.shards.size).toBe(2);
  }, 30_000);

  it('runs the shard count SHARD_COUNT forces, whatever Discord recommends', async () => {
    harness = await startBotHarness({ fake: { shards: 1 }, bot: { shardCount: 3 } });
    expect(harness.client.ws.shards.size).toBe(3);
    expect(
      harness.fake
        .identifies()
        .map(({ shard }) => shard)
        .sort(),
    ).toEqual([0, 1, 2]);
    const outcome = await benin(harness.fake.guildId);
    expect(outcome && messageOf(outcome).embeds[0]?.title).toBe(BENIN_TITLE);
  }, 30_000);

  it('cannot connect with fewer shards than Discord requires (close code 4011)', async () => {
    await expect(startBotHarness({ fake: { shards: 2 }, bot: { shardCount: 1 } })).rejects.toThrow(/shard/i);
  }, 30_000);
});
