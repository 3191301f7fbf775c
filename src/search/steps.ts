import { setImmediate } from 'node:timers/promises';

/**
 * A long computation written as a generator that yields between small pieces of work: run at once by `finish`, or by
 * `finishInSlices` a few milliseconds at a time, the event loop free in between (a reload keeps the bot answering).
 */
export type Steps<T> = Generator<void, T, void>;

/** How many iterations of a hot loop run between two yields: a check per iteration would cost more than the work. */
export const STEP = 4096;

/** Strings sorted at once in one step: a few milliseconds' work, and few enough runs to merge in a few passes. */
const SORT_RUN = 1 << 15;

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

/** `items.map(map)`, in steps. */
export function* mappedInSteps<T, U>(items: readonly T[], map: (item: T) => U): Steps<U[]> {
  const out: U[] = [];
  for (let index = 0; index < items.length; index++) {
    out.push(map(items[index] as T));
    if ((index & (STEP - 1)) === 0) yield;
  }
  return out;
}

/**
 * The strings in code-unit order, as the default sort gives them: runs sorted one at a time, then merged pairwise,
 * so that no step sorts hundreds of thousands of terms at once.
 */
export function* sortedInSteps(strings: readonly string[]): Steps<string[]> {
  let runs: string[][] = [];
  for (let from = 0; from < strings.length; from += SORT_RUN) {
    runs.push(strings.slice(from, from + SORT_RUN).sort());
    yield;
  }
  while (runs.length > 1) {
    const merged: string[][] = [];
    for (let index = 0; index < runs.length; index += 2) {
      const right = runs[index + 1];
      merged.push(right ? yield* mergedInSteps(runs[index] as string[], right) : (runs[index] as string[]));
    }
    runs = merged;
  }
  return runs[0] ?? [];
}

function* mergedInSteps(left: string[], right: string[]): Steps<string[]> {
  const out = new Array<string>(left.length + right.length);
  let l = 0;
  let r = 0;
  let at = 0;
  while (l < left.length && r < right.length) {
    const next = left[l] as string;
    const other = right[r] as string;
    if (next <= other) {
      out[at++] = next;
      l++;
    } else {
      out[at++] = other;
      r++;
    }
    if ((at & (STEP - 1)) === 0) yield;
  }
  while (l < left.length) out[at++] = left[l++] as string;
  while (r < right.length) out[at++] = right[r++] as string;
  return out;
}
