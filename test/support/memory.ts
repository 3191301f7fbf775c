/** What a process preloading gcOnSignal.ts prints once its memory is settled. */
export const GC_DONE_LINE = '{"msg":"gc done"}';

/** The process's collector, when node runs with --expose-gc. */
export const exposedGc = (globalThis as { gc?: () => void }).gc;

/**
 * Full GCs a moment apart, so that what is read next is what the process holds on to: V8 hands back the pages a busy
 * heap grew into over a few collections, not at the first (right after one, RSS still shows the last burst's peak).
 */
export async function settleMemory(gc: () => void, rounds = 3, pauseMs = 150): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
}
