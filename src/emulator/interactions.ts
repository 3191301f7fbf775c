import { InteractionType } from 'discord-api-types/v10';
import type { APIMessageInteractionMetadata, APIUser } from 'discord-api-types/v10';
import { isRecord } from './http.ts';
import type { FakeMessage, InteractionCallback, InteractionOutcome } from './types.ts';

/** Discord keeps interaction tokens usable for follow-ups for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60 * 1000;

/** What the REST side needs to know about a dispatched interaction to answer its callback and webhooks. */
export interface TrackedInteraction {
  id: string;
  token: string;
  type: number;
  payload: Record<string, unknown>;
  channelId: string | undefined;
  guildId: string | undefined;
  user: APIUser | undefined;
  /** Set for component interactions: type 6/7 callbacks and `@original` then refer to this message. */
  componentMessageId: string | undefined;
  dispatchedAt: number;
  acknowledged: boolean;
  /** The message `@original` designates once the interaction was answered. */
  originalMessageId: string | undefined;
  waiter: Waiter | undefined;
  /** Set while an HTTP-delivered interaction awaits its endpoint's response: webhook calls wait for it. */
  delivery: Promise<void> | undefined;
}

interface Waiter {
  resolve: (outcome: InteractionOutcome) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function asUser(value: unknown): APIUser | undefined {
  return isRecord(value) && typeof value.id === 'string' ? (value as unknown as APIUser) : undefined;
}

/** Message metadata Discord attaches to every message an interaction produced. */
export function interactionMetadata(tracked: TrackedInteraction): APIMessageInteractionMetadata | undefined {
  const owners = isRecord(tracked.payload.authorizing_integration_owners)
    ? (tracked.payload.authorizing_integration_owners as Record<string, string>)
    : {};
  if (!tracked.user) return undefined;
  const base = { id: tracked.id, user: tracked.user, authorizing_integration_owners: owners };
  if (tracked.type === InteractionType.MessageComponent && tracked.componentMessageId !== undefined) {
    return { ...base, type: InteractionType.MessageComponent, interacted_message_id: tracked.componentMessageId };
  }
  return { ...base, type: InteractionType.ApplicationCommand };
}

/**
 * No callback came in time: what Discord shows as "The application did not respond". Its own class so callers tell it
 * from a refused callback without timing it themselves (a timer may fire a fraction of a millisecond before a
 * clock read beside it says the delay has passed).
 */
export class CallbackTimeoutError extends Error {
  override readonly name = 'CallbackTimeoutError';
}

/** Interactions by id, each with an optional pending promise for its callback. */
export class InteractionRegistry {
  readonly #byId = new Map<string, TrackedInteraction>();
  readonly #byToken = new Map<string, TrackedInteraction>();
  /** Separate from #byId: a forged payload without an id can still be awaited (and must time out). */
  readonly #waiting = new Set<TrackedInteraction>();

  /** Reads what it can from any payload: forged ones from dispatchRaw may lack fields. */
  track(payload: Record<string, unknown>): TrackedInteraction {
    this.#prune();
    const channel = isRecord(payload.channel) ? payload.channel : {};
    const member = isRecord(payload.member) ? payload.member : {};
    const message = isRecord(payload.message) ? payload.message : {};
    const tracked: TrackedInteraction = {
      id: asString(payload.id) ?? '',
      token: asString(payload.token) ?? '',
      type: typeof payload.type === 'number' ? payload.type : 0,
      payload,
      channelId: asString(payload.channel_id) ?? asString(channel.id),
      guildId: asString(payload.guild_id),
      user: asUser(member.user) ?? asUser(payload.user),
      componentMessageId: asString(message.id),
      dispatchedAt: performance.now(),
      acknowledged: false,
      originalMessageId: undefined,
      waiter: undefined,
      delivery: undefined,
    };
    if (tracked.id) this.#byId.set(tracked.id, tracked);
    if (tracked.token) this.#byToken.set(tracked.token, tracked);
    return tracked;
  }

  waitForCallback(tracked: TrackedInteraction, timeoutMs: number): Promise<InteractionOutcome> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        tracked.waiter = undefined;
        this.#waiting.delete(tracked);
        reject(new CallbackTimeoutError(`no callback for interaction ${tracked.id} within ${timeoutMs} ms`));
      }, timeoutMs);
      tracked.waiter = { resolve, reject, timer };
      this.#waiting.add(tracked);
    });
  }

  /** Records the callback and settles the waiting promise; returns the outcome for event listeners. */
  complete(
    tracked: TrackedInteraction,
    callback: InteractionCallback,
    message: FakeMessage | undefined,
  ): InteractionOutcome {
    const outcome: InteractionOutcome = {
      interaction: tracked.payload,
      callback,
      latencyMs: performance.now() - tracked.dispatchedAt,
    };
    if (message) outcome.message = message;
    const waiter = tracked.waiter;
    if (waiter) {
      clearTimeout(waiter.timer);
      tracked.waiter = undefined;
      this.#waiting.delete(tracked);
      waiter.resolve(outcome);
    }
    return outcome;
  }

  /** Settles the waiting promise with a failure: what Discord shows as "This interaction failed". */
  fail(tracked: TrackedInteraction, error: Error): void {
    const waiter = tracked.waiter;
    if (!waiter) return;
    clearTimeout(waiter.timer);
    tracked.waiter = undefined;
    this.#waiting.delete(tracked);
    waiter.reject(error);
  }

  find(id: string, token: string): TrackedInteraction | undefined {
    const tracked = this.#byId.get(id);
    return tracked?.token === token ? tracked : undefined;
  }

  findByToken(token: string): TrackedInteraction | undefined {
    return this.#byToken.get(token);
  }

  rejectAll(reason: string): void {
    for (const tracked of this.#waiting) {
      const waiter = tracked.waiter;
      if (!waiter) continue;
      clearTimeout(waiter.timer);
      tracked.waiter = undefined;
      waiter.reject(new Error(reason));
    }
    this.#waiting.clear();
  }

  /** Keeps long benchmarks from growing memory without bound. */
  #prune(): void {
    const cutoff = performance.now() - TOKEN_LIFETIME_MS;
    for (const [id, tracked] of this.#byId) {
      if (tracked.dispatchedAt >= cutoff) break; // Map keeps insertion order, i.e. dispatch order.
      if (tracked.waiter) continue;
      this.#byId.delete(id);
      this.#byToken.delete(tracked.token);
    }
  }
}
