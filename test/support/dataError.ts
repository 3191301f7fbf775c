import { DataError } from '../../src/data/dataError.ts';

/** Runs `act`, expects a DataError, and returns it so each test can say what it must name. */
export function dataError(act: () => unknown): DataError {
  try {
    act();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError, nothing was thrown');
}
