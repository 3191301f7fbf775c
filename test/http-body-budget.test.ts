import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createInteractionEndpoint } from '../src/bot/http/endpoint.ts';
import { InteractionWebhooks } from '../src/bot/http/webhook.ts';
import { createLogger } from '../src/bot/logger.ts';

/**
 * What a request costs before it is known to be Discord's: nothing when its headers already rule it out, and, for
 * bodies being read, at most a shared budget in all — past it, 503, and the budget is whole again once they are done.
 */
const BUDGET = 64 * 1024;
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

let server: Server;
let port: number;
const refusals: string[] = [];
beforeAll(async () => {
  const endpoint = createInteractionEndpoint({
    publicKey: publicKeyHex,
    router: () => {
      throw new Error('no interaction reaches the router in these tests');
    },
    webhooks: new InteractionWebhooks('http://127.0.0.1:9/api'),
    logger: createLogger('silent'),
    maxBufferedBytes: BUDGET,
    onRefused: (reason) => refusals.push(reason),
  });
  server = createServer((req, res) => void endpoint.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const now = () => String(Math.floor(Date.now() / 1000));
const signed = (body: Buffer, timestamp = now()) => ({
  'x-signature-ed25519': sign(null, Buffer.concat([Buffer.from(timestamp), body]), privateKey).toString('hex'),
  'x-signature-timestamp': timestamp,
});

/** A POST whose body is sent up to `sent` bytes of `declared`, the rest only when `finish` is called. */
function slowPost(headers: Record<string, string>, declared: number, sent: number) {
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    path: '/interactions',
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(declared) },
  });
  const answered = new Promise<number>((resolve, reject) => {
    req.once('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once('error', reject);
  });
  req.write(Buffer.alloc(sent, 0x20));
  return { answered, finish: () => req.end(Buffer.alloc(declared - sent, 0x20)) };
}

const settledWithin = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms))]);

it('refuses a request its headers rule out before its body is read: stale timestamp, signature not 128 hex', async () => {
  const body = Buffer.alloc(1000, 0x20);
  const stale = slowPost(signed(body, String(Math.floor(Date.now() / 1000) - 3600)), 1000, 10);
  const garbled = slowPost({ 'x-signature-ed25519': 'x'.repeat(128), 'x-signature-timestamp': now() }, 1000, 10);
  // Answered while 990 bytes of each body have not been sent.
  expect(await settledWithin(stale.answered, 2000)).toBe(401);
  expect(await settledWithin(garbled.answered, 2000)).toBe(401);
});

it('answers 503 once the bodies being read hold the budget, and takes requests again when they are done', async () => {
  refusals.length = 0;
  const size = BUDGET / 4;
  const headers = signed(Buffer.alloc(size, 0x20));
  // Four bodies sent but for their last byte: the budget is held by them.
  const held = Array.from({ length: 4 }, () => slowPost(headers, size, size - 1));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const fifth = slowPost(headers, size, 64);
  expect(await settledWithin(fifth.answered, 2000)).toBe(503);
  expect(refusals).toContain('busy');
  for (const request of held) request.finish();
  // Correctly signed bodies of spaces: read whole, verified, then refused as JSON — and their bytes given back.
  expect(await Promise.all(held.map((request) => request.answered))).toEqual([400, 400, 400, 400]);
  const whole = slowPost(signed(Buffer.alloc(BUDGET, 0x20)), BUDGET, BUDGET);
  whole.finish();
  expect(await whole.answered).toBe(400);
});

it('counts bytes as they arrive: requests declaring a length and sending nothing hold none of the budget', async () => {
  const idle = Array.from({ length: 16 }, () => slowPost(signed(Buffer.alloc(BUDGET, 0x20)), BUDGET, 0));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const body = Buffer.alloc(BUDGET / 2, 0x20);
  const real = slowPost(signed(body), body.length, body.length);
  real.finish();
  expect(await settledWithin(real.answered, 2000)).toBe(400);
  for (const request of idle) request.finish();
  await Promise.all(idle.map((request) => request.answered));
});

it('counts a streamed body against the budget as it arrives', async () => {
  const headers = signed(Buffer.alloc(1, 0x20));
  const req = httpRequest({
    host: '127.0.0.1',
    port,
    path: '/interactions',
    method: 'POST',
    headers: { ...headers, 'transfer-encoding': 'chunked' },
  });
  const answered = new Promise<number>((resolve) => req.once('response', (res) => resolve(res.statusCode ?? 0)));
  req.on('error', () => undefined);
  // Twice the budget, in chunks: refused once past it (a body under 1 MiB, so for the budget, not the cap).
  for (let chunk = 0; chunk < 8; chunk++) req.write(Buffer.alloc(BUDGET / 4, 0x20));
  expect(await settledWithin(answered, 2000)).toBe(503);
  req.destroy();
});
