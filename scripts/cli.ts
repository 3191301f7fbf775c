import { DataError } from '../src/data/dataError.ts';

/** Runs a maintainer script: a data problem prints one clear line and exits 1, without a stack trace. */
export function runCli(main: () => void | Promise<void>): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      console.error(error instanceof DataError ? `Data error: ${error.message}` : error);
      process.exitCode = 1;
    });
}
