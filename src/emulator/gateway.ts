import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayIntentBits, GatewayOpcodes } from 'discord-api-types/v10';
import { WebSocket, WebSocketServer } from 'ws';
import type { RawData } from 'ws';
import { isRecord } from './http.ts';

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
  sessionId: string | undefined;
  /** We closed it: its echoed close code says nothing about the client's intent. */
  closedByServer: boolean;
}

export interface GatewayOptions {
  token: string | undefined;
  heartbeatIntervalMs: number;
  resumeUrl: () => string;
  /** READY and GUILD_CREATE of a fresh session. */
  sessionStart: (sessionId: string) => Dispatch[];
  /** Privileged intents the application was granted; asking for others closes the socket with 4014. */
  privilegedIntents: number;
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

const HISTORY_LIMIT = 1000;
const NOT_REPLAYED: readonly string[] = [GatewayDispatchEvents.Ready, GatewayDispatchEvents.Resumed];

/**
 * The gateway side of the emulator, for one bot connection (shard [0, 1]) at a time: the most recently
 * authenticated socket receives dispatches. Dispatches made while no socket is live are queued and sent
 * after the next READY (fresh IDENTIFY) or replayed before RESUMED, so an interaction is never lost to a
 * reconnect. Discord would drop them on a fresh IDENTIFY; tests prefer a delivered interaction.
 */
export class Gateway extends EventEmitter<{ clientReady: ['identify' | 'resume'] }> {
  readonly counters: GatewayCounters = { identifies: 0, resumes: 0, heartbeats: 0, dispatches: 0 };
  readonly #options: GatewayOptions;
  readonly #wss = new WebSocketServer({ noServer: true });
  readonly #connections = new Set<Connection>();
  #active: Connection | undefined;
  #session: Session | undefined;
  #pending: Pending[] = [];

  constructor(options: GatewayOptions) {
    super();
    this.#options = options;
  }

  get clientConnected(): boolean {
    return this.#active !== undefined;
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

  /** The intents of the current session's IDENTIFY, undefined before the first. */
  get intents(): number | undefined {
    return this.#session?.intents;
  }

  #dispatch(pending: Pending): void {
    this.counters.dispatches++;
    if (this.#active && this.#session) this.#sendDispatch(this.#active, this.#session, pending);
    else this.#pending.push(pending);
  }

  waitForClient(timeoutMs: number): Promise<void> {
    if (this.#active) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.off('clientReady', onReady);
        reject(new Error(`no bot connected to the gateway within ${timeoutMs} ms`));
      }, timeoutMs);
      this.once('clientReady', onReady);
    });
  }

  /** Closes the bot's socket with `code`; discord.js resumes or re-identifies depending on it. */
  closeClient(code: number, reason = 'closed by emulator'): void {
    const conn = this.#target();
    if (!conn) return;
    this.#detach(conn);
    conn.closedByServer = true;
    conn.ws.close(code, reason);
  }

  /** Kills the TCP connection without a close frame: the client sees 1006, as on a network failure. */
  drop(): void {
    const conn = this.#target();
    if (!conn) return;
    this.#detach(conn);
    conn.closedByServer = true;
    conn.ws.terminate();
  }

  sendReconnect(): void {
    const conn = this.#target();
    if (!conn) return;
    // Anything dispatched from now on waits for the RESUME on the new socket.
    this.#detach(conn);
    this.#send(conn, { op: GatewayOpcodes.Reconnect, d: null });
  }

  sendInvalidSession(resumable: boolean): void {
    const conn = this.#target();
    if (!conn) return;
    this.#detach(conn);
    // A resumable op 9 is answered with RESUME on the same socket, so it must be able to authenticate again.
    conn.authenticated = false;
    if (!resumable) this.#session = undefined;
    this.#send(conn, { op: GatewayOpcodes.InvalidSession, d: resumable });
  }

  close(): Promise<void> {
    for (const conn of this.#connections) conn.ws.terminate();
    this.#connections.clear();
    this.#active = undefined;
    return new Promise((resolve) => this.#wss.close(() => resolve()));
  }

  #target(): Connection | undefined {
    return this.#active ?? [...this.#connections].at(-1);
  }

  #detach(conn: Connection): void {
    if (this.#active === conn) this.#active = undefined;
  }

  #accept(ws: WebSocket, params: URLSearchParams): void {
    const conn: Connection = { ws, authenticated: false, sessionId: undefined, closedByServer: false };
    this.#connections.add(conn);
    ws.on('message', (data, isBinary) => this.#onMessage(conn, data, isBinary));
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
    this.counters.identifies++;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      intents,
      seq: 0,
      history: [],
      truncatedThrough: 0,
    };
    this.#session = session;
    this.#authenticate(conn, session);
    for (const dispatch of this.#options.sessionStart(session.id)) this.#sendDispatch(conn, session, dispatch);
    this.#flushPending(conn, session);
    this.emit('clientReady', 'identify');
  }

  #resume(conn: Connection, d: Record<string, unknown>): void {
    if (!this.#admit(conn, d)) return;
    const session = this.#session;
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
    this.#active = conn;
  }

  #flushPending(conn: Connection, session: Session): void {
    const queued = this.#pending;
    this.#pending = [];
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
    if (cleanClientClose && conn.sessionId !== undefined && conn.sessionId === this.#session?.id) {
      this.#session = undefined;
    }
  }
}

function rawToString(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}
