import type { IncomingMessage, ServerResponse } from 'node:http';

/** Discord's attachment cap for unboosted guilds is 10 MiB per file; leave room for several files. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** An error answered with Discord's JSON error shape `{ message, code }`. */
export class DiscordHttpError extends Error {
  readonly status: number;
  readonly code: number;
  readonly errors: unknown;

  constructor(status: number, code: number, message: string, errors?: unknown) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  toJSON(): Record<string, unknown> {
    return this.errors === undefined
      ? { message: this.message, code: this.code }
      : { message: this.message, code: this.code, errors: this.errors };
  }
}

export const unknownRoute = (): DiscordHttpError => new DiscordHttpError(404, 0, '404: Not Found');
export const invalidFormBody = (errors: unknown): DiscordHttpError =>
  new DiscordHttpError(400, 50035, 'Invalid Form Body', errors);

export interface UploadedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string | undefined;
  data: Uint8Array;
}

export interface RequestBody {
  json: unknown;
  files: UploadedFile[];
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new DiscordHttpError(413, 40005, 'Request entity too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Decodes a JSON or multipart/form-data body. discord.js switches to multipart as soon as files are
 * attached, carrying the JSON in a `payload_json` part; the WHATWG Response parser saves us a hand-rolled
 * multipart parser.
 */
export async function parseBody(contentType: string | undefined, raw: Buffer): Promise<RequestBody> {
  if (raw.length === 0) return { json: undefined, files: [] };
  const type = (contentType ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await new Response(Uint8Array.from(raw), { headers: { 'content-type': contentType ?? '' } }).formData();
    } catch {
      throw new DiscordHttpError(400, 50109, 'The request body contains invalid multipart data.');
    }
    let json: unknown;
    const parts: [string, File][] = [];
    form.forEach((value, field) => {
      if (typeof value !== 'string') parts.push([field, value]);
      else if (field === 'payload_json') json = parseJson(value);
    });
    const files = await Promise.all(
      parts.map(async ([field, file]): Promise<UploadedFile> => ({
        field,
        filename: file.name,
        contentType: file.type || undefined,
        data: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    return { json, files };
  }
  return { json: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DiscordHttpError(400, 50109, 'The request body contains invalid JSON.');
  }
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text).toString(),
    ...headers,
  });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status);
  res.end();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
