/**
 * Preloaded (`--import`) into a process started with --expose-gc: on SIGUSR2 its memory is settled, then a line says
 * so, for the parent to read its RSS (BotProcess.rssMbAfterGc).
 */
import { exposedGc, GC_DONE_LINE, settleMemory } from './memory.ts';

const gc = exposedGc;
if (gc) {
  process.on('SIGUSR2', () => void settleMemory(gc).then(() => process.stdout.write(`${GC_DONE_LINE}\n`)));
}
