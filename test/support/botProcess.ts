import { READY_LINE } from '../../src/bot/readyLine.ts';
import type { FakeDiscord } from '../../src/emulator/index.ts';
import { GC_DONE_LINE } from './memory.ts';
import { rssMb, runScript, waitForOutput, type RunningScript } from './process.ts';

const GC_ON_SIGNAL = new URL('./gcOnSignal.ts', import.meta.url).href;

export interface BotProcess {
  script: RunningScript;
  /** From spawning node to the bot's READY_LINE (connected, data loaded), in ms. */
  readyMs: number;
  /** The process's resident memory now, in MB. */
  rssMb: () => number;
  /** Its resident memory once garbage is collected and handed back (support/memory.ts), in MB; needs `exposeGc`. */
  rssMbAfterGc: () => Promise<number>;
  /** SIGTERM, then SIGKILL if it has not exited within 5 s. */
  stop: () => Promise<void>;
}

export interface BotProcessOptions {
  /** From the project root: TypeScript runs through tsx, JavaScript on plain node. Default src/main.ts. */
  entry?: string;
  env?: Record<string, string>;
  /** V8/node flags, before the entry point. */
  nodeArgs?: string[];
  /** Lets `rssMbAfterGc` have the process collect its garbage (--expose-gc, support/gcOnSignal.ts preloaded). */
  exposeGc?: boolean;
  timeoutMs?: number;
}

/**
 * Runs a bot entry point (`node --import tsx src/main.ts` by default) as its own process against the fake Discord,
 * and resolves once the bot says it is connected: entry points must log READY_LINE when ready.
 */
export async function startBotProcess(
  fake: FakeDiscord,
  token: string,
  { entry = 'src/main.ts', env = {}, nodeArgs = [], exposeGc = false, timeoutMs = 30_000 }: BotProcessOptions = {},
): Promise<BotProcess> {
  const started = performance.now();
  const discord = { DISCORD_TOKEN: token, DISCORD_CLIENT_ID: fake.applicationId, DISCORD_API_URL: fake.apiUrl };
  const gcArgs = exposeGc ? ['--expose-gc', '--import', GC_ON_SIGNAL] : [];
  const script = runScript(entry, { ...discord, ...env }, [], [...gcArgs, ...nodeArgs]);
  const readyAt = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${entry} not ready within ${timeoutMs} ms:\n${script.output()}`)),
      timeoutMs,
    );
    const check = () => {
      if (!script.output().includes(READY_LINE)) return;
      clearTimeout(timer);
      script.child.stdout?.off('data', check);
      resolve(performance.now());
    };
    script.child.stdout?.on('data', check);
    script.child.once('exit', (code) =>
      reject(new Error(`${entry} exited (${code}) before ready:\n${script.output()}`)),
    );
  });
  const pid = script.child.pid ?? 0;
  return {
    script,
    readyMs: readyAt - started,
    rssMb: () => rssMb(pid),
    rssMbAfterGc: async () => {
      const from = script.output().length;
      script.child.kill('SIGUSR2');
      await waitForOutput(script, GC_DONE_LINE, 5000, from);
      return rssMb(pid);
    },
    stop: async () => {
      if (script.child.exitCode !== null) return;
      const killer = setTimeout(() => script.child.kill('SIGKILL'), 5000);
      script.child.kill('SIGTERM');
      await script.exited;
      clearTimeout(killer);
    },
  };
}
