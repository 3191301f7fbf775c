import { execFileSync, spawn } from 'node:child_process';
import { READY_LINE } from '../src/bot/readyLine.ts';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildEntries, ENTRIES } from '../scripts/build.ts';
import { FakeDiscord } from '../src/emulator/index.ts';
import { BENIN_TITLE, dispatch, messageOf, slash } from './support/discord.ts';
import { logLines, ROOT, runScript, waitForOutput, type RunningScript } from './support/process.ts';
import { START_COMMAND, START_ENV } from './support/startCommand.ts';

/**
 * A supervisor stops the bot with SIGTERM (systemd, Docker, Kubernetes), often to the whole process group: what was
 * asked before must still be answered, and the process must be gone with exit code 0 — under `npm start` too.
 */
const TOKEN = 'shutdown-test-token-abcdefghijklmnopqrstuvwxyz';
let fake: FakeDiscord;
let running: RunningScript | undefined;

beforeAll(() => buildEntries(ENTRIES), 60_000);
beforeEach(async () => {
  fake = await FakeDiscord.start({ token: TOKEN });
});
/** Process groups `npm start` was given: whatever a failed test left of them is killed. */
const groups: number[] = [];
afterEach(async () => {
  running?.child.kill('SIGKILL');
  running = undefined;
  for (const group of groups.splice(0)) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Nothing left of it: as it should be.
    }
  }
  await fake.close();
});

const env = () => ({
  DISCORD_TOKEN: TOKEN,
  DISCORD_CLIENT_ID: fake.applicationId,
  DISCORD_API_URL: fake.apiUrl,
  HTTP_PORT: '0',
});

/** Interactions whose answers are still on their way: Discord rate-limits their callbacks for a second. */
async function answersUnderWay(count: number) {
  fake.failNext({ method: 'POST', pathIncludes: '/callback' }, { status: 429, retryAfterSeconds: 1 }, count);
  const before = fake.stats().restRequests;
  const outcomes = Array.from({ length: count }, () => dispatch(fake, slash('country', { name: 'benin' })));
  while (fake.stats().restRequests < before + count) await new Promise((resolve) => setTimeout(resolve, 20));
  return outcomes;
}

describe('graceful shutdown', () => {
  it('on SIGTERM, answers every interaction under way, takes no new one, closes the gateway and exits 0', async () => {
    running = runScript('dist/main.js', env());
    await waitForOutput(running, READY_LINE, 20_000);
    const outcomes = await answersUnderWay(5);
    running.child.kill('SIGTERM');
    await waitForOutput(running, '"msg":"shutting down"');
    const late = dispatch(fake, slash('country', { name: 'benin' }), { timeoutMs: 3000 });

    for (const outcome of await Promise.all(outcomes)) expect(messageOf(outcome).embeds[0]?.title).toBe(BENIN_TITLE);
    expect(await running.exited).toBe(0);
    await expect(late).rejects.toThrow();
    const lines = logLines(running);
    expect(lines.find((line) => line.msg === 'answers under way sent')?.answered).toBe(5);
    expect(lines.some((line) => line.msg === 'interaction not taken: shutting down')).toBe(true);
    expect(fake.clientConnected).toBe(false);
  }, 40_000);

  it('a SIGTERM while the start still waits on Discord (retrying it) stops the start, exit code 0', async () => {
    running = runScript('dist/main.js', { ...env(), DISCORD_API_URL: `http://127.0.0.1:${await closedPort()}/api` });
    await waitForOutput(running, 'Discord unreachable; retrying', 20_000);
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
    expect(logLines(running).find((line) => line.msg === 'shutting down')?.cause).toBe('SIGTERM');
  }, 30_000);

  it.each([
    ['the whole process group', (group: number) => process.kill(-group, 'SIGTERM')],
    ['npm alone', (group: number) => process.kill(group, 'SIGTERM')],
  ])(
    'under `npm start`, a SIGTERM to %s answers what is under way and leaves no process, exit code 0',
    async (_, signal) => {
      const npm = startWithNpm();
      await fake.waitForClient(20_000);
      const outcomes = await answersUnderWay(3);
      const members = processesIn(npm.group);
      expect(members.some((command) => command.includes(START_COMMAND.join(' ')))).toBe(true);
      // With the environment the script gives it.
      const environment = environmentOf(npm.group, START_COMMAND.join(' '));
      for (const [name, value] of Object.entries(START_ENV)) expect(environment, name).toContain(`${name}=${value}`);

      signal(npm.group);
      for (const outcome of await Promise.all(outcomes)) expect(messageOf(outcome).embeds[0]?.title).toBe(BENIN_TITLE);
      expect(await npm.exited).toBe(0);
      // Nothing of the group is left running: no orphaned node.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(processesIn(npm.group)).toEqual([]);
      expect(npm.output()).toContain('"msg":"stopped"');
    },
    40_000,
  );

  it('under `npm start`, when npm dies of a signal it does not forward (SIGHUP), the bot shuts down too', async () => {
    const npm = startWithNpm();
    await fake.waitForClient(20_000);
    process.kill(npm.group, 'SIGHUP');
    expect(await npm.exited).not.toBe(0);
    // Its node, handed to another parent, notices within a second or two, and stops as on SIGTERM.
    const started = Date.now();
    while (processesIn(npm.group).length > 0 && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(processesIn(npm.group)).toEqual([]);
    expect(npm.output()).toContain('"cause":"npm exited"');
    expect(npm.output()).toContain('"msg":"stopped"');
    expect(fake.clientConnected).toBe(false);
  }, 40_000);
});

/** `npm start` against the fake Discord, in a process group of its own (as a terminal or a supervisor gives it). */
function startWithNpm() {
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: mkdtempSync(join(tmpdir(), 'laureates-home-')), ...env() },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  npm.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  groups.push(npm.pid ?? 0);
  return { group: npm.pid ?? 0, exited, output: () => output };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment (`NAME=value` each) of the process of a group whose command holds `command`. */
function environmentOf(group: number, command: string): string[] {
  const line = execFileSync('ps', ['-o', 'pid=,args=', '-g', String(group)], { encoding: 'utf8' })
    .split('\n')
    .find((entry) => entry.includes(command));
  const pid = line?.trim().split(/\s+/)[0];
  return pid ? readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0') : [];
}

/** The commands of the processes still in a process group. */
function processesIn(group: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'args=', '-g', String(group)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    // ps exits 1 when it lists nothing.
    return [];
  }
}
