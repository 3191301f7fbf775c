import { ConfigError } from '../src/bot/config.ts';
import { DataError } from '../src/data/dataError.ts';

/** Runs a maintainer script: a data or configuration problem prints a clear message and exits 1, no stack trace. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof DataError) console.error(`Data error: ${error.message}`);
      else if (error instanceof ConfigError) console.error(error.message);
      else console.error(error);
      process.exitCode = 1;
    });
}
