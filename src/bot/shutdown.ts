import type { Logger } from './logger.ts';

/** How long a shutdown may take in all before the process gives up and exits 1: past the drain, something hangs. */
const HARD_STOP_MS = 20_000;

/**
 * On SIGINT or SIGTERM, runs `close` once and exits 0 when it is done (1 if it fails or hangs). Later signals are
 * logged and otherwise ignored: a signal sent to the whole process group (Ctrl-C in a terminal, a container runtime)
 * reaches the node process twice when it runs under `npm start` — once from the terminal, once forwarded by npm — and
 * the second one must not cut the draining short. `close` bounds its own waiting; HARD_STOP_MS is the backstop.
 */
export function onShutdown(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.info({ signal }, 'already shutting down');
      return;
    }
    closing = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error({ afterMs: HARD_STOP_MS }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, HARD_STOP_MS).unref();
    close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
