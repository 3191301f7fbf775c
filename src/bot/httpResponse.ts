import type { ServerResponse } from 'node:http';

/** A complete response with its length, never cached; `onSent` once it is handed to the connection. */
export function sendText(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
  onSent?: () => void,
): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(body).toString(),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body, onSent);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  onSent?: () => void,
): void {
  sendText(res, status, JSON.stringify(body), { 'content-type': 'application/json', ...headers }, onSent);
}
