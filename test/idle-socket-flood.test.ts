import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/bot/ops/server.ts';
import { MAX_CONNECTIONS } from '../src/playground/server.ts';
import { startHttpHarness } from './support/httpHarness.ts';
import { startTestPlayground } from './support/playground.ts';

/** What the reviewer did: `count` sockets that send a request line and then nothing, holding every slot they get. */
async function flood(url: string, count: number): Promise<{ sockets: Socket[]; closed: () => number }> {
  const { hostname, port } = new URL(url);
  let closed = 0;
  const sockets = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Socket>((resolve) => {
          const socket = connect({ host: hostname, port: Number(port) }, () => {
            socket.write('GET /livez HTTP/1.1\r\n');
            resolve(socket);
          });
          // Read what the server says (its 408), so its end of the connection is seen.
          socket.resume();
          socket.on('error', () => undefined);
          socket.on('close', () => {
            closed += 1;
            resolve(socket);
          });
        }),
    ),
  );
  return { sockets, closed: () => closed };
}

/** Milliseconds until `url` answers 200 again, trying every 100 ms (each try may wait 1 s). */
async function msUntilAnswered(url: string, giveUpMs: number): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < giveUpMs) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(1_000) }).then(
      async (res) => (await res.arrayBuffer(), res.ok),
      () => false,
    );
    if (ok) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Infinity;
}

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('a flood of sockets that never finish their headers', () => {
  it('leaves the HTTP endpoint and /livez down for at most a few seconds, then cuts every stalled socket', async () => {
    const harness = await startHttpHarness();
    const [bot] = harness.bots;
    if (!bot) throw new Error('no replica');
    const { url } = bot;
    const { sockets, closed } = await flood(url, LIMITS.maxConnections + 76);
    cleanup = async () => {
      for (const socket of sockets) socket.destroy();
      await harness.close();
    };

    expect(await msUntilAnswered(`${url}/livez`, 8_000)).toBeLessThan(4_000);
    // Node's default would keep them 30 s; here every one is closed by the server, not by us.
    await expect.poll(closed, { timeout: 4_000, interval: 100 }).toBe(sockets.length);
  }, 20_000);

  it('leaves the playground unreachable for at most a few seconds', async () => {
    const playground = await startTestPlayground();
    const { sockets, closed } = await flood(playground.url, MAX_CONNECTIONS + 44);
    cleanup = async () => {
      for (const socket of sockets) socket.destroy();
      await playground.close();
    };

    expect(await msUntilAnswered(playground.url, 8_000)).toBeLessThan(4_000);
    await expect.poll(closed, { timeout: 4_000, interval: 100 }).toBe(sockets.length);
  }, 20_000);
});
