import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSignature, ed25519PublicKey } from '../src/bot/http/signature.ts';
import { startHttpHarness, type HttpHarness } from './support/httpHarness.ts';
import { runScript } from './support/process.ts';

const now = () => Math.floor(Date.now() / 1000);
const PING = JSON.stringify({ id: '1', application_id: '1000000000000000001', type: 1, token: 'x', version: 1 });

describe('signature check (Ed25519 over timestamp + raw body)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519');
  const hex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  const key = ed25519PublicKey(hex);
  const body = Buffer.from(PING);
  const signed = (bytes: Buffer, timestamp: string, by = privateKey) =>
    sign(null, Buffer.concat([Buffer.from(timestamp), bytes]), by).toString('hex');
  const ts = String(now());
  const signature = signed(body, ts);

  it('accepts what the key signed', () => {
    expect(checkSignature(key, { signature, timestamp: ts }, body)).toBe('valid');
  });
  it('refuses a missing signature or timestamp', () => {
    expect(checkSignature(key, { signature: undefined, timestamp: ts }, body)).toBe('missing');
    expect(checkSignature(key, { signature, timestamp: undefined }, body)).toBe('missing');
    expect(checkSignature(key, { signature: '', timestamp: ts }, body)).toBe('missing');
  });
  it('refuses a signature by another key', () => {
    expect(checkSignature(key, { signature: signed(body, ts, other.privateKey), timestamp: ts }, body)).toBe('invalid');
  });
  it('refuses garbage and truncated signatures', () => {
    for (const bad of [
      'zz'.repeat(64),
      'not a signature',
      signature.slice(0, 126),
      signature.slice(0, 64),
      `${signature}00`,
    ]) {
      expect(checkSignature(key, { signature: bad, timestamp: ts }, body)).toBe('invalid');
    }
    // A valid hex prefix followed by junk must not pass as the prefix alone.
    expect(checkSignature(key, { signature: `${signature.slice(0, 127)}g`, timestamp: ts }, body)).toBe('invalid');
  });
  it('refuses a body changed after signing, and a timestamp changed after signing', () => {
    expect(checkSignature(key, { signature, timestamp: ts }, Buffer.from(PING.replace('"type":1', '"type":2')))).toBe(
      'invalid',
    );
    expect(checkSignature(key, { signature, timestamp: String(Number(ts) + 1) }, body)).toBe('invalid');
  });
  it('refuses a replay: a correctly signed timestamp more than 5 minutes off', () => {
    const old = String(now() - 301);
    expect(checkSignature(key, { signature: signed(body, old), timestamp: old }, body)).toBe('stale');
    const future = String(now() + 301);
    expect(checkSignature(key, { signature: signed(body, future), timestamp: future }, body)).toBe('stale');
    const recent = String(now() - 250);
    expect(checkSignature(key, { signature: signed(body, recent), timestamp: recent }, body)).toBe('valid');
    expect(checkSignature(key, { signature, timestamp: 'yesterday' }, body)).toBe('stale');
  });
  it('refuses a public key that is not 32 bytes of hex', () => {
    expect(() => ed25519PublicKey('abcd')).toThrow(/64 hex/);
    expect(() => ed25519PublicKey(`${hex.slice(0, 62)}zz`)).toThrow(/64 hex/);
  });
});

describe('POST /interactions over HTTP', () => {
  let harness: HttpHarness;
  let url: string;
  beforeAll(async () => {
    harness = await startHttpHarness();
    url = `${harness.bots[0]?.url}/interactions`;
  });
  afterAll(() => harness.close());

  const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('passes the developer portal check: a signed PING gets {"type":1}, a badly signed one 401', async () => {
    await harness.fake.verifyInteractionsEndpoint(url);
    const response = await post(PING, { ...harness.fake.signRequest(PING) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ type: 1 });
  });

  it('answers 401 without the signature headers, with another key, for an old timestamp, for a changed body', async () => {
    const signedHeaders = harness.fake.signRequest(PING);
    expect((await post(PING, {})).status).toBe(401);
    expect((await post(PING, { 'x-signature-timestamp': signedHeaders['x-signature-timestamp'] })).status).toBe(401);
    expect((await post(PING, { 'x-signature-ed25519': signedHeaders['x-signature-ed25519'] })).status).toBe(401);
    const other = generateKeyPairSync('ed25519').privateKey;
    const ts = String(now());
    const byOther = sign(null, Buffer.from(ts + PING), other).toString('hex');
    expect((await post(PING, { 'x-signature-ed25519': byOther, 'x-signature-timestamp': ts })).status).toBe(401);
    const stale = harness.fake.signRequest(PING, now() - 600);
    expect((await post(PING, { ...stale })).status).toBe(401);
    expect((await post(PING.replace('"x"', '"y"'), { ...signedHeaders })).status).toBe(401);
    expect((await post(PING, { ...signedHeaders, 'x-signature-ed25519': 'garbage' })).status).toBe(401);
  });

  it('answers 400 to correctly signed malformed JSON or a payload that is not an interaction', async () => {
    for (const body of ['{"type":', 'null', '[]', '{"type":"one"}']) {
      const response = await post(body, { ...harness.fake.signRequest(body) });
      expect(response.status, body).toBe(400);
    }
  });

  it('answers 413 to a body over 1 MiB, declared or streamed, without reading it all', async () => {
    const big = new Uint8Array(1024 * 1024 + 1).fill(0x20);
    const declared = await post(big, { ...harness.fake.signRequest(Buffer.from(big)) });
    expect(declared.status).toBe(413);
    // Chunked, no Content-Length: refused once past the cap, while 8 MiB more were still to come.
    let sent = 0;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 9 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await fetch(url, {
      method: 'POST',
      headers: { ...harness.fake.signRequest('x') },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(9 * 1024 * 1024);
  });

  it('answers 405 to other methods and 404 to other paths', async () => {
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(`${harness.bots[0]?.url}/nope`, { method: 'POST', body: PING })).status).toBe(404);
  });

  it('counted every refusal above by its reason in /metrics', async () => {
    const text = await (await fetch(`${harness.bots[0]?.url}/metrics`)).text();
    const counts = Object.fromEntries(
      [...text.matchAll(/^laureates_http_refused_total\{reason="([a-z_]+)"\} (\d+)$/gm)].map((m) => [
        m[1],
        Number(m[2]),
      ]),
    );
    expect(counts).toEqual({
      bad_signature: 4,
      missing_signature: 3,
      stale_timestamp: 1,
      malformed_json: 1,
      malformed_interaction: 3,
      body_too_large: 2,
      method: 1,
    });
  });
});

describe('BOT_MODE=http configuration', () => {
  it('exits 1 naming DISCORD_PUBLIC_KEY when it is missing', async () => {
    const script = runScript('src/main.ts', { BOT_MODE: 'http', HTTP_PORT: '0', LOG_LEVEL: 'silent' });
    expect(await script.exited).toBe(1);
    expect(script.output()).toContain('DISCORD_PUBLIC_KEY');
    expect(script.output()).not.toContain('    at ');
  });
  it('exits 1 with one line naming HTTP_PORT, no stack trace, when the port is in use', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const script = runScript('src/main.ts', {
        BOT_MODE: 'http',
        DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: String(port),
      });
      expect(await script.exited).toBe(1);
      expect(script.output()).toContain(`Port ${port} on 127.0.0.1 is already in use: set HTTP_PORT to a free port`);
      expect(script.output()).not.toContain('    at ');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
  it('exits 1 naming DISCORD_PUBLIC_KEY when it is not a key', async () => {
    const script = runScript('src/main.ts', { BOT_MODE: 'http', DISCORD_PUBLIC_KEY: 'abc', HTTP_PORT: '0' });
    expect(await script.exited).toBe(1);
    expect(script.output()).toMatch(/DISCORD_PUBLIC_KEY: must be the 64 hex characters/);
  });
});
