import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../src/bot/config.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { PLAYGROUND_HISTORY } from '../src/playground/bot.ts';
import { ChannelFeed } from '../src/playground/feed.ts';
import { startPlayground, type Playground } from '../src/playground/start.ts';

/**
 * The playground kept every message and wrote the whole history at once to each new event stream, without
 * back-pressure: 600 messages then 400 subscribers that never read took RSS from 171 to 705 MB and the page 2 s.
 * Now: a bounded history, a cap on streams, and subscribers that do not read are dropped past a buffer limit.
 */
let playground: Playground;
let port: number;
const sockets: Socket[] = [];
const logs: { level: number; msg: string }[] = [];
const logger = pino({ level: 'debug' }, { write: (line: string) => logs.push(JSON.parse(line)) });

beforeAll(async () => {
  playground = await startPlayground({
    config: loadConfig({ PLAYGROUND_PORT: '0' }),
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
  port = Number(new URL(playground.url).port);
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await playground?.close();
});

/** `count` answers from the real bot (lists of 10 projects with menus and buttons), `concurrency` at a time. */
async function ask(count: number, concurrency = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next++ < count) {
      await playground.fake.chatInput({
        name: 'laureates',
        subcommand: 'search',
        options: [{ name: 'query', type: 3, value: '2021' }],
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** An event-stream request on a raw socket that is never read from. */
function stalledStream(): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.pause();
      socket.write(`GET /api/events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAccept: text/event-stream\r\n\r\n`);
      resolve();
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
    sockets.push(socket);
  });
}

async function timed(path: string): Promise<{ status: number; ms: number; body: string }> {
  const started = performance.now();
  const response = await fetch(new URL(path, playground.url));
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body };
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20;

describe('600 messages, then 400 event streams that never read', () => {
  it(`keeps the last ${PLAYGROUND_HISTORY} messages of the channel`, async () => {
    await ask(600);
    const kept = playground.fake.messages();
    expect(kept).toHaveLength(PLAYGROUND_HISTORY);
    const listed = JSON.parse((await timed('/api/messages')).body) as { messages: { id: string }[] };
    expect(listed.messages.map((message) => message.id)).toEqual(kept.map((message) => message.id));
  }, 120_000);

  it('the page still answers in under a second, streams are capped (503) and memory stays bounded', async () => {
    const before = rssMb();
    await Promise.all(Array.from({ length: 400 }, stalledStream));
    // New messages go to every stream that was let in.
    await ask(100);
    const page = await timed('/');
    const messages = await timed('/api/messages');
    const extraStream = await timed('/api/events');
    expect(page.status).toBe(200);
    expect(page.ms).toBeLessThan(1000);
    expect(messages.ms).toBeLessThan(1000);
    expect(extraStream.status).toBe(503);
    expect(JSON.parse(extraStream.body)).toMatchObject({
      error: { message: expect.stringMatching(/Too many open event streams/) },
    });
    // 16 streams × a 200-message replay, at most 4 MB each, would be 64 MB; the old code grew by over 500 MB.
    console.log(
      `page ${page.ms.toFixed(0)} ms, messages ${messages.ms.toFixed(0)} ms, RSS +${(rssMb() - before).toFixed(0)} MB`,
    );
    expect(rssMb() - before).toBeLessThan(120);
  }, 120_000);
});

describe('clients that go away mid-request', () => {
  it('are logged at debug level, without a stack, never as errors', async () => {
    await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const socket = connect(port, '127.0.0.1', () => {
              socket.write(
                `POST /api/interactions/command HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
                  'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"subcommand":',
              );
              setTimeout(() => socket.destroy(), 20);
            });
            socket.on('close', () => resolve());
          }),
      ),
    );
    await vi.waitFor(() =>
      expect(logs.filter((line) => line.msg === 'playground client went away mid-request')).toHaveLength(20),
    );
    expect(logs.filter((line) => line.level >= 50)).toEqual([]);
  });
});

describe('a subscriber that does not read', () => {
  let server: Server;
  let feed: ChannelFeed;
  afterAll(async () => {
    feed?.close();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('is dropped once what waits for it passes the buffer limit; one that reads keeps its stream', async () => {
    feed = new ChannelFeed(playground.fake, { maxBufferedBytes: 256 * 1024 });
    server = createHttpServer((req, res) => feed.subscribe(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port: feedPort } = server.address() as { port: number };
    const stalled = connect(feedPort, '127.0.0.1', () => {
      stalled.pause();
      stalled.write(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    const reader = await fetch(`http://127.0.0.1:${feedPort}/`);
    let read = 0;
    const body = (reader.body as ReadableStream<Uint8Array>).getReader();
    void (async () => {
      for (let chunk = await body.read(); !chunk.done; chunk = await body.read()) read += chunk.value.length;
    })().catch(() => undefined);
    const closed = new Promise((resolve) => stalled.on('close', resolve));
    await vi.waitFor(() => expect(feed.subscribers).toBe(2));
    // Each answer is an event of a few kilobytes; the kernel's socket buffers take the first megabytes.
    while (feed.subscribers === 2) await ask(50);
    // Reading now, it finds the stream cut after what had been buffered.
    stalled.resume();
    await closed;
    expect(feed.subscribers).toBe(1);
    expect(read).toBeGreaterThan(256 * 1024);
  }, 120_000);
});
