import type { Logger } from './logger.ts';

/** Why the bot could not start, for the one log line an operator reads before anything else. */
export type StartupFailure = 'token-invalid' | 'discord-unreachable';

export class StartupError extends Error {
  override name = 'StartupError';
  constructor(
    readonly reason: StartupFailure,
    message: string,
    options: { cause: unknown },
  ) {
    super(message, options);
  }
}

/** Network failures worth another try: nothing answered, the connection broke, or Discord said it is unwell (5xx). */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

function codeOf(error: unknown): string | undefined {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

function isUnreachable(error: unknown): boolean {
  const status = (error as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 500) return true;
  if (error instanceof Error && error.name === 'AbortError') return true;
  const code = codeOf(error);
  return code !== undefined && TRANSIENT_CODES.has(code);
}

export interface RetryOptions {
  logger: Logger;
  /** What is being reached, for the messages (the REST API URL). */
  target: string;
  attempts?: number;
  firstDelayMs?: number;
}

/**
 * Connects, retrying with exponential backoff (1, 2, 4, 8 s by default) while Discord cannot be reached; a refused
 * token is final at once. Failures become a StartupError whose message says what to do.
 */
export async function connectWithRetry<T>(
  connect: () => Promise<T>,
  { logger, target, attempts = 5, firstDelayMs = 1000 }: RetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      if ((error as { code?: unknown }).code === 'TokenInvalid') {
        throw new StartupError(
          'token-invalid',
          'Discord refused the bot token: set DISCORD_TOKEN to your bot’s token (Developer Portal → your application → Bot → Reset Token).',
          { cause: error },
        );
      }
      if (!isUnreachable(error)) throw error;
      if (attempt >= attempts) {
        throw new StartupError(
          'discord-unreachable',
          `Discord is unreachable at ${target} (${codeOf(error) ?? 'no answer'}) after ${attempts} attempts: check the network, or DISCORD_API_URL.`,
          { cause: error },
        );
      }
      const retryInMs = firstDelayMs * 2 ** (attempt - 1);
      logger.warn({ attempt, retryInMs, code: codeOf(error), target }, 'Discord unreachable; retrying');
      await new Promise((resolve) => setTimeout(resolve, retryInMs));
    }
  }
}
