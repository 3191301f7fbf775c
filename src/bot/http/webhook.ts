import type { MessageBody } from '../../views/message.ts';
import type { InteractionWebhook } from './payload.ts';

export const DISCORD_API = 'https://discord.com/api';
/** The webhook's own flag for a message only its recipient sees. */
export const EPHEMERAL = 64;
const TIMEOUT_MS = 10_000;
/** A 429 or 5xx is tried once more, after Discord's retry_after when it is short enough to still matter. */
const MAX_RETRY_WAIT_MS = 5_000;

/** A webhook call Discord refused; says which call and why, never the URL (it holds the interaction token). */
export class WebhookError extends Error {
  override name = 'WebhookError';
  constructor(
    readonly status: number,
    what: string,
    detail: string,
  ) {
    super(`${what} failed: ${status} ${detail}`.slice(0, 300));
  }
}

/** The message as Discord's JSON takes it; files travel beside it in a multipart body. */
export function messageJson(body: MessageBody, flags?: number): Record<string, unknown> {
  const { content, embeds, components, allowed_mentions } = body;
  return { content, embeds, components, allowed_mentions, ...(flags ? { flags } : {}) };
}

/**
 * The interaction webhook: how a deferred answer reaches Discord after the HTTP response. These endpoints are
 * authorised by the interaction token in the path, so no bot token is needed (nor sent).
 */
export class InteractionWebhooks {
  readonly #base: string;

  constructor(apiUrl: string = DISCORD_API) {
    this.#base = `${apiUrl.replace(/\/+$/, '')}/v10`;
  }

  editOriginal(hook: InteractionWebhook, body: MessageBody): Promise<void> {
    return this.#send('PATCH', `${this.#path(hook)}/messages/@original`, body, 'edit @original');
  }

  followUp(hook: InteractionWebhook, body: MessageBody, ephemeral: boolean): Promise<void> {
    return this.#send('POST', this.#path(hook), body, 'follow-up', ephemeral ? EPHEMERAL : undefined);
  }

  deleteOriginal(hook: InteractionWebhook): Promise<void> {
    return this.#send('DELETE', `${this.#path(hook)}/messages/@original`, undefined, 'delete @original');
  }

  #path(hook: InteractionWebhook): string {
    return `${this.#base}/webhooks/${encodeURIComponent(hook.applicationId)}/${encodeURIComponent(hook.token)}`;
  }

  async #send(method: string, url: string, body: MessageBody | undefined, what: string, flags?: number) {
    for (let attempt = 1; ; attempt++) {
      const response = await fetch(url, {
        method,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...requestBody(body, flags),
      });
      if (response.ok) {
        await response.body?.cancel();
        return;
      }
      const text = (await response.text()).slice(0, 200);
      const wait = retryWaitMs(response.status, text);
      if (attempt > 1 || wait === undefined) throw new WebhookError(response.status, what, text);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** JSON, or multipart when there are files: `payload_json` plus `files[n]`, each named in `attachments`. */
function requestBody(body: MessageBody | undefined, flags: number | undefined): RequestInit {
  if (!body) return {};
  const json = messageJson(body, flags);
  const files = body.files ?? [];
  if (files.length === 0) return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) };
  const attachments = files.map((file, id) => ({ id, filename: file.name, description: file.description }));
  const form = new FormData();
  form.append('payload_json', JSON.stringify({ ...json, attachments }));
  files.forEach((file, id) =>
    form.append(`files[${id}]`, new Blob([Buffer.from(file.data)], { type: file.contentType }), file.name),
  );
  return { body: form };
}

/** How long to wait before the one retry, or undefined when the failure is not worth retrying. */
function retryWaitMs(status: number, text: string): number | undefined {
  if (status >= 500) return 500;
  if (status !== 429) return undefined;
  let seconds = 1;
  try {
    const parsed = JSON.parse(text) as { retry_after?: unknown };
    if (typeof parsed.retry_after === 'number') seconds = parsed.retry_after;
  } catch {
    // Not JSON: a proxy's 429; the default wait stands.
  }
  const ms = seconds * 1000;
  return ms <= MAX_RETRY_WAIT_MS ? ms : undefined;
}
