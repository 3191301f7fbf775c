import type { IncomingMessage, ServerResponse } from 'node:http';
import type * as z from 'zod';

/** Requests are a few option values: anything bigger is a mistake or abuse. */
const MAX_BODY_BYTES = 64 * 1024;

/** An error the page is meant to read: its message is shown as is, so it must be safe and helpful. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The request's JSON body, parsed and validated by `schema`; any problem is a 4xx naming the field. */
export async function readJson<T extends z.ZodType>(req: IncomingMessage, schema: T): Promise<z.infer<T>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, `Request body over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ApiError(400, 'Request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    throw new ApiError(400, `Invalid request: ${problems.join('; ')}.`);
  }
  return parsed.data;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text).toString(),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/**
 * Errors always reach the page as `{ error: { message } }`, never as a stack trace. The connection is closed after
 * one: a flood of refused requests (too many streams, a foreign Host) must not keep sockets open.
 */
export function sendError(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.setHeader('connection', 'close');
  sendJson(res, status, { error: { message } });
}
