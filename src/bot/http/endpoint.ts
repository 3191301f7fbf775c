import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType } from 'discord-api-types/v10';
import type { Handled, InteractionRequest } from '../../app/router.ts';
import type { Reply } from '../../app/subcommand.ts';
import type { BotRouter } from '../client.ts';
import { DEFAULT_DEFER_AFTER_MS, TOO_SLOW, within } from '../deadline.ts';
import { sendJson } from '../httpResponse.ts';
import type { Logger } from '../logger.ts';
import type { InteractionObserver, InteractionRecord } from '../ops/metrics.ts';
import { parseInteraction, type InteractionWebhook } from './payload.ts';
import { checkSignature, checkSignatureHeaders, ed25519PublicKey, type SignatureCheck } from './signature.ts';
import { EPHEMERAL, messageJson, type InteractionWebhooks } from './webhook.ts';

/** Discord's interaction payloads are a few KB; 1 MiB is generous and still bounds what one request can cost. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * Bodies being read at once, in all, counted as their bytes arrive: a request is only known to be Discord's once all
 * of its body is read, so without this bound a thousand connections each sending a 1 MiB body held a gigabyte. Past
 * it, 503. (Bytes declared but not sent hold nothing: sixteen requests declaring 1 MiB and sending none would
 * otherwise lock everyone out until they time out.)
 */
export const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
/** Interactions being answered at once (deferred ones until their webhook call is done): past it, 503. */
const MAX_IN_FLIGHT = 1000;

export interface InteractionEndpointOptions {
  /** The application's public key (hex), from the developer portal. */
  publicKey: string;
  router: BotRouter;
  webhooks: InteractionWebhooks;
  logger: Logger;
  observe?: InteractionObserver;
  /** How long an answer may take before the interaction is deferred (autocomplete: answered with no choices). */
  deferAfterMs?: number;
  maxBodyBytes?: number;
  maxBufferedBytes?: number;
  maxInFlight?: number;
  /** Told of every request refused before reaching the router (metrics). */
  onRefused?: (reason: RefusalReason) => void;
}

/** Why a POST got no interaction answer: a probe, an attack, or a client not speaking Discord's protocol. */
export type RefusalReason =
  | 'method'
  | 'missing_signature'
  | 'stale_timestamp'
  | 'bad_signature'
  | 'body_too_large'
  | 'malformed_json'
  | 'malformed_interaction'
  | 'busy';

export interface InteractionEndpoint {
  /** Answers POST /interactions. Never throws: every failure is a status code and a log line. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Interactions not fully answered yet (including deferred ones waiting for their webhook call). */
  readonly inFlight: number;
  /** Resolves once every interaction received so far is fully answered (or has failed). */
  settled: () => Promise<void>;
}

/** The HTTP response to an interaction, and what to send by webhook once that response is on its way. */
interface Answer {
  response: { type: InteractionResponseType; data?: Record<string, unknown> };
  later?: (hook: InteractionWebhook) => Promise<void>;
}

/**
 * Discord's HTTP interactions: each POST is verified (Ed25519), routed, and answered in the HTTP response. A slow
 * answer, or one with files (which the response cannot carry), is acknowledged first and sent by webhook. Nothing is
 * kept between requests, so any replica can answer any interaction, page buttons included.
 */
export function createInteractionEndpoint(options: InteractionEndpointOptions): InteractionEndpoint {
  const { router, webhooks, logger, observe, onRefused } = options;
  const key = ed25519PublicKey(options.publicKey);
  const deferAfterMs = options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const maxInFlight = options.maxInFlight ?? MAX_IN_FLIGHT;
  const buffering = new ByteBudget(options.maxBufferedBytes ?? MAX_BUFFERED_BYTES);
  const pending = new Set<Promise<void>>();

  /** The new message an update may come with (a card shared from a private one), once the clicked one is edited. */
  async function postFollowUp(hook: InteractionWebhook, reply: Reply & { type: 'update' }): Promise<void> {
    if (reply.followUp) await webhooks.followUp(hook, reply.followUp.body, reply.followUp.ephemeral);
  }

  /** Answers now what is ready now; for the rest, acknowledges and leaves the answer for later. */
  async function answerFor(request: InteractionRequest, progress: Progress): Promise<Answer> {
    const result = router(request);
    let handled: Handled | typeof TOO_SLOW;
    if (result instanceof Promise) {
      // Observed now, so a router failing after we gave up waiting is not an unhandled rejection.
      result.catch(() => undefined);
      handled = await within(result, deferAfterMs);
    } else {
      handled = result;
    }
    if (handled !== TOO_SLOW) {
      progress.handled = handled;
      return readyAnswer(request.kind, handled.reply, progress);
    }
    progress.deferred = true;
    const late = result as Promise<Handled>;
    if (request.kind === 'autocomplete') {
      // Autocomplete cannot be deferred: no choices now, and the late result has nowhere to go.
      return { response: choices([]), later: async () => void (progress.handled = await late) };
    }
    if (request.kind === 'component') {
      return {
        response: { type: InteractionResponseType.DeferredMessageUpdate },
        later: async (hook) => {
          const { reply } = (progress.handled = await late);
          if (reply.type === 'update') {
            await webhooks.editOriginal(hook, reply.body);
            await postFollowUp(hook, reply);
          } else if (reply.type === 'message') await webhooks.followUp(hook, reply.body, reply.ephemeral);
        },
      };
    }
    return {
      // Whether the answer will be public is not known yet: the placeholder is private, like the gateway's.
      response: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: EPHEMERAL } },
      later: async (hook) => {
        const { reply } = (progress.handled = await late);
        if (reply.type === 'choices') return;
        // The private placeholder gets the answer; a public one is then posted and the private copy removed, so
        // that should posting fail, the person still has the answer privately.
        await webhooks.editOriginal(hook, reply.body);
        if (reply.type === 'message' && !reply.ephemeral) {
          await webhooks.followUp(hook, reply.body, false);
          await webhooks.deleteOriginal(hook);
        }
      },
    };
  }

  function readyAnswer(kind: InteractionRequest['kind'], reply: Reply, progress: Progress): Answer {
    if (kind === 'autocomplete') return { response: choices(reply.type === 'choices' ? reply.choices : []) };
    if (reply.type === 'choices') throw new Error('choices are only an answer to autocomplete');
    const hasFiles = (reply.body.files?.length ?? 0) > 0;
    if (reply.type === 'update' && kind === 'component') {
      if (!hasFiles) {
        const response = { type: InteractionResponseType.UpdateMessage, data: messageJson(reply.body) };
        return reply.followUp ? { response, later: (hook) => postFollowUp(hook, reply) } : { response };
      }
      progress.deferred = true;
      return {
        response: { type: InteractionResponseType.DeferredMessageUpdate },
        later: async (hook) => {
          await webhooks.editOriginal(hook, reply.body);
          await postFollowUp(hook, reply);
        },
      };
    }
    // An update asked for by a command has no message to update: it becomes a private reply.
    const flags = reply.type === 'update' || reply.ephemeral ? EPHEMERAL : 0;
    if (!hasFiles) {
      return {
        response: { type: InteractionResponseType.ChannelMessageWithSource, data: messageJson(reply.body, flags) },
      };
    }
    progress.deferred = true;
    return {
      response: { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags } },
      later: (hook) => webhooks.editOriginal(hook, reply.body),
    };
  }

  async function handleInteraction(
    request: InteractionRequest,
    hook: InteractionWebhook,
    res: ServerResponse,
    started: number,
  ): Promise<void> {
    const progress: Progress = { deferred: false };
    const finish = (outcome: InteractionRecord['outcome'], error?: unknown) => {
      const record = {
        kind: request.kind,
        action: progress.handled?.action,
        outcome,
        seconds: (performance.now() - started) / 1000,
        deferred: progress.deferred,
      };
      observe?.(record);
      const line = {
        kind: record.kind,
        action: record.action,
        // What happened in the end (a failed webhook edit fails an answer the router had made), as the metric says.
        outcome,
        latencyMs: Math.round(record.seconds * 1000),
        locale: request.locale,
        transport: 'http',
        ...(record.deferred ? { deferred: true } : {}),
      };
      if (error === undefined) {
        logger.info({ ...line, ...(progress.handled?.error ? { err: progress.handled.error } : {}) }, 'interaction');
      } else {
        logger.error({ ...line, err: error }, 'could not answer interaction');
      }
    };
    let answer: Answer;
    try {
      answer = await answerFor(request, progress);
    } catch (error) {
      sendJson(res, 500, { error: 'internal error' });
      finish('failed', error);
      return;
    }
    const later = answer.later;
    // The webhook only knows the interaction once Discord has the response: wait for it to be handed over.
    const sent = new Promise<void>((resolve) => {
      res.once('close', resolve);
      sendJson(res, 200, answer.response, {}, resolve);
    });
    if (!later) {
      finish(progress.handled?.outcome ?? 'failed');
      return;
    }
    try {
      await sent;
      await later(hook);
      finish(progress.handled?.outcome ?? 'failed');
    } catch (error) {
      finish('failed', error);
    }
  }

  /** A request answered with an error status, counted by reason (attacks and probes show in the metrics). */
  function refuse(
    res: ServerResponse,
    status: number,
    reason: RefusalReason,
    headers: Record<string, string> = {},
    detail?: string,
  ): void {
    onRefused?.(reason);
    sendJson(res, status, { error: reason.replace(/_/g, ' '), ...(detail ? { detail } : {}) }, headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    if (req.method !== 'POST') return refuse(res, 405, 'method', { allow: 'POST' });
    const headers = { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp') };
    const refuseSignature = (check: SignatureCheck) => {
      // Discord probes endpoints with bad signatures on purpose: expected traffic, hence debug.
      logger.debug({ check }, 'interaction refused: signature');
      const reason =
        check === 'stale' ? 'stale_timestamp' : check === 'missing' ? 'missing_signature' : 'bad_signature';
      // The body of a request refused on its headers is not read: the connection cannot be reused.
      return refuse(res, 401, reason, req.complete ? {} : { connection: 'close' });
    };
    const shape = checkSignatureHeaders(headers);
    if (shape !== 'valid') return refuseSignature(shape);
    if (pending.size >= maxInFlight) return refuse(res, 503, 'busy');

    const body = await readBody(req, maxBodyBytes, buffering);
    if (body === 'too large') return refuse(res, 413, 'body_too_large', { connection: 'close' });
    if (body === 'over budget') return refuse(res, 503, 'busy', { connection: 'close', 'retry-after': '1' });
    if (body === 'aborted') return;
    let json: unknown;
    try {
      const check = checkSignature(key, headers, body.bytes);
      if (check !== 'valid') return refuseSignature(check);
      try {
        json = JSON.parse(body.bytes.toString('utf8'));
      } catch {
        return refuse(res, 400, 'malformed_json');
      }
    } finally {
      body.release();
    }
    const parsed = parseInteraction(json);
    if (parsed.type === 'malformed') return refuse(res, 400, 'malformed_interaction', {}, parsed.reason);
    if (parsed.type === 'ping') return sendJson(res, 200, { type: InteractionResponseType.Pong });

    const work = handleInteraction(parsed.request, parsed.webhook, res, started);
    pending.add(work);
    try {
      await work;
    } finally {
      pending.delete(work);
    }
  }

  return {
    handle: async (req, res) => {
      try {
        await handle(req, res);
      } catch (error) {
        logger.error({ err: error }, 'interaction endpoint error');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      }
    },
    get inFlight() {
      return pending.size;
    },
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}

interface Progress {
  handled?: Handled;
  deferred: boolean;
}

const choices = (list: readonly unknown[]) => ({
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: list },
});

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** Bytes that may be held at once by the bodies being read, shared by every request. */
class ByteBudget {
  constructor(private left: number) {}

  /** Takes `bytes` if that many are left. */
  take(bytes: number): boolean {
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }

  give(bytes: number): void {
    this.left += bytes;
  }
}

interface Body {
  bytes: Buffer;
  /** Gives the body's bytes back to the budget: call once it is no longer held. */
  release: () => void;
}

/**
 * The raw body, or 'too large' as soon as it is known to be (from Content-Length, or once past the cap), or 'over
 * budget' when the bodies being read already hold what the budget allows: bytes are taken from it as they arrive.
 */
function readBody(
  req: IncomingMessage,
  max: number,
  budget: ByteBudget,
): Promise<Body | 'too large' | 'over budget' | 'aborted'> {
  if (Number(req.headers['content-length'] ?? 0) > max) return Promise.resolve('too large');
  let held = 0;
  const release = () => {
    budget.give(held);
    held = 0;
  };
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: Body | 'too large' | 'over budget' | 'aborted') => {
      if (settled) return;
      settled = true;
      if (typeof outcome === 'string') release();
      resolve(outcome);
    };
    const stop = (outcome: 'too large' | 'over budget') => {
      // Stop reading: the rest is never buffered, and the connection is closed after the answer.
      req.off('data', onData);
      req.pause();
      settle(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) return stop('too large');
      if (size > held) {
        if (!budget.take(size - held)) return stop('over budget');
        held = size;
      }
      chunks.push(chunk);
    };
    const whole = () => settle({ bytes: Buffer.concat(chunks), release });
    req.on('data', onData);
    req.once('end', whole);
    req.once('error', () => settle('aborted'));
    req.once('close', () => (req.complete ? whole() : settle('aborted')));
  });
}
