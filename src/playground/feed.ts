import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeDiscord, FakeMessage, InteractionOutcome } from '../emulator/index.ts';
import { ApiError } from './http-io.ts';
import { invocationOf, pageMessage } from './message-view.ts';
import type { Invocation, PageMessage } from './message-view.ts';

/** Enough to label every reply of a long session; older ones lose their "used /command" header. */
const MAX_REMEMBERED_INVOCATIONS = 1000;

export interface FeedLimits {
  /** Open event streams at once (a few tabs of one person); more are answered 503. */
  maxStreams: number;
  /**
   * What may wait in memory for one subscriber that does not read: past it the stream is dropped (EventSource
   * reconnects, and is replayed the bounded history).
   */
  maxBufferedBytes: number;
}

const DEFAULT_LIMITS: FeedLimits = { maxStreams: 16, maxBufferedBytes: 4 * 1024 * 1024 };

/**
 * The channel as a server-sent event stream: `message` (created or updated, by id, so the page re-renders in place)
 * and `delete`. A new subscriber first gets the current messages (the emulator keeps a bounded history), so a reload
 * or reconnect shows the channel.
 */
export class ChannelFeed {
  readonly #fake: FakeDiscord;
  readonly #limits: FeedLimits;
  readonly #clients = new Set<ServerResponse>();
  readonly #invocations = new Map<string, Invocation>();
  readonly #detach: () => void;

  constructor(fake: FakeDiscord, limits: Partial<FeedLimits> = {}) {
    this.#fake = fake;
    this.#limits = { ...DEFAULT_LIMITS, ...limits };
    // The emulator emits messageCreate just before interactionCallback, in the same tick: send on the next
    // microtask so a reply already knows the command it answers.
    const onMessage = (message: FakeMessage) => queueMicrotask(() => this.#broadcast('message', this.view(message)));
    const onDelete = (message: FakeMessage) => this.#broadcast('delete', { id: message.id });
    const onCallback = (outcome: InteractionOutcome) => this.#remember(outcome);
    fake.on('messageCreate', onMessage);
    fake.on('messageUpdate', onMessage);
    fake.on('messageDelete', onDelete);
    fake.on('interactionCallback', onCallback);
    this.#detach = () => {
      fake.off('messageCreate', onMessage);
      fake.off('messageUpdate', onMessage);
      fake.off('messageDelete', onDelete);
      fake.off('interactionCallback', onCallback);
    };
  }

  /** A message as the page sees it, labelled with the command it answers when known. */
  view(message: FakeMessage): PageMessage {
    const fake = this.#fake;
    const nameOf = (user: { global_name?: string | null; username: string } | undefined) =>
      user && (user.global_name ?? user.username);
    return pageMessage(message, message.interactionId ? this.#invocations.get(message.interactionId) : undefined, {
      guildChannelId: fake.channelId,
      find: (id) => fake.getMessage(id),
      nameOf: (id) => nameOf(fake.user(id)),
      dmRecipientName: (channelId) => nameOf(fake.dmRecipient(channelId)),
    });
  }

  get subscribers(): number {
    return this.#clients.size;
  }

  subscribe(req: IncomingMessage, res: ServerResponse): void {
    if (this.#clients.size >= this.#limits.maxStreams) {
      throw new ApiError(503, `Too many open event streams (${this.#limits.maxStreams}): close other playground tabs.`);
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    // Tells EventSource how long to wait before reconnecting after the playground restarts.
    res.write('retry: 1000\n\n');
    this.#clients.add(res);
    req.on('close', () => this.#clients.delete(res));
    // The replay is bounded by the emulator's history; written in one go, it is not judged against the limit.
    for (const message of this.#fake.messages()) res.write(event('message', this.view(message)));
  }

  close(): void {
    this.#detach();
    for (const res of this.#clients) res.end();
    this.#clients.clear();
  }

  #remember(outcome: InteractionOutcome): void {
    const invocation = invocationOf(outcome.interaction);
    const id = outcome.interaction.id;
    if (!invocation || typeof id !== 'string') return;
    this.#invocations.set(id, invocation);
    if (this.#invocations.size > MAX_REMEMBERED_INVOCATIONS) {
      const oldest = this.#invocations.keys().next().value;
      if (oldest !== undefined) this.#invocations.delete(oldest);
    }
  }

  #broadcast(name: string, data: unknown): void {
    const text = event(name, data);
    for (const res of this.#clients) this.#send(res, text);
  }

  /** Writes to one subscriber, or drops it once what it has not read passes the limit. */
  #send(res: ServerResponse, text: string): void {
    res.write(text);
    if (res.writableLength > this.#limits.maxBufferedBytes) {
      this.#clients.delete(res);
      res.destroy();
    }
  }
}

function event(name: string, data: unknown): string {
  return `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
}
