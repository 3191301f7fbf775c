import type { Logger } from './logger.ts';

/** Logged once the bot answers: connected, every shard ready, the data loaded. Benchmarks and tests wait for it. */
export const READY_LINE = 'connected to Discord, ready to answer';

/**
 * Logs READY_LINE and writes it out at once, not with the next block of buffered lines (up to 200 ms later):
 * supervisors, operators and benchmarks watch for it. Resolves once it is written.
 */
export function announceReady(logger: Logger, details: object): Promise<void> {
  logger.info(details, READY_LINE);
  return new Promise((resolve) => logger.flush(() => resolve()));
}
