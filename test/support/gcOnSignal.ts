/**
 * Preloaded into a process started with --expose-gc (`--import` it): on SIGUSR2, a full garbage collection, then a
 * line saying so — so that memory read next is what the process holds on to, not garbage V8 has yet to collect.
 */
export const GC_DONE_LINE = '{"msg":"gc done"}';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  process.on('SIGUSR2', () => {
    gc();
    process.stdout.write(`${GC_DONE_LINE}\n`);
  });
}
