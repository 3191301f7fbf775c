/**
 * An entry point, run with --expose-gc: the workload through the router alone, `argv[2]` interactions in a row, in a
 * process of its own so that nothing else moves its memory. Once the first 1,000 are done and at the end, settles its
 * memory and prints RSS and the JS heap in use, one JSON line each: {"after":1000,"rssMb":…,"heapUsedMb":…}.
 */
import { exposedGc, settleMemory } from './memory.ts';
import { rawAsync } from './router.ts';
import { workload } from './workload.ts';

const total = Number(process.argv[2] ?? 100_000);
if (!exposedGc) throw new Error('run with --expose-gc');
let index = 0;
for (const checkpoint of [1000, total]) {
  for (; index < checkpoint; index++) {
    const handled = await rawAsync(workload(index));
    if (handled.outcome !== 'ok') throw new Error(`${handled.action}: ${handled.outcome}`);
  }
  await settleMemory(exposedGc);
  const { rss, heapUsed } = process.memoryUsage();
  console.log(JSON.stringify({ after: checkpoint, rssMb: rss / 2 ** 20, heapUsedMb: heapUsed / 2 ** 20 }));
}
