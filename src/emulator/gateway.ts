import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import { isRecord } from './http.ts';
import { afterRoundTrip } from './latency.ts';

export interface Dispatch {
  t: string;
  d: unknown;
}

/**
 * An event whose delivery depends on the session's intents: its payload as that session may see it, or undefined
 * when the session did not ask for it. Shaped when sent, so an event queued during a reconnect follows the intents
 * of the session that finally receives it.
 */
export interface IntentDispatch {
  t: string;
  shape: (intents: number) => unknown;
}

type Pending = Dispatch | IntentDispatch;

interface SequencedDispatch extends Dispatch {
  s: number;
}

interface Session {
  id: string;
  /** The intents bitfield of its IDENTIFY. */
  intents: number;
  seq: number;
  /** Replayable dispatches (everything but READY/RESUMED), oldest first. */
  history: SequencedDispatch[];
  /** Highest seq dropped from history: a RESUME from before it cannot be served. */
  truncatedThrough: number;
}

interface Connection {
  ws: WebSocket;
  authenticated: boolean;
  /** The shard it identified (or resumed) as. */
  shard: number;
  sessionId: string | undefined;
  /** We closed it: its echoed close code says nothing about the client's intent. */
  closedByServer: boolean;
}

export interface GatewayOptions {
  token: string | undefined;
  heartbeatIntervalMs: number;
  resumeUrl: () => string;
  /** READY and GUILD_CREATE of a fresh session of shard [id, count]. */
  sessionStart: (sessionId: string, shard: [number, number]) => Dispatch[];
  /** The shard count GET /gateway/bot recommends; IDENTIFYing with fewer is closed with 4011 (sharding required). */
  shards: number;
  /** IDENTIFYs of one bucket (shard id % max_concurrency) closer than this are refused with op 9; 0: not checked. */
  identifyIntervalMs: number;
  maxConcurrency: number;
  /** Privileged intents the application was granted; asking for others closes the socket with 4014. */
  privilegedIntents: number;
  /** Frames from the bot are acted on this long after they arrive (see FakeDiscordOptions.roundTripMs). */
  roundTripMs: number;
}

/** GuildMembers, GuildPresences, MessageContent: the intents an application must be granted. */
const PRIVILEGED_INTENTS =
  GatewayIntentBits.GuildMembers | GatewayIntentBits.GuildPresences | GatewayIntentBits.MessageContent;

export interface GatewayCounters {
  identifies: number;
  resumes: number;
  heartbeats: number;
  dispatches: number;
}

/** One shard's side: its live socket, its session, and what waits for it. */
interface ShardState {
  active: Connection | undefined;
  session: Session | undefined;
  pending: Pending[];
}

/** Discord's routing of a guild's events: (guild_id >> 22) % shards. */
export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

const HISTORY_LIMIT = 1000;
const NOT_REPLAYED: readonly string[] = [GatewayDispatchEvents.Ready, GatewayDispatchEvents.Resumed];

/**
 * The gateway side of the emulator: per shard, the most recently authenticated socket receives dispatches, routed as
 * Discord routes them (a guild's events to shard (guild_id >> 22) % shards, DMs and the rest to shard 0). Dispatches made while no socket is live are queued and sent
 * after the next READY (fresh IDENTIFY) or replayed before RESUMED, so an interaction is never lost to a
 * reconnect. Discord would drop them on a fresh IDENTIFY; tests prefer a delivered interaction.
 */
export class Gateway extends EventEmitter<{ clientReady: ['identify' | 'resume'] }> {
  readonly counters: GatewayCounters = { identifies: 0, resumes: 0, heartbeats: 0, dispatches: 0 };
  readonly #options: GatewayOptions;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #connections = new Set<Connection>();
  readonly #shards = new Map<number, ShardState>();
  /** The shard count the bot identified with (all its shards agree); the recommended one before. */
  #shardCount: number;
  /** When each identify bucket last started a session. */
  readonly #lastIdentify = new Map<number, number>();
  /** Every IDENTIFY admitted: which shard, and when (ms since the epoch). */
  readonly identifyLog: { shard: number; at: number }[] = [];

  constructor(options: GatewayOptions) {
    super();
    this.#options = options;
    this.#shardCount = options.shards;
  }

  /** Every shard has a live session. */
  get clientConnected(): boolean {
    for (let id = 0; id < this.#shardCount; id++) if (this.#shards.get(id)?.active === undefined) return false;
    return true;
  }

  #state(shard: number): ShardState {
    let state = this.#shards.get(shard);
    if (!state) this.#shards.set(shard, (state = { active: undefined, session: undefined, pending: [] }));
    return state;
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const params = new URL(req.url ?? '/', 'ws://localhost').searchParams;
    this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws, params));
  }

  dispatch(t: string, d: unknown): void {
    this.#dispatch({ t, d });
  }

  /** An event sent only to a session whose intents allow it, in the shape they allow (see IntentDispatch). */
  dispatchByIntents(t: string, shape: (intents: number) => unknown): void {
    this.#dispatch({ t, shape });
  }

  /** The intents of shard 0's session IDENTIFY, undefined before the first. */
  get intents(): number | undefined {
    return this.#shards.get(0)?.session?.intents;
  }

  #dispatch(pending: Pending): void {
    this.counters.dispatches++;
    const d = 'shape' in pending ? pending.shape(~0) : pending.d;
    const guildId = isRecord(d) && typeof d.guild_id === 'string' ? d.guild_id : undefined;
    const state = this.#state(guildId === undefined ? 0 : shardOf(guildId, this.#shardCount));
    if (state.active && state.session) this.#sendDispatch(state.active, state.session, pending);
    else state.pending.push(pending);
  }

  /** Resolves once every shard has a live session. */
  waitForClient(timeoutMs: number): Promise<void> {
    if (this.clientConnected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onReady = (): void => {
        if (!this.clientConnected) return;
        clearTimeout(timer);
        this.off('clientReady', onReady);
        resolve();
      };
      const timer = setTimeout(() => {
        this.off('clientReady', onReady);
        reject(new Error(`no bot connected to the gateway within ${timeoutMs} ms`));
      }, timeoutMs);
      this.on('clientReady', onReady);
    });
  }

  /** Closes the bot's socket with `code`; discord.js resumes or re-identifies depending on it. */
  closeClient(code: number, reason = 'closed by emulator', shard = 0): void {
    const conn = this.#target(shard);
    if (!conn) return;
    this.#detach(conn);
    conn.closedByServer = true;
    conn.ws.close(code, reason);
  }

  /** Kills the TCP connection without a close frame: the client sees 1006, as on a network failure. */
  drop(shard = 0): void {
    const conn = this.#target(shard);
    if (!conn) return;
    this.#detach(conn);
    conn.closedByServer = true;
    conn.ws.terminate();
  }

  sendReconnect(shard = 0): void {
    const conn = this.#target(shard);
    if (!conn) return;
    // Anything dispatched from now on waits for the RESUME on the new socket.
    this.#detach(conn);
    this.#send(conn, { op: GatewayOpcodes.Reconnect, d: null });
  }

  sendInvalidSession(resumable: boolean, shard = 0): void {
    const conn = this.#target(shard);
    if (!conn) return;
    this.#detach(conn);
    // A resumable op 9 is answered with RESUME on the same socket, so it must be able to authenticate again.
    conn.authenticated = false;
    if (!resumable) this.#state(shard).session = undefined;
    this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  close(): Promise<void> {
    for (const conn of this.#connections) conn.ws.terminate();
    this.#connections.clear();
    this.#shards.clear();
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #target(shard: number): Connection | undefined {
    return this.#shards.get(shard)?.active ?? [...this.#connections].filter((conn) => conn.shard === shard).at(-1);
  }

  #detach(conn: Connection): void {
    const state = this.#shards.get(conn.shard);
    if (state?.active === conn) state.active = undefined;
  }

  #accept(ws: WebSocket, params: URLSearchParams): void {
    const conn: Connection = { ws, authenticated: false, shard: 0, sessionId: undefined, closedByServer: false };
    this.#connections.add(conn);
    ws.on('message', (data, isBinary) =>
      afterRoundTrip(this.#options.roundTripMs, () => this.#onMessage(conn, data, isBinary)),
    );
    ws.on('close', (code) => this.#onClose(conn, code));
    // A dropped peer surfaces as ECONNRESET here; the close handler does the bookkeeping.
    ws.on('error', () => undefined);
    const version = params.get('v');
    if (version !== null && version !== '10') {
      this.#refuse(conn, GatewayCloseCodes.InvalidAPIVersion, 'only v=10 is emulated');
      return;
    }
    const encoding = params.get('encoding');
    if (encoding !== null && encoding !== 'json') {
      this.#refuse(conn, GatewayCloseCodes.DecodeError, 'only encoding=json is emulated');
      return;
    }
    // `compress=zlib-stream` is ignored on purpose: @discordjs/ws parses text frames as plain JSON anyway.
    this.#send(conn, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: this.#options.heartbeatIntervalMs } });
  }

  #onMessage(conn: Connection, data: RawData, isBinary: boolean): void {
    if (isBinary) {
      this.#refuse(conn, GatewayCloseCodes.DecodeError, 'binary frames are not emulated');
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(rawToString(data));
    } catch {
      payload = undefined;
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') {
      this.#refuse(conn, GatewayCloseCodes.DecodeError, 'invalid payload');
      return;
    }
    const d = isRecord(payload.d) ? payload.d : {};
    switch (payload.op) {
      case GatewayOpcodes.Heartbeat:
        this.counters.heartbeats++;
        this.#send(conn, { op: GatewayOpcodes.HeartbeatAck });
        return;
      case GatewayOpcodes.Identify:
        this.#identify(conn, d);
        return;
      case GatewayOpcodes.Resume:
        this.#resume(conn, d);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        // Accepted and ignored: nothing in the fake world reacts to them.
        if (!conn.authenticated) this.#refuse(conn, GatewayCloseCodes.NotAuthenticated, 'not authenticated');
        return;
      default:
        this.#refuse(conn, GatewayCloseCodes.UnknownOpcode, `unknown opcode ${payload.op}`);
    }
  }

  /** IDENTIFY and RESUME both need an unauthenticated socket and the right token; false once refused. */
  #admit(conn: Connection, d: Record<string, unknown>): boolean {
    if (conn.authenticated) {
      this.#refuse(conn, GatewayCloseCodes.AlreadyAuthenticated, 'already authenticated');
      return false;
    }
    if (!this.#tokenMatches(d.token)) {
      this.#refuse(conn, GatewayCloseCodes.AuthenticationFailed, 'Authentication failed.');
      return false;
    }
    return true;
  }

  #identify(conn: Connection, d: Record<string, unknown>): void {
    if (!this.#admit(conn, d)) return;
    const intents = typeof d.intents === 'number' && Number.isInteger(d.intents) ? d.intents : 0;
    if ((intents & PRIVILEGED_INTENTS & ~this.#options.privilegedIntents) !== 0) {
      this.#refuse(conn, GatewayCloseCodes.DisallowedIntents, 'Disallowed intent(s).');
      return;
    }
    const shard = this.#shardOfIdentify(conn, d.shard);
    if (shard === undefined) return;
    if (!this.#identifyAllowed(shard)) {
      // Discord's answer to a session started too soon in its bucket: the client waits and identifies again.
      this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    this.counters.identifies++;
    this.identifyLog.push({ shard, at: Date.now() });
    conn.shard = shard;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents,
      seq: 0,
      history: [],
      truncatedThrough: 0,
    };
    this.#state(shard).session = session;
    this.#authenticate(conn, session);
    const start = this.#options.sessionStart(session.id, [shard, this.#shardCount]);
    for (const dispatch of start) this.#sendDispatch(conn, session, dispatch);
    this.#flushPending(conn, session);
    this.emit('clientReady', 'identify');
  }

  /** The shard [id, count] of an IDENTIFY (none: [0, 1]), or undefined once the socket is closed for a bad one. */
  #shardOfIdentify(conn: Connection, shard: unknown): number | undefined {
    const [id, count] = Array.isArray(shard) ? (shard as unknown[]) : [0, 1];
    if (typeof id !== 'number' || typeof count !== 'number' || id < 0 || id >= count) {
      this.#refuse(conn, GatewayCloseCodes.InvalidShard, 'Invalid shard.');
      return undefined;
    }
    if (count < this.#options.shards) {
      this.#refuse(conn, GatewayCloseCodes.ShardingRequired, 'Sharding required.');
      return undefined;
    }
    const others = [...this.#shards.entries()].some(([other, state]) => other !== id && state.active);
    if (others && count !== this.#shardCount) {
      this.#refuse(conn, GatewayCloseCodes.InvalidShard, 'Invalid shard: another shard count is connected.');
      return undefined;
    }
    this.#shardCount = count;
    return id;
  }

  /** Sessions start at most max_concurrency at a time: one per bucket (shard id % max_concurrency) per interval. */
  #identifyAllowed(shard: number): boolean {
    const { identifyIntervalMs, maxConcurrency } = this.#options;
    if (identifyIntervalMs === 0) return true;
    const bucket = shard % maxConcurrency;
    const now = Date.now();
    const last = this.#lastIdentify.get(bucket);
    if (last !== undefined && now - last < identifyIntervalMs) return false;
    this.#lastIdentify.set(bucket, now);
    return true;
  }

  #resume(conn: Connection, d: Record<string, unknown>): void {
    if (!this.#admit(conn, d)) return;
    const found = [...this.#shards.entries()].find(([, state]) => state.session?.id === d.session_id);
    const session = found?.[1].session;
    const seq = typeof d.seq === 'number' ? d.seq : 0;
    if (!session || d.session_id !== session.id || seq < session.truncatedThrough) {
      // Discord's answer to an unknown or expired session: the client then re-identifies.
      this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    if (seq > session.seq) {
      this.#refuse(conn, GatewayCloseCodes.InvalidSeq, 'invalid seq');
      return;
    }
    this.counters.resumes++;
    conn.shard = found?.[0] ?? 0;
    this.#authenticate(conn, session);
    for (const missed of session.history.filter((entry) => entry.s > seq)) {
      this.#send(conn, { op: GatewayOpcodes.Dispatch, ...missed });
    }
    this.#flushPending(conn, session);
    this.#sendDispatch(conn, session, { t: GatewayDispatchEvents.Resumed, d: null });
    this.emit('clientReady', 'resume');
  }

  #authenticate(conn: Connection, session: Session): void {
    conn.authenticated = true;
    conn.sessionId = session.id;
    this.#state(conn.shard).active = conn;
  }

  #flushPending(conn: Connection, session: Session): void {
    const state = this.#state(conn.shard);
    const queued = state.pending;
    state.pending = [];
    for (const dispatch of queued) this.#sendDispatch(conn, session, dispatch);
  }

  #sendDispatch(conn: Connection, session: Session, pending: Pending): void {
    const d = 'shape' in pending ? pending.shape(session.intents) : pending.d;
    if (d === undefined) return;
    const entry: SequencedDispatch = { t: pending.t, d, s: ++session.seq };
    if (!NOT_REPLAYED.includes(entry.t)) {
      session.history.push(entry);
      if (session.history.length > HISTORY_LIMIT) {
        session.truncatedThrough = session.history.shift()?.s ?? session.truncatedThrough;
      }
    }
    this.#send(conn, { op: GatewayOpcodes.Dispatch, ...entry });
  }

  #tokenMatches(token: unknown): boolean {
    if (this.#options.token === undefined) return true;
    // discord.js sends the bare token on the gateway but `Bot <token>` on REST; accept both here.
    return token === this.#options.token || token === `Bot ${this.#options.token}`;
  }

  #send(conn: Connection, payload: { op: number; d?: unknown; s?: number; t?: string }): void {
    if (conn.ws.readyState !== WebSocket.OPEN) return;
    conn.ws.send(JSON.stringify({ s: null, t: null, d: null, ...payload }));
  }

  #refuse(conn: Connection, code: number, reason: string): void {
    this.#detach(conn);
    conn.closedByServer = true;
    conn.ws.close(code, reason);
  }

  #onClose(conn: Connection, code: number): void {
    this.#connections.delete(conn);
    this.#detach(conn);
    // Discord invalidates a session whose client closes with 1000/1001; 4200 etc. keep it resumable.
    const cleanClientClose = !conn.closedByServer && (code === 1000 || code === 1001);
    const state = this.#shards.get(conn.shard);
    if (cleanClientClose && state && conn.sessionId !== undefined && conn.sessionId === state.session?.id) {
      state.session = undefined;
    }
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
