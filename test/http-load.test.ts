import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InteractionRequest } from '../src/app/router.ts';
import type { InteractionOutcome } from '../src/emulator/index.ts';
import { errorLines } from './support/botHarness.ts';
import { asBody, click, dispatch, messageOf, slash, typing } from './support/discord.ts';
import { startHttpHarness, type HttpHarness } from './support/httpHarness.ts';
import { customIds } from './support/router.ts';

/**
 * 1,000 signed interactions POSTed by the fake Discord, 50 in flight at any time, spread over two replicas: every one
 * is answered within Discord's 3 s, with the answer its kind calls for, and the metrics count exactly what was sent.
 */
const TOTAL = 1000;
const IN_FLIGHT = 50;

let harness: HttpHarness;
beforeAll(async () => {
  harness = await startHttpHarness({ replicas: 2 });
});
afterAll(async () => {
  await harness?.close();
});

it(`answers ${TOTAL} signed interactions with ${IN_FLIGHT} in flight, none lost`, { timeout: 60_000 }, async () => {
  const list = messageOf(await dispatch(harness.fake, slash('search', { query: '2021' })));
  const pageId = customIds(asBody(list)).find((id) => id.startsWith('lb1|p|')) ?? '';
  const workload: { request: InteractionRequest; expected: number; messageId?: string }[] = [
    { request: slash('country', { name: 'benin' }), expected: 4 },
    { request: typing('search', 'query', 'eau'), expected: 8 },
    { request: click(pageId), expected: 7, messageId: list.id },
    { request: slash('help'), expected: 4 },
  ];
  const before = await countsBy(['command', 'autocomplete', 'component']);

  const latencies: number[] = [];
  const wrong: string[] = [];
  let sent = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const worker = async () => {
    while (sent < TOTAL) {
      const index = sent++;
      const { request, expected, messageId } = workload[index % workload.length] as (typeof workload)[number];
      // Alternate replicas, as a round-robin load balancer would.
      harness.useReplica(index % 2);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      let outcome: InteractionOutcome;
      try {
        outcome = await dispatch(harness.fake, request, { messageId, timeoutMs: 10_000 });
      } finally {
        inFlight--;
      }
      latencies.push(outcome.latencyMs);
      if (outcome.callback.type !== expected) wrong.push(`#${index}: type ${outcome.callback.type}, not ${expected}`);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const seconds = (performance.now() - started) / 1000;

  expect(wrong).toEqual([]);
  expect(latencies).toHaveLength(TOTAL);
  expect(maxInFlight).toBe(IN_FLIGHT);
  latencies.sort((a, b) => a - b);
  const p50 = latencies[Math.floor(TOTAL * 0.5)] ?? 0;
  const p99 = latencies[Math.floor(TOTAL * 0.99)] ?? 0;
  console.log(
    `${TOTAL} interactions, ${IN_FLIGHT} in flight: ${(TOTAL / seconds).toFixed(0)}/s, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`,
  );
  expect(p99).toBeLessThan(3000);

  // Each replica counted what it answered; together, exactly what was sent.
  const after = await countsBy(['command', 'autocomplete', 'component']);
  expect(after.command - before.command).toBe(TOTAL / 2);
  expect(after.autocomplete - before.autocomplete).toBe(TOTAL / 4);
  expect(after.component - before.component).toBe(TOTAL / 4);
  expect(errorLines(harness.logs)).toEqual([]);
});

/** Interactions counted by kind, summed over both replicas' /metrics. */
async function countsBy<K extends string>(kinds: K[]): Promise<Record<K, number>> {
  const texts = await Promise.all(harness.bots.map(async (bot) => (await fetch(`${bot.url}/metrics`)).text()));
  return Object.fromEntries(
    kinds.map((kind) => {
      const pattern = new RegExp(`^laureates_interactions_total\\{kind="${kind}",[^}]*\\} (\\d+)$`, 'gm');
      const total = texts.flatMap((text) => [...text.matchAll(pattern)]).reduce((sum, m) => sum + Number(m[1]), 0);
      return [kind, total];
    }),
  ) as Record<K, number>;
}
