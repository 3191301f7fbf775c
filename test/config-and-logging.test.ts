import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, requireDiscord } from '../src/bot/config.ts';
import { createLogger } from '../src/bot/logger.ts';
import { announceReady, READY_LINE } from '../src/bot/readyLine.ts';

describe('configuration is validated at start with messages that say what is wrong', () => {
  it('everything is optional for the playground, with documented defaults', () => {
    expect(loadConfig({})).toEqual({
      LOG_LEVEL: 'info',
      PLAYGROUND_HOST: '127.0.0.1',
      PLAYGROUND_PORT: 3000,
      PLAYGROUND_TRANSPORT: 'gateway',
      DATA_MAX_BYTES: 64 * 1024 * 1024,
      BOT_MODE: 'gateway',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: 8080,
    });
  });

  it('blank values count as unset (a copied .env.example must not break start)', () => {
    expect(loadConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' }).DISCORD_TOKEN).toBeUndefined();
  });

  it.each([
    [{ DISCORD_CLIENT_ID: 'my-app' }, 'DISCORD_CLIENT_ID: must be a Discord id'],
    [{ DISCORD_GUILD_ID: '12' }, 'DISCORD_GUILD_ID: must be a Discord id'],
    [{ DISCORD_API_URL: 'localhost:3000' }, 'DISCORD_API_URL: must be an http(s) URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL:'],
    [{ PLAYGROUND_PORT: '70000' }, 'PLAYGROUND_PORT:'],
    [{ DATA_MAX_BYTES: '64MB' }, 'DATA_MAX_BYTES:'],
    [{ DISCORD_TOKEN: 'short' }, 'DISCORD_TOKEN: looks too short'],
    [{ BOT_MODE: 'webhook' }, 'BOT_MODE:'],
    [{ DISCORD_PUBLIC_KEY: 'not-hex' }, 'DISCORD_PUBLIC_KEY: must be the 64 hex characters'],
    [{ HTTP_PORT: '-1' }, 'HTTP_PORT:'],
  ])('%j is refused with "%s"', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('running against Discord names each missing setting and where to find it', () => {
    expect(() => requireDiscord(loadConfig({}))).toThrow(
      /DISCORD_TOKEN: the bot token \(Developer Portal[^\n]*\n {2}DISCORD_CLIENT_ID: the application id/,
    );
    const env = { DISCORD_TOKEN: 'a'.repeat(30), DISCORD_CLIENT_ID: '1000000000000000001' };
    expect(requireDiscord(loadConfig(env)).DISCORD_CLIENT_ID).toBe('1000000000000000001');
  });

  it('an invalid configuration never echoes the token', () => {
    const token = 'secret-token-value-that-is-long-enough';
    try {
      loadConfig({ DISCORD_TOKEN: token, LOG_LEVEL: 'nope' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain(token);
    }
  });
});

describe('logs never contain the token', () => {
  const token = 'MTA1Njc4.secret.token-0123456789abcdef';
  function capture() {
    const lines: string[] = [];
    const logger = createLogger('info', [token], { write: (line: string) => lines.push(line) });
    return { logger, lines };
  }

  it('redacts token fields and scrubs the token from messages and errors', () => {
    const { logger, lines } = capture();
    logger.info({ token, headers: { authorization: `Bot ${token}` } }, 'login');
    logger.error({ err: new Error(`401 with Authorization: Bot ${token}`) }, `failed for ${token}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(token);
    expect(lines.join('\n')).toContain('[REDACTED]');
  });

  it('writes one JSON object per line with the level as a word', () => {
    const { logger, lines } = capture();
    logger.info({ action: 'search', latencyMs: 3 }, 'interaction');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      level: 'info',
      action: 'search',
      latencyMs: 3,
      msg: 'interaction',
    });
  });
});

describe('the ready line', () => {
  it('is written out at once, while other lines wait in the buffer for the next block', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'laureates-log-'));
    const file = join(folder, 'out.log');
    // Buffered as the bot's standard output is (logger.ts), without the periodic flush: nothing leaves by itself.
    const destination = pino.destination({ dest: file, sync: false, minLength: 4096, mkdir: true });
    await once(destination, 'ready');
    const logger = createLogger('info', [], destination);
    try {
      logger.info('http server listening');
      await setTimeout(50);
      expect(readFileSync(file, 'utf8')).toBe('');
      await announceReady(logger, { projects: 16, shards: 1 });
      const lines = readFileSync(file, 'utf8').trim().split('\n');
      expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
        'http server listening',
        READY_LINE,
      ]);
    } finally {
      destination.end();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
