import { setImmediate } from 'node:timers/promises';

/**
 * A long computation written as a generator that yields between small pieces of work: run at once by `finish`, or by
 * `finishInSlices` a few milliseconds at a time, the event loop free in between (a reload keeps the bot answering).
 */
export type Steps<T> = Generator<void, T, void>;

/** How many iterations of a hot loop run between two yields: a check per iteration would cost more than the work. */
export const STEP = 4096;

export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function finishInSlices<T>(steps: Steps<T>, sliceMs: number): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await setImmediate();
      sliceStart = performance.now();
    }
  }
}
