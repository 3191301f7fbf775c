import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../src/emulator/index.ts';
import { TEST_TOKEN } from './support/botHarness.ts';
import { startBotProcess, type BotProcess } from './support/botProcess.ts';
import { dispatch, slash, typing } from './support/discord.ts';
import { runScript, waitForOutput, type RunningScript } from './support/process.ts';

/**
 * Health and metrics as an operator (or a load balancer, or Prometheus) sees them, on the real entry point started as
 * a process: in gateway mode against the fake Discord's gateway, then in HTTP mode with the fake Discord POSTing.
 */
const opsUrl = (output: string): string => {
  const url = /"url":"(http:\/\/127\.0\.0\.1:\d+)","interactions"/.exec(output)?.[1];
  if (!url) throw new Error(`no "http server listening" line in:\n${output}`);
  return url;
};
const metric = (text: string, series: string): number | undefined => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describe('gateway mode', () => {
  let fake: FakeDiscord;
  let bot: BotProcess;
  let url: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TEST_TOKEN });
    bot = await startBotProcess(fake, TEST_TOKEN);
    url = opsUrl(bot.script.output());
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('/livez answers while the process lives; /interactions is not served without BOT_MODE=http', async () => {
    const live = await fetch(`${url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.text()).toBe('ok\n');
    expect((await fetch(`${url}/interactions`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${url}/livez`, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('/readyz is 200 with every shard ready, 503 while the shard is disconnected, 200 again once it is back', async () => {
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      ready: true,
      dataset: { loaded: true, projects: 16 },
      shards: { 0: 'ready' },
    });

    const release = fake.holdGatewayConnections();
    fake.dropGateway();
    await expect.poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 10_000 }).toBe(503);
    const down = await (await fetch(`${url}/readyz`)).json();
    expect(down).toEqual({ ready: false, dataset: { loaded: true, projects: 16 }, shards: { 0: 'down' } });
    expect(metric(await (await fetch(`${url}/metrics`)).text(), 'laureates_gateway_shard_up{shard="0"}')).toBe(0);
    // Still alive: a restart would not help, Discord is what is away.
    expect((await fetch(`${url}/livez`)).status).toBe(200);

    release();
    await expect.poll(async () => (await fetch(`${url}/readyz`)).status, { timeout: 15_000 }).toBe(200);
    expect(metric(await (await fetch(`${url}/metrics`)).text(), 'laureates_gateway_shard_up{shard="0"}')).toBe(1);
  });

  it('/metrics counts the interactions sent, by kind, subcommand and outcome, with latency buckets around 3 s', async () => {
    for (let i = 0; i < 3; i++) await dispatch(fake, slash('country', { name: 'benin' }));
    await dispatch(fake, slash('country', { name: ' ' }));
    await dispatch(fake, typing('country', 'name', 'ben'));
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    const text = await response.text();
    expect(metric(text, 'laureates_interactions_total{kind="command",subcommand="country",outcome="ok"}')).toBe(3);
    expect(metric(text, 'laureates_interactions_total{kind="command",subcommand="country",outcome="invalid"}')).toBe(1);
    expect(metric(text, 'laureates_interactions_total{kind="autocomplete",subcommand="country",outcome="ok"}')).toBe(1);
    const buckets = [
      ...text.matchAll(/^laureates_interaction_duration_seconds_bucket\{le="([^"]+)",kind="command"\}/gm),
    ];
    expect(buckets.map((match) => match[1])).toEqual(['0.05', '0.1', '0.25', '0.5', '1', '2', '3', '5', '+Inf']);
    expect(metric(text, 'laureates_interaction_duration_seconds_count{kind="command"}')).toBe(4);
    expect(metric(text, 'laureates_dataset_projects')).toBe(16);
    expect(text).toMatch(/^laureates_dataset_info\{version="[0-9a-f]{12}"\} 1$/m);
    expect(metric(text, 'process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
    expect(text).toContain('nodejs_eventloop_lag_seconds');
  });
});

describe('HTTP mode', () => {
  let fake: FakeDiscord;
  let script: RunningScript;
  let url: string;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
    script = runScript('src/main.ts', {
      BOT_MODE: 'http',
      DISCORD_PUBLIC_KEY: fake.publicKey,
      DISCORD_API_URL: fake.apiUrl,
    });
    await waitForOutput(script, 'ready for HTTP interactions', 30_000);
    url = opsUrl(script.output());
    fake.setInteractionsEndpoint(`${url}/interactions`);
  });
  afterAll(async () => {
    script?.child.kill('SIGTERM');
    await script?.exited;
    await fake?.close();
  });

  it('passes the portal check, answers, counts, and is ready without any gateway', async () => {
    await fake.verifyInteractionsEndpoint(`${url}/interactions`);
    const outcome = await dispatch(fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(4);
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, dataset: { loaded: true, projects: 16 } });
    const text = await (await fetch(`${url}/metrics`)).text();
    expect(metric(text, 'laureates_interactions_total{kind="command",subcommand="country",outcome="ok"}')).toBe(1);
    expect(text).not.toContain('laureates_gateway_shard_up');
    expect(fake.stats().identifies).toBe(0);
  });

  it('exits 0 on SIGTERM', async () => {
    script.child.kill('SIGTERM');
    expect(await script.exited).toBe(0);
  });
});
