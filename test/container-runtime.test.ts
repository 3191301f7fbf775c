import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../src/emulator/index.ts';
import { dispatch, slash } from './support/discord.ts';
import { ROOT, waitForOutput, type RunningScript } from './support/process.ts';
import { START_COMMAND, START_ENV } from './support/startCommand.ts';

/**
 * Docker is not on this machine, so the Dockerfile's steps are replayed by hand, read from the Dockerfile itself: the
 * build stage on a copy of the build context (.dockerignore applied; its `npm ci` is the project's installed
 * node_modules, from the same lockfile), then the runtime stage in a clean folder — `npm ci --omit=dev` from the
 * registry, the copied data, assets and dist/ — and its CMD started as an unprivileged user, answering /livez, the
 * HEALTHCHECK and a signed interaction. About 15 s, most of it npm.
 */
interface Stage {
  from: string;
  instructions: { op: string; args: string }[];
}

function stages(dockerfile: string): Stage[] {
  const lines = dockerfile.replace(/\\\n\s*/g, ' ').split('\n');
  const result: Stage[] = [];
  for (const line of lines.map((text) => text.trim()).filter((text) => text && !text.startsWith('#'))) {
    const [op = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op === 'FROM') result.push({ from: args, instructions: [] });
    else result.at(-1)?.instructions.push({ op, args });
  }
  return result;
}

/** .dockerignore as Docker reads it, for the patterns this project uses: names and `*` globs from the root. */
function dockerignore(text: string): (path: string) => boolean {
  const rules = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const negated = line.startsWith('!');
      const glob = negated ? line.slice(1) : line;
      const pattern = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`);
      return { negated, pattern };
    });
  return (path) => rules.reduce((ignored, rule) => (rule.pattern.test(path) ? !rule.negated : ignored), false);
}

const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const [build, runtime] = stages(DOCKERFILE);
const runs = (stage: Stage | undefined) => stage?.instructions.filter((i) => i.op === 'RUN').map((i) => i.args) ?? [];
const json = <T>(text: string | undefined): T => JSON.parse(text ?? 'null') as T;

describe('Dockerfile', () => {
  it('has a build stage and a slim runtime stage that installs production dependencies only and runs as node', () => {
    expect(build?.from).toBe('node:20-slim AS build');
    expect(runtime?.from).toBe('node:20-slim AS runtime');
    expect(runs(runtime).some((run) => /npm ci --omit=dev\b/.test(run))).toBe(true);
    const ops = runtime?.instructions.map((i) => i.op) ?? [];
    expect(ops).toContain('HEALTHCHECK');
    expect(runtime?.instructions.find((i) => i.op === 'USER')?.args).toBe('node');
    expect(json(runtime?.instructions.find((i) => i.op === 'ENTRYPOINT')?.args)).toEqual(['/usr/bin/tini', '--']);
    expect(json(runtime?.instructions.find((i) => i.op === 'CMD')?.args)).toEqual(START_COMMAND);
    // And in the environment `npm start` gives it.
    const environment = runtime?.instructions.filter((i) => i.op === 'ENV').map((i) => i.args) ?? [];
    for (const [name, value] of Object.entries(START_ENV)) {
      expect(
        environment.some((args) => args.split(/\s+/).includes(`${name}=${value}`)),
        name,
      ).toBe(true);
    }
  });
});

describe('the runtime stage, replayed on a clean copy', () => {
  const work = mkdtempSync(join(tmpdir(), 'laureates-image-'));
  const context = join(work, 'build');
  const app = join(work, 'app');
  let fake: FakeDiscord;
  let bot: RunningScript | undefined;
  let port = 0;
  const env: Record<string, string> = {};

  const sh = (command: string, cwd: string) => {
    const result = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
    if (result.status !== 0) throw new Error(`${command} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  };

  beforeAll(async () => {
    // Build stage: the context as Docker would send it, then the RUN steps that follow `COPY . .`.
    const ignored = dockerignore(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
    cpSync(ROOT, context, {
      recursive: true,
      filter: (source) => !ignored(source.slice(ROOT.length)) || source === ROOT,
    });
    symlinkSync(join(ROOT, 'node_modules'), join(context, 'node_modules'));
    const afterCopy = build?.instructions.findIndex((i) => i.op === 'COPY' && i.args === '. .') ?? -1;
    for (const step of build?.instructions.slice(afterCopy + 1) ?? []) if (step.op === 'RUN') sh(step.args, context);

    // Runtime stage, in order.
    for (const step of runtime?.instructions ?? []) {
      if (step.op === 'ENV') {
        for (const [, name, value] of step.args.matchAll(/(\w+)=(\S+)/g)) env[name as string] = value as string;
      } else if (step.op === 'COPY') {
        const parts = step.args.split(/\s+/);
        const fromBuild = parts[0] === '--from=build';
        const paths = fromBuild ? parts.slice(1) : parts;
        const target = join(app, paths.at(-1) ?? '.');
        for (const source of paths.slice(0, -1)) {
          const from = fromBuild ? join(context, source.replace(/^\/app\//, '')) : join(ROOT, source);
          cpSync(from, paths.length > 2 ? join(target, source) : target, { recursive: true });
        }
      } else if (step.op === 'RUN' && step.args.startsWith('npm ')) {
        // Packages from the registry as in the image (the local npm cache first, when it has them).
        sh(step.args.replace('npm ci', 'npm ci --prefer-offline'), app);
      }
    }
    chmodSync(work, 0o755);
    fake = await FakeDiscord.start();
  }, 120_000);

  afterAll(async () => {
    if (bot && bot.child.exitCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
    await fake?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('holds production dependencies only', () => {
    const manifest = json<{ dependencies: Record<string, string> }>(readFileSync(join(app, 'package.json'), 'utf8'));
    const lock = json<{ packages: Record<string, { dev?: boolean }> }>(
      readFileSync(join(app, 'package-lock.json'), 'utf8'),
    );
    // The lockfile marks what only development needs (a dev tool's own dependencies included).
    const devOnly = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.dev)
      .map(([path]) => path);
    expect(devOnly).toEqual(expect.arrayContaining(['node_modules/vitest', 'node_modules/typescript']));
    expect(devOnly.filter((path) => existsSync(join(app, path)))).toEqual([]);
    for (const dependency of Object.keys(manifest.dependencies)) {
      expect(existsSync(join(app, 'node_modules', dependency)), dependency).toBe(true);
    }
    expect(readdirSync(app).sort()).toEqual([
      'assets',
      'data',
      'dist',
      'node_modules',
      'package-lock.json',
      'package.json',
    ]);
  });

  it('starts its CMD as an unprivileged user in HTTP mode: /livez, the HEALTHCHECK, a signed PING and a command', async () => {
    const [command, ...args] = json<string[]>(runtime?.instructions.find((i) => i.op === 'CMD')?.args);
    const nobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const child = spawn(command === 'node' ? process.execPath : (command ?? ''), args, {
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '',
        ...env,
        // Loopback and a free port for the test; the image listens on 0.0.0.0:8080.
        HTTP_HOST: '127.0.0.1',
        HTTP_PORT: '0',
        BOT_MODE: 'http',
        DISCORD_PUBLIC_KEY: fake.publicKey,
        DISCORD_API_URL: fake.apiUrl,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...nobody,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    bot = { child, output: () => output, exited };
    await waitForOutput(bot, 'ready for HTTP interactions', 30_000);
    port = Number(/"url":"http:\/\/127\.0\.0\.1:(\d+)"/.exec(output)?.[1]);
    const base = `http://127.0.0.1:${port}`;

    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const healthcheck = runtime?.instructions.find((i) => i.op === 'HEALTHCHECK')?.args ?? '';
    const probe = json<string[]>(healthcheck.slice(healthcheck.indexOf('CMD ') + 4));
    const probeOnce = () =>
      spawnSync(process.execPath, probe.slice(1), { env: { HTTP_PORT: String(port) }, timeout: 10_000 }).status;
    expect(probe[0]).toBe('node');
    expect(probeOnce()).toBe(0);

    fake.setInteractionsEndpoint(`${base}/interactions`);
    await fake.verifyInteractionsEndpoint(`${base}/interactions`);
    const outcome = await dispatch(fake, slash('country', { name: 'benin' }));
    expect(outcome.callback.type).toBe(4);
    // A picture: drawn on a worker thread of the built bundle, deferred, then sent by webhook as a PNG.
    const map = await dispatch(fake, slash('map'));
    expect(map.callback.type).toBe(5);
    const drawn = await fake.waitForMessage(
      (message) => message.id === map.message?.id && message.attachments.length > 0,
      15_000,
    );
    expect(drawn.attachments[0]?.contentType).toBe('image/png');
    expect(
      Buffer.from(drawn.attachments[0]?.data ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // The same probe fails once nothing answers.
    expect(probeOnce()).toBe(1);
  }, 60_000);
});
