/**
 * The answers under way, so that a shutdown can stop taking new work and wait for what it took. Any transport can use
 * it: `take` each piece of work as it arrives, `close` when shutting down, then `settled`.
 */
export class InFlight {
  #count = 0;
  #open = true;
  #waiters: (() => void)[] = [];

  get size(): number {
    return this.#count;
  }

  /** Starts the work and counts it until it settles, however it settles; false (nothing started) once closed. */
  take(work: () => Promise<unknown>): boolean {
    if (!this.#open) return false;
    this.#count++;
    const done = () => {
      this.#count--;
      if (this.#count === 0) for (const wake of this.#waiters.splice(0)) wake();
    };
    work().then(done, done);
    return true;
  }

  /** No new work from now on. */
  close(): void {
    this.#open = false;
  }

  /** Resolves true once nothing is under way, or false when `timeoutMs` passes first. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.#count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((waiter) => waiter !== wake);
        resolve(false);
      }, timeoutMs);
      this.#waiters.push(wake);
    });
  }
}
