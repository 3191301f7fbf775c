/** What to do with a person's message given when they were last answered. */
export type CooldownVerdict = 'answer' | 'remind' | 'silent';

export interface CooldownOptions {
  /** How long after an answer the same person waits for the next one. */
  windowMs: number;
  /** People remembered at most; the least recently answered are forgotten first (they are past their window anyway). */
  maxPeople: number;
  now?: () => number;
}

interface Entry {
  answeredAt: number;
  reminded: boolean;
}

/**
 * A per-person pause between answers to messages, so one person (or a loop between two bots) can't make the bot
 * flood a channel. Within the window the first extra message gets a polite reminder, the next ones silence.
 */
export class Cooldown {
  readonly #windowMs: number;
  readonly #maxPeople: number;
  readonly #now: () => number;
  /** By person, least recently answered first (a Map keeps insertion order; an answer re-inserts). */
  readonly #entries = new Map<string, Entry>();

  constructor({ windowMs, maxPeople, now = () => performance.now() }: CooldownOptions) {
    this.#windowMs = windowMs;
    this.#maxPeople = maxPeople;
    this.#now = now;
  }

  /** The verdict for a message from `personId` now, recording it. */
  take(personId: string): CooldownVerdict {
    const now = this.#now();
    const entry = this.#entries.get(personId);
    if (entry && now - entry.answeredAt < this.#windowMs) {
      if (entry.reminded) return 'silent';
      entry.reminded = true;
      return 'remind';
    }
    this.#entries.delete(personId);
    this.#entries.set(personId, { answeredAt: now, reminded: false });
    this.#evict(now);
    return 'answer';
  }

  get size(): number {
    return this.#entries.size;
  }

  /** Drops the expired from the oldest end, and the oldest beyond the bound even if not yet expired. */
  #evict(now: number): void {
    for (const [personId, entry] of this.#entries) {
      const expired = now - entry.answeredAt >= this.#windowMs;
      if (!expired && this.#entries.size <= this.#maxPeople) break;
      this.#entries.delete(personId);
    }
  }
}
