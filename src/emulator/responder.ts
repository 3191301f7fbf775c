import { EventEmitter } from 'node:events';
import { InteractionResponseType, InteractionType, MessageType } from 'discord-api-types/v10';
import type { APIMessage, APIUser, RESTPostAPIInteractionCallbackWithResponseResult } from 'discord-api-types/v10';
import { DiscordHttpError, invalidFormBody, isRecord } from './http.ts';
import type { RequestBody } from './http.ts';
import { interactionMetadata } from './interactions.ts';
import type { InteractionRegistry, TrackedInteraction } from './interactions.ts';
import { readMessageBody, unknownMessage } from './message-store.ts';
import type { MessageBody, MessageStore } from './message-store.ts';
import type { CallbackData, FakeDiscordEvents, FakeMessage, InteractionCallback } from './types.ts';
import { validateChoices } from './validation.ts';

/** Which callback types Discord accepts for each interaction type. */
const ALLOWED_CALLBACKS: Record<number, readonly number[]> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.PremiumRequired,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [InteractionResponseType.ApplicationCommandAutocompleteResult],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.PremiumRequired,
  ],
};

const unknownInteraction = (): DiscordHttpError => new DiscordHttpError(404, 10062, 'Unknown interaction');
const unknownWebhook = (): DiscordHttpError => new DiscordHttpError(404, 10015, 'Unknown Webhook');

export interface HttpAnswer {
  status: number;
  body?: unknown;
}

export interface ResponderOptions {
  applicationId: string;
  defaultChannelId: string;
  bot: APIUser;
  messages: MessageStore;
  interactions: InteractionRegistry;
  callbackDeadlineMs: number | undefined;
}

/**
 * Interaction callbacks and the interaction webhook (follow-ups, `@original` edits): everything that turns
 * a bot's answer into messages in the fake channel.
 */
export class InteractionResponder extends EventEmitter<Pick<FakeDiscordEvents, 'interactionCallback'>> {
  callbacks = 0;
  readonly #options: ResponderOptions;

  constructor(options: ResponderOptions) {
    super();
    this.#options = options;
  }

  callback(id: string, token: string, request: RequestBody, withResponse: boolean): HttpAnswer {
    const tracked = this.#options.interactions.find(id, token);
    if (!tracked) throw unknownInteraction();
    const deadline = this.#options.callbackDeadlineMs;
    if (deadline !== undefined && performance.now() - tracked.dispatchedAt > deadline) throw unknownInteraction();
    if (tracked.acknowledged) {
      throw new DiscordHttpError(400, 40060, 'Interaction has already been acknowledged.');
    }
    const callback = readCallback(request.json);
    const allowed = ALLOWED_CALLBACKS[tracked.type];
    if (allowed && !allowed.includes(callback.type)) {
      throw invalidFormBody({
        type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: `Value must be one of ${allowed.join(', ')}.` }] },
      });
    }
    const message = this.#applyCallback(tracked, callback, request);
    tracked.acknowledged = true;
    this.callbacks++;
    const outcome = this.#options.interactions.complete(tracked, callback, message);
    this.emit('interactionCallback', outcome);
    if (!withResponse) return { status: 204 };
    return { status: 200, body: this.#callbackResponse(tracked, callback, message) };
  }

  followUp(applicationId: string, token: string, request: RequestBody, wait: boolean): HttpAnswer {
    const tracked = this.#answered(applicationId, token);
    const message = this.#createMessage(tracked, readMessageBody(request.json), request, false);
    return wait ? { status: 200, body: this.#options.messages.toApi(message.id) } : { status: 204 };
  }

  getMessage(applicationId: string, token: string, messageId: string): HttpAnswer {
    const id = this.#ownedMessageId(this.#answered(applicationId, token), messageId);
    return { status: 200, body: this.#options.messages.toApi(id) };
  }

  editMessage(applicationId: string, token: string, messageId: string, request: RequestBody): HttpAnswer {
    const id = this.#ownedMessageId(this.#answered(applicationId, token), messageId);
    this.#options.messages.edit(id, readMessageBody(request.json), request.files);
    return { status: 200, body: this.#options.messages.toApi(id) };
  }

  deleteMessage(applicationId: string, token: string, messageId: string): HttpAnswer {
    const id = this.#ownedMessageId(this.#answered(applicationId, token), messageId);
    this.#options.messages.delete(id);
    return { status: 204 };
  }

  #applyCallback(
    tracked: TrackedInteraction,
    callback: InteractionCallback,
    request: RequestBody,
  ): FakeMessage | undefined {
    const body = readMessageBody(callback.data);
    switch (callback.type) {
      case InteractionResponseType.ChannelMessageWithSource:
        return this.#createOriginal(tracked, body, request, false);
      case InteractionResponseType.DeferredChannelMessageWithSource:
        return this.#createOriginal(tracked, body, request, true);
      case InteractionResponseType.DeferredMessageUpdate:
        tracked.originalMessageId = this.#componentMessageId(tracked);
        return undefined;
      case InteractionResponseType.UpdateMessage: {
        const id = this.#componentMessageId(tracked);
        tracked.originalMessageId = id;
        return this.#options.messages.edit(id, body, request.files);
      }
      case InteractionResponseType.ApplicationCommandAutocompleteResult:
        validateChoices(Array.isArray(callback.data?.choices) ? callback.data.choices : []);
        return undefined;
      default:
        return undefined;
    }
  }

  #createOriginal(
    tracked: TrackedInteraction,
    body: MessageBody,
    request: RequestBody,
    placeholder: boolean,
  ): FakeMessage {
    const message = this.#createMessage(tracked, body, request, placeholder);
    tracked.originalMessageId = message.id;
    return message;
  }

  #createMessage(
    tracked: TrackedInteraction,
    body: MessageBody,
    request: RequestBody,
    placeholder: boolean,
  ): FakeMessage {
    return this.#options.messages.create({
      channelId: tracked.channelId ?? this.#options.defaultChannelId,
      guildId: tracked.guildId,
      author: this.#options.bot,
      type: tracked.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default,
      interactionId: tracked.id,
      interactionMetadata: interactionMetadata(tracked),
      body,
      files: request.files,
      placeholder,
    });
  }

  #componentMessageId(tracked: TrackedInteraction): string {
    const id = tracked.componentMessageId;
    if (id === undefined || !this.#options.messages.get(id)) throw unknownMessage();
    return id;
  }

  /** The interaction behind a webhook token; Discord refuses the webhook before the interaction is answered. */
  #answered(applicationId: string, token: string): TrackedInteraction {
    const tracked = this.#options.interactions.findByToken(token);
    if (applicationId !== this.#options.applicationId || !tracked?.acknowledged) throw unknownWebhook();
    return tracked;
  }

  /** `@original` or a message this interaction produced; other messages are not the webhook's to touch. */
  #ownedMessageId(tracked: TrackedInteraction, messageId: string): string {
    if (messageId === '@original') {
      if (tracked.originalMessageId === undefined) throw unknownMessage();
      return tracked.originalMessageId;
    }
    const message = this.#options.messages.get(messageId);
    if (!message || (message.interactionId !== tracked.id && messageId !== tracked.originalMessageId)) {
      throw unknownMessage();
    }
    return messageId;
  }

  #callbackResponse(
    tracked: TrackedInteraction,
    callback: InteractionCallback,
    message: FakeMessage | undefined,
  ): RESTPostAPIInteractionCallbackWithResponseResult {
    const result: RESTPostAPIInteractionCallbackWithResponseResult = {
      interaction: { id: tracked.id, type: tracked.type },
      resource: { type: callback.type },
    };
    if (message) {
      const api: APIMessage = this.#options.messages.toApi(message.id);
      result.interaction.response_message_id = message.id;
      result.interaction.response_message_loading =
        callback.type === InteractionResponseType.DeferredChannelMessageWithSource;
      result.interaction.response_message_ephemeral = message.ephemeral;
      if (result.resource) result.resource.message = api;
    }
    return result;
  }
}

function readCallback(json: unknown): InteractionCallback {
  if (!isRecord(json) || typeof json.type !== 'number') {
    throw invalidFormBody({ type: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } });
  }
  const callback: InteractionCallback = { type: json.type };
  if (isRecord(json.data)) callback.data = json.data as CallbackData;
  return callback;
}
