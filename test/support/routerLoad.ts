/**
 * An entry point, run with --expose-gc: the workload through the router alone, `argv[2]` interactions in a row, in a
 * process of its own so that nothing else moves its memory. Prints RSS after a full GC once the first 1,000 are done
 * and at the end, one JSON line each: {"after":1000,"rssMb":…}.
 */
import { raw } from './router.ts';
import { workload } from './workload.ts';

const total = Number(process.argv[2] ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
let index = 0;
for (const checkpoint of [1000, total]) {
  for (; index < checkpoint; index++) {
    const handled = raw(workload(index));
    if (handled.outcome !== 'ok') throw new Error(`${handled.action}: ${handled.outcome}`);
  }
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  console.log(JSON.stringify({ after: checkpoint, rssMb: rss / 2 ** 20, heapUsedMb: heapUsed / 2 ** 20 }));
}
