/** Discord forgets an interaction not acknowledged within 3 s: defer before, leaving room for the round trip. */
export const DEFAULT_DEFER_AFTER_MS = 2500;

export const TOO_SLOW = Symbol('too slow');

/** The promise's value if it settles within `ms`, else TOO_SLOW; the timer never outlives the race. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TOO_SLOW> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TOO_SLOW>((resolve) => (timer = setTimeout(resolve, ms, TOO_SLOW)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
