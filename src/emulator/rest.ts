import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  APIApplication,
  APIDMChannel,
  APIGatewayBotInfo,
  APIMessage,
  ApplicationFlags,
} from 'discord-api-types/v10';
import type { ChannelMessages } from './channel-messages.ts';
import type { CommandStore } from './commands.ts';
import type { FaultInjector } from './faults.ts';
import { botUser, DEFAULT_USER } from './fixtures.ts';
import type { World } from './fixtures.ts';
import {
  DiscordHttpError,
  invalidFormBody,
  isRecord,
  parseBody,
  readBody,
  sendEmpty,
  sendJson,
  unknownRoute,
} from './http.ts';
import type { RequestBody } from './http.ts';
import { unknownMessage, type MessageStore } from './message-store.ts';
import type { HttpAnswer, InteractionResponder } from './responder.ts';

const API_PREFIX = '/api/v10';
/** Served outside /api like Discord's CDN, so attachment URLs in messages resolve. */
const ATTACHMENTS_PREFIX = '/attachments/';

interface RouteRequest {
  params: Record<string, string>;
  query: URLSearchParams;
  body: RequestBody;
}

interface Route {
  method: string;
  /** Segments after /api/v10; `:name` captures one (percent-decoded, so `%40original` is `@original`). */
  segments: string[];
  /** Interaction callbacks and webhook-token routes are unauthenticated on Discord (discord.js sends no token). */
  auth: boolean;
  handle: (request: RouteRequest) => HttpAnswer | Promise<HttpAnswer>;
}

export interface RestOptions {
  world: World;
  channels: ChannelMessages;
  token: string | undefined;
  gatewayUrl: () => string;
  /** What GET /gateway/bot recommends: shards, and how many may IDENTIFY at once. */
  shards: number;
  maxConcurrency: number;
  commands: CommandStore;
  messages: MessageStore;
  responder: InteractionResponder;
  faults: FaultInjector;
  /**
   * Resolves once the HTTP response of the interaction behind a webhook token is in (undefined when there is none
   * pending): a bot may call its webhook the moment its response is written, before this side has read it.
   */
  deliveryOf: (token: string) => Promise<void> | undefined;
  /** The application's public key (hex), as the developer portal shows it. */
  publicKey: string;
}

/** Discord's REST API, the part a slash-command bot uses. */
export class RestApi {
  requests = 0;
  readonly #options: RestOptions;
  readonly #routes: Route[];

  constructor(options: RestOptions) {
    this.#options = options;
    this.#routes = this.#buildRoutes();
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.requests++;
    try {
      await this.#handle(req, res);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof DiscordHttpError) {
        sendJson(res, error.status, error.toJSON());
      } else {
        // Surface emulator bugs in the error body: discord.js puts it in the DiscordAPIError message.
        const detail = error instanceof Error ? error.message : String(error);
        sendJson(res, 500, { message: `500: emulator error: ${detail}`, code: 0 });
      }
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'GET' && url.pathname.startsWith(ATTACHMENTS_PREFIX)) {
      this.#serveAttachment(url.pathname, res);
      return;
    }
    if (!url.pathname.startsWith(`${API_PREFIX}/`)) throw unknownRoute();
    const segments = url.pathname
      .slice(API_PREFIX.length + 1)
      .split('/')
      .map(decodeSegment);
    if (this.#options.faults.intercept(method, `${API_PREFIX}/${segments.join('/')}`, res)) return;
    const { route, params } = this.#match(method, segments);
    if (route.auth) this.#authenticate(req);
    const hasBody = method === 'POST' || method === 'PUT' || method === 'PATCH';
    const body = hasBody
      ? await parseBody(req.headers['content-type'], await readBody(req))
      : { json: undefined, files: [] };
    const answer = await route.handle({ params, query: url.searchParams, body });
    if (answer.body === undefined) sendEmpty(res, answer.status);
    else sendJson(res, answer.status, answer.body);
  }

  #match(method: string, segments: string[]): { route: Route; params: Record<string, string> } {
    let pathMatched = false;
    for (const route of this.#routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { route, params };
    }
    if (pathMatched) throw new DiscordHttpError(405, 0, '405: Method Not Allowed');
    throw unknownRoute();
  }

  #authenticate(req: IncomingMessage): void {
    const { token } = this.#options;
    if (token !== undefined && req.headers.authorization !== `Bot ${token}`) {
      throw new DiscordHttpError(401, 0, '401: Unauthorized');
    }
  }

  #serveAttachment(pathname: string, res: ServerResponse): void {
    // /attachments/:channelId/:attachmentId/:filename
    const attachmentId = pathname.slice(ATTACHMENTS_PREFIX.length).split('/')[1] ?? '';
    const attachment = this.#options.messages.findAttachment(attachmentId);
    if (!attachment) throw unknownRoute();
    res.writeHead(200, {
      'content-type': attachment.contentType ?? 'application/octet-stream',
      'content-length': attachment.size.toString(),
    });
    res.end(attachment.data);
  }

  /** Guild-scoped routes only know the emulated guild; Discord says Missing Access for others. */
  #guild(guildId: string): string {
    if (guildId !== this.#options.world.guildId) throw new DiscordHttpError(403, 50001, 'Missing Access');
    return guildId;
  }

  #checkApplication(applicationId: string): void {
    if (applicationId !== this.#options.world.applicationId) {
      throw new DiscordHttpError(404, 10002, 'Unknown Application');
    }
  }

  #buildRoutes(): Route[] {
    const { world, commands, responder, channels } = this.#options;
    const route = (method: string, path: string, auth: boolean, handle: Route['handle']): Route => ({
      method,
      segments: path.split('/').filter(Boolean),
      auth,
      handle,
    });
    const ok = (body: unknown): HttpAnswer => ({ status: 200, body });
    const scoped = (params: Record<string, string>): string | undefined => {
      this.#checkApplication(params.appId ?? '');
      return params.guildId === undefined ? undefined : this.#guild(params.guildId);
    };
    const commandRoutes = (base: string): Route[] => [
      route('GET', base, true, ({ params }) => ok(commands.list(scoped(params)))),
      route('PUT', base, true, ({ params, body }) => ok(commands.overwrite(scoped(params), body.json))),
      route('POST', base, true, ({ params, body }) => ({
        status: 201,
        body: commands.upsert(scoped(params), body.json),
      })),
      route('GET', `${base}/:commandId`, true, ({ params }) =>
        ok(commands.get(scoped(params), params.commandId ?? '')),
      ),
      route('DELETE', `${base}/:commandId`, true, ({ params }) => {
        commands.delete(scoped(params), params.commandId ?? '');
        return { status: 204 };
      }),
    ];
    const webhookMessage = '/webhooks/:appId/:token/messages/:messageId';
    const webhook = (method: string, path: string, handle: Route['handle']): Route =>
      route(method, path, false, async (request) => {
        await this.#options.deliveryOf(request.params.token ?? '');
        return handle(request);
      });
    return [
      route('GET', '/gateway', false, () => ok({ url: this.#options.gatewayUrl() })),
      route('GET', '/gateway/bot', true, () => ok(this.#gatewayBot())),
      route('GET', '/users/@me', true, () => ok(botUser(world))),
      route('GET', '/applications/@me', true, () => ok(this.#applicationInfo())),
      route('GET', '/channels/:channelId', true, ({ params }) => ok(channels.channel(params.channelId ?? ''))),
      route('POST', '/channels/:channelId/messages', true, ({ params, body }) =>
        ok(channels.createByBot(params.channelId ?? '', body)),
      ),
      route('POST', '/channels/:channelId/typing', true, ({ params }) => {
        channels.startTyping(params.channelId ?? '');
        return { status: 204 };
      }),
      route('POST', '/users/@me/channels', true, ({ body }) => ok(this.#openDm(body.json))),
      ...commandRoutes('/applications/:appId/commands'),
      ...commandRoutes('/applications/:appId/guilds/:guildId/commands'),
      route('POST', '/interactions/:id/:token/callback', false, ({ params, query, body }) =>
        responder.callback(params.id ?? '', params.token ?? '', body, query.get('with_response') === 'true'),
      ),
      webhook('POST', '/webhooks/:appId/:token', ({ params, query, body }) =>
        responder.followUp(params.appId ?? '', params.token ?? '', body, query.get('wait') === 'true'),
      ),
      route('GET', '/channels/:channelId/messages/:messageId', true, ({ params }) =>
        ok(this.#channelMessage(params.channelId ?? '', params.messageId ?? '')),
      ),
      webhook('GET', webhookMessage, ({ params }) =>
        responder.getMessage(params.appId ?? '', params.token ?? '', params.messageId ?? ''),
      ),
      webhook('PATCH', webhookMessage, ({ params, body }) =>
        responder.editMessage(params.appId ?? '', params.token ?? '', params.messageId ?? '', body),
      ),
      webhook('DELETE', webhookMessage, ({ params }) =>
        responder.deleteMessage(params.appId ?? '', params.token ?? '', params.messageId ?? ''),
      ),
    ];
  }

  /** `POST /users/@me/channels { recipient_id }`: what discord.js calls for `user.createDM()` / `user.send()`. */
  #openDm(json: unknown): APIDMChannel {
    const recipient = isRecord(json) && typeof json.recipient_id === 'string' ? json.recipient_id : undefined;
    if (recipient === undefined || !/^\d{17,20}$/.test(recipient)) {
      throw invalidFormBody({
        recipient_id: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] },
      });
    }
    return this.#options.channels.dmChannel({ ...DEFAULT_USER, id: recipient });
  }

  /** A message as any client reads it from its channel; ephemeral ones exist only for their interaction. */
  #channelMessage(channelId: string, messageId: string): APIMessage {
    const message = this.#options.messages.get(messageId);
    if (!message || message.channelId !== channelId || message.ephemeral) throw unknownMessage();
    return this.#options.messages.toApi(messageId);
  }

  #gatewayBot(): APIGatewayBotInfo {
    return {
      url: this.#options.gatewayUrl(),
      shards: this.#options.shards,
      session_start_limit: {
        total: 1000,
        remaining: 1000,
        reset_after: 0,
        max_concurrency: this.#options.maxConcurrency,
      },
    };
  }

  #applicationInfo(): Partial<APIApplication> {
    const { world } = this.#options;
    return {
      id: world.applicationId,
      name: botUser(world).username,
      icon: null,
      description: '',
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: this.#options.publicKey,
      summary: '',
      team: null,
      owner: { ...DEFAULT_USER },
      bot: botUser(world),
      flags: 0 as ApplicationFlags,
    };
  }
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const value = actual[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = value;
    else if (part !== value) return undefined;
  }
  return params;
}
