import { request } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/bot/config.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { checkExposure } from '../src/playground/access.ts';
import { startPlayground, type Playground } from '../src/playground/start.ts';

/**
 * The playground drives the bot for whoever reaches it, so it answers only its owner's browser: a DNS-rebinding page
 * (foreign Host) reads nothing, and a page on any other site can't post into the channel — neither with a plain HTML
 * form (text/plain, `Origin: null`) nor with fetch from its own origin.
 */
let playground: Playground;
let port: number;
const logger = pino({ level: 'silent' });

function startOn(extra: Record<string, string> = {}): Promise<Playground> {
  return startPlayground({
    config: loadConfig({ PLAYGROUND_PORT: '0', ...extra }),
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
}

beforeAll(async () => {
  playground = await startOn();
  port = Number(new URL(playground.url).port);
});
afterAll(async () => playground?.close());

/** A raw HTTP request to the playground with exactly these headers (fetch would not let a test set Host). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const own = () => `127.0.0.1:${port}`;
const STATS = JSON.stringify({ subcommand: 'stats', options: {}, locale: 'en-US', userName: 'Mallory' });
const channelSize = () => playground.fake.messages().length;

describe('only requests under the playground’s own Host are answered', () => {
  it.each(['/', '/app.js', '/api/messages', '/api/commands', '/api/events'])(
    'a foreign Host on %s: 421',
    async (path) => {
      const reply = await send('GET', path, { host: `rebind.evil.example:${port}` });
      expect(reply.status).toBe(421);
      expect(reply.text).not.toContain('laureates');
    },
  );

  it.each(['localhost', '127.0.0.1', '[::1]'])('%s with the right port is answered', async (name) => {
    expect((await send('GET', '/api/commands', { host: `${name}:${port}` })).status).toBe(200);
  });

  it('the right name with another port is refused (another local service’s page)', async () => {
    expect((await send('GET', '/api/messages', { host: `127.0.0.1:${port + 1}` })).status).toBe(421);
  });
});

describe('a cross-site post changes nothing in the channel', () => {
  it('a plain HTML form (text/plain, Origin: null): refused, no message', async () => {
    const before = channelSize();
    const reply = await send(
      'POST',
      '/api/interactions/command',
      { host: own(), origin: 'null', 'content-type': 'text/plain' },
      STATS,
    );
    expect(reply.status).toBe(415);
    expect(channelSize()).toBe(before);
  });

  it('JSON from a foreign Origin: 403, no message', async () => {
    const before = channelSize();
    const headers = { host: own(), origin: 'https://evil.example', 'content-type': 'application/json' };
    expect((await send('POST', '/api/interactions/command', headers, STATS)).status).toBe(403);
    const nullOrigin = { ...headers, origin: 'null' };
    expect((await send('POST', '/api/interactions/command', nullOrigin, STATS)).status).toBe(403);
    expect(channelSize()).toBe(before);
  });

  it('JSON from the page’s own origin, or with no Origin (curl), is answered', async () => {
    const before = channelSize();
    const json = { host: own(), 'content-type': 'application/json; charset=utf-8' };
    expect(
      (await send('POST', '/api/interactions/command', { ...json, origin: `http://${own()}` }, STATS)).status,
    ).toBe(200);
    expect((await send('POST', '/api/interactions/command', json, STATS)).status).toBe(200);
    expect(channelSize()).toBe(before + 2);
  });
});

describe('listening beyond loopback', () => {
  it('is refused without PLAYGROUND_ALLOW_NETWORK, naming it', async () => {
    const failure = await startOn({ PLAYGROUND_HOST: '0.0.0.0' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(/PLAYGROUND_HOST=0\.0\.0\.0 .*no login.*PLAYGROUND_ALLOW_NETWORK=true/);
  });

  it('with the opt-in, starts with a clear warning; loopback needs neither', () => {
    expect(checkExposure('0.0.0.0', true)).toMatch(/beyond this machine.*no login/);
    expect(checkExposure('192.168.1.20', true)).toMatch(/Warning/);
    for (const host of ['127.0.0.1', '127.0.0.2', 'localhost', '::1'])
      expect(checkExposure(host, false)).toBeUndefined();
  });

  it('PLAYGROUND_ALLOW_NETWORK is read as a yes/no', () => {
    expect(loadConfig({ PLAYGROUND_ALLOW_NETWORK: 'true' }).PLAYGROUND_ALLOW_NETWORK).toBe(true);
    expect(() => loadConfig({ PLAYGROUND_ALLOW_NETWORK: 'perhaps' })).toThrow(/PLAYGROUND_ALLOW_NETWORK/);
  });
});
