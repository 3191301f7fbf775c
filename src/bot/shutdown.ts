import type { Logger } from './logger.ts';

/** How long a shutdown may take in all before the process gives up and exits 1: past the drain, something hangs. */
const HARD_STOP_MS = 20_000;
/** How often the process looks whether the npm that started it is still there (see watchParent). */
const PARENT_CHECK_MS = 1000;

/** Why the process stops: a signal, or the npm that started it gone. */
type StopCause = NodeJS.Signals | 'npm exited';

/**
 * On SIGINT or SIGTERM (or, with `watchParent`, once the npm that started it is gone), runs `close` once and exits 0 when it is done (1 if it fails or hangs). Later signals are
 * logged and otherwise ignored: a signal sent to the whole process group (Ctrl-C in a terminal, a container runtime)
 * reaches the node process twice when it runs under `npm start` — once from the terminal, once forwarded by npm — and
 * the second one must not cut the draining short. `close` bounds its own waiting; HARD_STOP_MS is the backstop.
 */
export function onShutdown(logger: Logger, close: () => Promise<void>, options: { watchParent?: boolean } = {}): void {
  let closing = false;
  const stop = (cause: StopCause) => {
    if (closing) {
      logger.info({ cause }, 'already shutting down');
      return;
    }
    closing = true;
    logger.info({ cause }, 'shutting down');
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
  if (options.watchParent) watchParent(() => stop('npm exited'));
}

/**
 * Calls `gone` once this process's parent has exited (it was then handed to another). Under `npm start`, npm forwards
 * SIGINT and SIGTERM but dies of any other signal (a SIGHUP meant as "reload", a closed terminal) or of SIGKILL
 * without a word to its child: the bot would run on, orphaned, holding its port against the one a supervisor restarts.
 */
function watchParent(gone: () => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    gone();
  }, PARENT_CHECK_MS);
  timer.unref();
}
