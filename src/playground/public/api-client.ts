import type { AutocompleteReply, InteractionReply, PageMessage } from '../message-view.ts';
import type { MessageCommandBody, SayBody } from '../messages-api.ts';
import type { AutocompleteBody, ComponentBody, InvocationBody } from '../schemas.ts';

/** A failed call, with the message the server (or the network) gave: shown to the user as is. */
export class RequestFailed extends Error {}

async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new RequestFailed('the playground server is not reachable (is `npm start` still running?)');
  }
  const json = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok) {
    throw new RequestFailed(json?.error?.message ?? `HTTP ${response.status} ${response.statusText}`);
  }
  return json as T;
}

export const api = {
  commands: () => request<unknown[]>('GET', '/api/commands'),
  invoke: (body: InvocationBody) => request<InteractionReply>('POST', '/api/interactions/command', body),
  autocomplete: (body: AutocompleteBody) => request<AutocompleteReply>('POST', '/api/interactions/autocomplete', body),
  component: (body: ComponentBody) => request<InteractionReply>('POST', '/api/interactions/component', body),
  bot: () => request<{ id: string; name: string }>('GET', '/api/bot'),
  say: (body: SayBody) => request<{ message: PageMessage }>('POST', '/api/messages', body),
  messageCommand: (body: MessageCommandBody) =>
    request<InteractionReply>('POST', '/api/interactions/message-command', body),
};
