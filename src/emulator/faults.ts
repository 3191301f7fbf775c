import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendJson } from './http.ts';
import type { FailureMatch, FailureSpec } from './types.ts';

interface FaultRule {
  match: FailureMatch;
  failure: FailureSpec;
  remaining: number;
}

/** One-shot (or n-shot) REST failures, consumed first-match-first in the order they were added. */
export class FaultInjector {
  #rules: FaultRule[] = [];

  add(match: FailureMatch, failure: FailureSpec, times: number): void {
    if (!Number.isInteger(times) || times < 1) throw new RangeError('times must be a positive integer');
    this.#rules.push({ match, failure, remaining: times });
  }

  /** Answers the request with the injected failure if one matches; returns whether it did. */
  intercept(method: string, path: string, res: ServerResponse): boolean {
    const rule = this.#rules.find(
      (r) =>
        (r.match.method === undefined || r.match.method.toUpperCase() === method) &&
        path.includes(r.match.pathIncludes),
    );
    if (!rule) return false;
    rule.remaining--;
    if (rule.remaining === 0) this.#rules = this.#rules.filter((r) => r !== rule);
    if (rule.failure.status === 500) {
      sendJson(res, 500, { message: '500: Internal Server Error', code: 0 });
    } else {
      sendRateLimited(res, rule.failure.retryAfterSeconds, bucketHash(method, rule.match.pathIncludes));
    }
    return true;
  }

  clear(): void {
    this.#rules = [];
  }
}

function bucketHash(method: string, path: string): string {
  return createHash('sha1').update(`${method} ${path}`).digest('hex').slice(0, 32);
}

/**
 * A per-route (not global) 429 as Discord sends it. @discordjs/rest waits X-RateLimit-Reset-After (exact,
 * sub-second) because Remaining is 0; Retry-After is whole seconds on Discord, so it is rounded up here too.
 */
function sendRateLimited(res: ServerResponse, retryAfterSeconds: number, bucket: string): void {
  const resetAfter = Math.max(0, retryAfterSeconds);
  sendJson(
    res,
    429,
    { message: 'You are being rate limited.', retry_after: resetAfter, global: false },
    {
      'retry-after': Math.ceil(resetAfter).toString(),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': ((Date.now() + resetAfter * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-scope': 'user',
    },
  );
}
