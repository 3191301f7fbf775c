import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface RunningScript {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Runs one of the project's TypeScript entry points as its own process, from an empty folder so that a developer's
 * `.env` can't leak in, with only the environment given (plus PATH).
 */
export function runScript(script: string, env: Record<string, string>, args: string[] = []): RunningScript {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, script), ...args], {
    cwd: mkdtempSync(join(tmpdir(), 'laureates-')),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves when the output contains the text; rejects with the output so far after the timeout. */
export async function waitForOutput(script: RunningScript, text: string, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  while (!script.output().includes(text)) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for "${text}" in:\n${script.output()}`);
    if (script.child.exitCode !== null)
      throw new Error(`exited (${script.child.exitCode}) before "${text}":\n${script.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
