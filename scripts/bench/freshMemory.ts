import { execFileSync } from 'node:child_process';

/** Run in a node process of its own: 64 MB written once (memory the process never had), then again. */
const PROBE = `
const array = new Int32Array(16 * 1024 * 1024);
let started = performance.now();
array.fill(1);
const firstMs = performance.now() - started;
started = performance.now();
array.fill(2);
console.log(JSON.stringify({ firstMs, againMs: performance.now() - started }));
`;

/**
 * What fresh memory costs on this machine now, beside the figures it explains: a start and an index build write a few
 * hundred MB the process never had, and on a virtual machine the first write of a page can cost tens of times the
 * next (64 MB: ~190 ms first, ~3 ms again, on the project's machine), and drifts with the host's load.
 */
export function freshMemory(): { firstMs: number; againMs: number } {
  return JSON.parse(execFileSync(process.execPath, ['-e', PROBE], { encoding: 'utf8' })) as {
    firstMs: number;
    againMs: number;
  };
}
