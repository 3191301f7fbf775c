import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The path segment after an interaction id or a webhook id is a bearer token (15 minutes for an interaction, forever
 * for a webhook): `/interactions/<id>/<token>/callback`, `/webhooks/<application id>/<token>/messages/@original`.
 */
const TOKEN_IN_PATH = /(\/(?:interactions|webhooks)\/\d{1,20}\/)[^/?#\s"\\]+/g;

/** Removes interaction and webhook tokens from any text: URLs in messages, error fields, stacks. */
export function redactTokenPaths(text: string): string {
  return text.replace(TOKEN_IN_PATH, '$1[REDACTED]');
}

/** A request body as a log needs it: how big, and which files (names and sizes), never its content. */
function summariseRequestBody(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const { json, files } = body as { json?: unknown; files?: unknown };
  const jsonBytes = json === undefined ? 0 : Buffer.byteLength(JSON.stringify(json) ?? '');
  const fileList = Array.isArray(files)
    ? files.map((file: { name?: unknown; data?: { length?: unknown; byteLength?: unknown } }) => ({
        name: typeof file.name === 'string' ? file.name : undefined,
        bytes: Number(file.data?.byteLength ?? file.data?.length ?? 0),
      }))
    : [];
  return { jsonBytes, files: fileList };
}

/**
 * Errors as pino's standard serializer writes them, minus what may carry a secret or a user's data: discord.js REST
 * errors (DiscordAPIError, HTTPError) carry the request `url` — with the interaction token in its path — and the whole
 * `requestBody`, which is summarised instead.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  if ('requestBody' in serialized) serialized.requestBody = summariseRequestBody(serialized.requestBody);
  // rawError repeats Discord's answer, which may echo the request.
  delete serialized.rawError;
  return serialized;
}

/**
 * Structured JSON logs. Secrets never reach a line: known fields are redacted, errors are serialized without request
 * bodies, and every line is scrubbed of the bot token and of interaction/webhook tokens in URLs, wherever they are
 * quoted (a message, an error's url, a stack).
 */
export function createLogger(
  level: string,
  secrets: readonly (string | undefined)[] = [],
  destination?: pino.DestinationStream,
): Logger {
  const hidden = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const scrub = (line: string) =>
    redactTokenPaths(hidden.reduce((out, secret) => out.split(secret).join('[REDACTED]'), line));
  return pino(
    {
      level,
      base: { service: 'laureates-bot' },
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization', 'config.DISCORD_TOKEN'],
        censor: '[REDACTED]',
      },
      serializers: { err: serializeError },
      formatters: { level: (label) => ({ level: label }) },
      hooks: { streamWrite: scrub },
    },
    destination ?? bufferedStdout(),
  );
}

/**
 * Standard output, written in blocks of 4 KB or every 200 ms rather than a write per line: one line per interaction
 * was a syscall and a thread wake-up per interaction, ~0.1 ms of its latency (npm run bench). Whatever is left is
 * flushed on exit (pino does it for asynchronous destinations), so only a SIGKILL can lose the last 200 ms.
 */
function bufferedStdout(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 200 });
}
