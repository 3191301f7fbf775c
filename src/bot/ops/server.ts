import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenError } from '../config.ts';
import { sendText } from '../httpResponse.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';
import type { ReadinessReport } from './readiness.ts';

/**
 * Bounds for a server that may face the internet (the HTTP interactions endpoint): slow or many clients can't pile up.
 * Node only enforces the header and request timeouts every `connectionsCheckingInterval` (30 s by default), so a
 * flood of sockets that never finish their headers would hold every connection slot that long: checking every
 * 500 ms with a 2 s header deadline frees them in under 3 s. Discord sends an interaction at once and gives up after
 * 3 s, so a request still arriving after 5 s is of no use.
 */
export const LIMITS = {
  headersTimeoutMs: 2_000,
  requestTimeoutMs: 5_000,
  connectionsCheckingIntervalMs: 500,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  maxConnections: 1024,
  /** How long close() lets requests in flight finish before cutting their connections. */
  closeGraceMs: 5_000,
};

export interface OpsServerOptions {
  host: string;
  port: number;
  readiness: () => ReadinessReport;
  metrics: Metrics;
  logger: Logger;
  /** HTTP mode only: the handler of POST /interactions (404 otherwise). */
  interactions?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

export interface OpsServer {
  server: Server;
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish (bounded), then closes. */
  close: () => Promise<void>;
}

/**
 * Health, metrics and (HTTP mode) the interactions endpoint, on one port. `/livez` says the process answers at all;
 * `/readyz` says it can answer interactions (load balancers route on it); `/metrics` is Prometheus text.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { readiness, metrics, logger, interactions } = options;
  const server = createServer({
    headersTimeout: LIMITS.headersTimeoutMs,
    requestTimeout: LIMITS.requestTimeoutMs,
    keepAliveTimeout: LIMITS.keepAliveTimeoutMs,
    connectionsCheckingInterval: LIMITS.connectionsCheckingIntervalMs,
    maxHeaderSize: LIMITS.maxHeaderBytes,
  });
  server.maxConnections = LIMITS.maxConnections;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/interactions' && interactions) {
      void interactions(req, res);
      return;
    }
    // Nothing else takes a body: drop whatever was sent rather than buffer it.
    req.resume();
    if (path !== '/livez' && path !== '/readyz' && path !== '/metrics') return sendText(res, 404, 'not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'method not allowed\n', { allow: 'GET' });
    if (path === '/livez') return sendText(res, 200, 'ok\n');
    if (path === '/readyz') {
      const report = readiness();
      return sendText(res, report.ready ? 200 : 503, `${JSON.stringify(report)}\n`, {
        'content-type': 'application/json',
      });
    }
    metrics.expose().then(
      ({ contentType, text }) => sendText(res, 200, text, { 'content-type': contentType }),
      (error: unknown) => {
        logger.error({ err: error }, 'metrics collection failed');
        sendText(res, 500, 'metrics unavailable\n');
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    const refused = (error: NodeJS.ErrnoException) =>
      reject(listenError(error, { host: options.host, port: options.port, variables: 'HTTP' }));
    server.once('error', refused);
    server.listen(options.port, options.host, () => {
      server.off('error', refused);
      resolve();
    });
  });
  server.on('error', (error) => logger.error({ err: error }, 'ops server error'));
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const url = `http://${host}:${port}`;
  logger.info({ url, interactions: interactions !== undefined }, 'http server listening');

  let closing: Promise<void> | undefined;
  return {
    server,
    url,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), LIMITS.closeGraceMs);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}
