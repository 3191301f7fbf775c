const DISCORD_EPOCH = 1420070400000n;

/**
 * Makes Discord-shaped snowflakes (timestamp << 22 | counter). Strictly increasing even when many are made
 * in the same millisecond, so ordering by id matches creation order as on Discord.
 */
export class SnowflakeFactory {
  #last = 0n;

  next(): string {
    const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    this.#last = fromClock > this.#last ? fromClock : this.#last + 1n;
    return this.#last.toString();
  }
}
