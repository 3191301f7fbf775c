import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface RunningScript {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs one of the project's entry points (a path from the project root) as its own process, from an empty folder so that a developer's
 * `.env` can't leak in, with only the environment given (plus PATH, and HTTP_PORT=0 unless given).
 */
export function runScript(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  nodeArgs: string[] = [],
): RunningScript {
  // TypeScript goes through tsx, as `npm start` runs it; JavaScript (a precompiled bundle) runs on plain node.
  const loader = script.endsWith('.ts') ? ['--import', TSX_LOADER] : [];
  const child = spawn(process.execPath, [...loader, ...nodeArgs, resolve(ROOT, script), ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'laureates-')),
    // A random port for the health/metrics server, so processes started side by side don't fight over 8080.
    env: { PATH: process.env.PATH ?? '', HTTP_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Resolves when the output contains the text (past the character offset `from`, to wait for a line's next occurrence);
 * rejects with the output so far after the timeout.
 */
export async function waitForOutput(script: RunningScript, text: string, timeoutMs = 15_000, from = 0): Promise<void> {
  const started = Date.now();
  while (!script.output().includes(text, from)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for "${text}" in:\n${script.output()}`);
    if (script.child.exitCode !== null)
      throw new Error(`exited (${script.child.exitCode}) before "${text}":\n${script.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A process's resident memory in MB, from /proc (Linux): what the machine actually gives it. */
export function rssMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}

/** The structured (JSON) log lines a script has written so far. */
export function logLines(script: RunningScript): Record<string, unknown>[] {
  return script
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
