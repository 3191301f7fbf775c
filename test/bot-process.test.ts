import { writeFileSync } from 'node:fs';
import { READY_LINE } from '../src/bot/readyLine.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../src/emulator/index.ts';
import { runScript, waitForOutput, type RunningScript } from './support/process.ts';

/** The commands a newcomer runs (`npm run deploy-commands`, `npm start`), as separate processes against the fake Discord. */
const TOKEN = 'process-test-token-abcdefghijklmnopqrstuvwxyz';
let fake: FakeDiscord;
let running: RunningScript | undefined;

beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});
afterEach(async () => {
  running?.child.kill('SIGKILL');
  running = undefined;
  await fake.close();
});

const discordEnv = (extra: Record<string, string> = {}) => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_API_URL: fake.apiUrl,
  ...extra,
});

describe('npm run deploy-commands', () => {
  it('registers the command set to the guild when DISCORD_GUILD_ID is set, and says what it registered', async () => {
    const script = runScript('scripts/deploy-commands.ts', discordEnv({ DISCORD_GUILD_ID: fake.guildId }));
    expect(await script.exited).toBe(0);
    expect(script.output()).toMatch(/Registered 2 command\(s\) to guild \d+ \(instant\)/);
    expect(script.output()).toContain('/laureates (id ');
    expect(script.output()).toContain('message menu “Find laureates” (id ');
    expect(fake.registeredCommands(fake.guildId)).toHaveLength(2);
    expect(fake.registeredCommands()).toHaveLength(0);
  }, 30_000);

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const script = runScript('scripts/deploy-commands.ts', discordEnv());
    expect(await script.exited).toBe(0);
    expect(script.output()).toContain('globally');
    expect(fake.registeredCommands()).toHaveLength(2);
  }, 30_000);

  it('says exactly which setting is missing, without a stack trace', async () => {
    const script = runScript('scripts/deploy-commands.ts', { DISCORD_TOKEN: TOKEN });
    expect(await script.exited).toBe(1);
    expect(script.output()).toContain('Missing configuration:\n  DISCORD_CLIENT_ID: the application id');
    expect(script.output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('npm start with a token', () => {
  it('connects, answers interactions, logs without the token, and exits 0 on SIGTERM', async () => {
    running = runScript('src/main.ts', discordEnv());
    await fake.waitForClient(20_000);
    await waitForOutput(running, READY_LINE);
    const outcome = await fake.chatInput({
      name: 'laureates',
      subcommand: 'country',
      options: [{ name: 'name', type: 3, value: 'benin' }],
    });
    expect(outcome.message?.embeds[0]?.title).toBe('🇧🇯 Benin · 2 projects');
    await waitForOutput(running, '"msg":"interaction"');
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('"msg":"shutting down"');
    expect(running.output()).not.toContain(TOKEN);
  }, 40_000);

  it('refuses to start on an invalid dataset, naming the file, path and field', async () => {
    const file = join(tmpdir(), `laureates-invalid-${process.pid}.json`);
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, calls: [], projects: [] }));
    const script = runScript('src/main.ts', discordEnv({ DATA_FILE: file }));
    expect(await script.exited).toBe(1);
    expect(script.output()).toContain(`${file}: calls, field "calls"`);
  }, 30_000);

  it('rejects an invalid setting with a message naming it', async () => {
    const script = runScript('src/main.ts', discordEnv({ LOG_LEVEL: 'loud' }));
    expect(await script.exited).toBe(1);
    expect(script.output()).toContain('Invalid configuration:\n  LOG_LEVEL:');
  }, 30_000);
});
