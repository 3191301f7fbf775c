import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenError } from '../bot/config.ts';
import type { Logger } from '../bot/logger.ts';
import { API_ROUTES, sendAttachment } from './api.ts';
import { ATTACHMENT_ROUTE } from './message-view.ts';
import type { ApiContext } from './interactionReplies.ts';
import { checkRequest } from './access.ts';
import { isAsset, sendAsset } from './assets.ts';
import { ApiError, sendError } from './http-io.ts';

/**
 * Listens before anything else starts, so a busy port fails fast with one line saying what to change. A
 * ConfigError, because the fix is a setting (main prints those without a stack trace).
 */
/**
 * Bounds on what clients can hold: the page needs a handful of connections (its event stream, a few requests), so
 * a flood is cut at MAX_CONNECTIONS; requests are small, so their headers and bodies have seconds, not Node's 300 s.
 * (The request timeout covers receiving the request only: an event stream stays open.) Node checks those timeouts
 * only every `connectionsCheckingInterval` (30 s by default): every 500 ms, stalled sockets are cut within 2.5 s.
 */
export const MAX_CONNECTIONS = 256;
const SERVER_TIMEOUTS = {
  headersTimeout: 2_000,
  requestTimeout: 10_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 500,
};

/** A client that went away mid-request (closed tab, aborted fetch): routine, not a failure of ours. */
function isClientAbort(error: unknown, req: IncomingMessage): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return (
    req.destroyed ||
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    (error instanceof Error && error.message === 'aborted')
  );
}

export async function listen(
  host: string,
  port: number,
): Promise<{ server: Server; url: string; address: string; port: number }> {
  const server = createServer(SERVER_TIMEOUTS);
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(listenError(error, { host, port, variables: 'PLAYGROUND' })),
    );
    server.listen(port, host, () => resolve());
  });
  const { address, port: actual } = server.address() as AddressInfo;
  const hostForUrl = address.includes(':') ? `[${address}]` : address;
  return { server, url: `http://${hostForUrl}:${actual}/`, address, port: actual };
}

/**
 * Routes requests to the page's assets and the JSON API, once `checkRequest` has let them in (their `Host` is one of
 * `hosts`); every failure becomes a JSON error, never a stack.
 */
export function requestHandler(context: ApiContext, logger: Logger, hosts: ReadonlySet<string>) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://playground').pathname;
    try {
      checkRequest(req, hosts);
      if (req.method === 'GET' && isAsset(path)) return await sendAsset(res, path);
      if (req.method === 'GET' && path.startsWith(ATTACHMENT_ROUTE)) return sendAttachment(path, res, context);
      const route = API_ROUTES[`${req.method} ${path}`];
      if (route) return await route(req, res, context);
      const known = Object.keys(API_ROUTES).some((key) => key.endsWith(` ${path}`));
      throw known
        ? new ApiError(405, `${req.method} is not allowed on ${path}.`)
        : new ApiError(404, `No such page: ${path}`);
    } catch (error) {
      if (error instanceof ApiError) {
        logger.debug({ path, status: error.status, reason: error.message }, 'playground request refused');
        sendError(res, error.status, error.message);
      } else if (isClientAbort(error, req)) {
        logger.debug({ path }, 'playground client went away mid-request');
        res.destroy();
      } else {
        logger.error({ err: error, path }, 'playground request failed');
        sendError(res, 500, 'The playground failed to handle this request; see its log in the terminal.');
      }
    }
  };
}
