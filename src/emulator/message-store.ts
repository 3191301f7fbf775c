import { EventEmitter } from 'node:events';
import { MessageFlags, MessageReferenceType, MessageType } from 'discord-api-types/v10';
import type {
  APIAllowedMentions,
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageInteractionMetadata,
  APIMessageTopLevelComponent,
  APIUser,
  RESTAPIPoll,
} from 'discord-api-types/v10';
import { ATTACHMENT_SIZE_LIMIT } from './fixtures.ts';
import { DiscordHttpError, invalidFormBody, isRecord } from './http.ts';
import type { UploadedFile } from './http.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { FakeAttachment, FakeDiscordEvents, FakeMessage } from './types.ts';
import { assertNotEmpty, validateMessage } from './validation.ts';

/** The fields of a create/edit body the emulator understands; `null` clears a field on edit, as on Discord. */
export interface MessageBody {
  content?: string | null;
  embeds?: APIEmbed[] | null;
  components?: APIMessageTopLevelComponent[] | null;
  allowed_mentions?: APIAllowedMentions | null;
  flags?: number | null;
  attachments?: { id: string | number; filename?: string }[] | null;
  poll?: RESTAPIPoll | null;
}

/** Picks the known fields from an untrusted JSON body, dropping ones of the wrong JSON type. */
export function readMessageBody(json: unknown): MessageBody {
  if (json === undefined) return {};
  if (!isRecord(json)) throw new DiscordHttpError(400, 50109, 'The request body contains invalid JSON.');
  const body: MessageBody = {};
  const arrayOrNull = <T>(value: unknown): T[] | null | undefined =>
    value === null ? null : Array.isArray(value) ? (value as T[]) : undefined;
  if (typeof json.content === 'string' || json.content === null) body.content = json.content;
  if (typeof json.flags === 'number' || json.flags === null) body.flags = json.flags;
  body.embeds = arrayOrNull<APIEmbed>(json.embeds);
  body.components = arrayOrNull<APIMessageTopLevelComponent>(json.components);
  body.attachments = arrayOrNull<{ id: string | number; filename?: string }>(json.attachments);
  if (isRecord(json.allowed_mentions) || json.allowed_mentions === null) {
    body.allowed_mentions = json.allowed_mentions as APIAllowedMentions | null;
  }
  if (isRecord(json.poll) || json.poll === null) body.poll = json.poll as RESTAPIPoll | null;
  return body;
}

/** Flags a bot may set itself; Ephemeral only at creation, Loading never (Discord owns it). */
const SETTABLE_FLAGS = MessageFlags.SuppressEmbeds | MessageFlags.SuppressNotifications | MessageFlags.IsComponentsV2;

interface StoredMessage {
  message: FakeMessage;
  type: MessageType;
  guildId: string | undefined;
  interactionMetadata: APIMessageInteractionMetadata | undefined;
  /** Interaction answers are webhook messages; a webhook's own posts too. */
  webhookId: string | undefined;
}

const NO_MENTIONS: FakeMessage['mentions'] = { users: [], everyone: false, roles: [] };

export interface CreateMessageParams {
  channelId: string;
  guildId: string | undefined;
  author: APIUser;
  type: MessageType;
  interactionId: string | undefined;
  interactionMetadata: APIMessageInteractionMetadata | undefined;
  body: MessageBody;
  files: UploadedFile[];
  /** A deferred reply's placeholder: empty, flagged Loading until the first edit. */
  placeholder?: boolean;
  referencedMessageId?: string;
  mentions?: FakeMessage['mentions'];
  /** Default: the author's id for interaction answers, none otherwise. */
  webhookId?: string;
}

/** Every message the bot produced, in creation order, with the events a UI or a test can follow. */
export class MessageStore extends EventEmitter<
  Pick<FakeDiscordEvents, 'messageCreate' | 'messageUpdate' | 'messageDelete'>
> {
  readonly #messages = new Map<string, StoredMessage>();
  /** Message ids per channel, oldest first, to forget the oldest past `historyLimit`. */
  readonly #byChannel = new Map<string, Set<string>>();
  readonly #ids: SnowflakeFactory;
  readonly #attachmentUrl: (channelId: string, attachment: FakeAttachment) => string;
  readonly #historyLimit: number;

  constructor(
    ids: SnowflakeFactory,
    attachmentUrl: (channelId: string, attachment: FakeAttachment) => string,
    historyLimit = Number.POSITIVE_INFINITY,
  ) {
    super();
    this.#ids = ids;
    this.#attachmentUrl = attachmentUrl;
    this.#historyLimit = historyLimit;
  }

  create(params: CreateMessageParams): FakeMessage {
    const { body } = params;
    validateMessage(body);
    const attachments = this.#newAttachments(body, params.files);
    if (!params.placeholder) {
      assertNotEmpty({ ...body, attachmentCount: attachments.length, hasPoll: Boolean(body.poll) });
    }
    const requested = body.flags ?? 0;
    const flags =
      (requested & (SETTABLE_FLAGS | MessageFlags.Ephemeral)) | (params.placeholder ? MessageFlags.Loading : 0);
    const message: FakeMessage = {
      id: this.#ids.next(),
      channelId: params.channelId,
      interactionId: params.interactionId,
      ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
      flags,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      allowed_mentions: body.allowed_mentions ?? undefined,
      attachments,
      poll: body.poll ?? undefined,
      author: params.author,
      createdAt: new Date(),
      editedAt: null,
      referencedMessageId: params.referencedMessageId,
      mentions: params.mentions ?? NO_MENTIONS,
    };
    this.#messages.set(message.id, {
      message,
      type: params.type,
      guildId: params.guildId,
      interactionMetadata: params.interactionMetadata,
      webhookId: params.webhookId ?? (params.interactionId === undefined ? undefined : params.author.id),
    });
    const channel = this.#byChannel.get(message.channelId) ?? new Set<string>();
    this.#byChannel.set(message.channelId, channel.add(message.id));
    const snapshot = structuredClone(message);
    this.emit('messageCreate', snapshot);
    // Past the limit the oldest message goes, as if deleted: a long playground sitting stays light.
    for (const oldest of channel) {
      if (channel.size <= this.#historyLimit) break;
      this.delete(oldest);
    }
    return snapshot;
  }

  /** Applies an edit: absent fields stay, `null` clears, attachments not listed in `attachments` are dropped. */
  edit(id: string, body: MessageBody, files: UploadedFile[], mentions?: FakeMessage['mentions']): FakeMessage {
    const stored = this.#messages.get(id);
    if (!stored) throw unknownMessage();
    const current = stored.message;
    const next: FakeMessage = { ...current, ...(mentions ? { mentions } : {}) };
    if (body.content !== undefined) next.content = body.content ?? '';
    if (body.embeds !== undefined) next.embeds = body.embeds ?? [];
    if (body.components !== undefined) next.components = body.components ?? [];
    if (body.allowed_mentions !== undefined) next.allowed_mentions = body.allowed_mentions ?? undefined;
    if (body.poll !== undefined) next.poll = body.poll ?? undefined;
    const kept =
      body.attachments === undefined
        ? current.attachments
        : current.attachments.filter((a) => body.attachments?.some((ref) => String(ref.id) === a.id));
    next.attachments = [...kept, ...this.#newAttachments(body, files)];
    const wasLoading = (current.flags & MessageFlags.Loading) !== 0;
    const keptFlags = current.flags & MessageFlags.Ephemeral;
    const settable = body.flags == null ? current.flags & SETTABLE_FLAGS : body.flags & SETTABLE_FLAGS;
    next.flags = keptFlags | settable;
    validateMessage({ ...next });
    // Filling a deferred reply is its first real content, not an edit, in Discord's client.
    next.editedAt = wasLoading ? null : new Date();
    stored.message = next;
    const snapshot = structuredClone(next);
    this.emit('messageUpdate', snapshot);
    return snapshot;
  }

  delete(id: string): void {
    const stored = this.#messages.get(id);
    if (!stored) throw unknownMessage();
    this.#messages.delete(id);
    this.#byChannel.get(stored.message.channelId)?.delete(id);
    this.emit('messageDelete', structuredClone(stored.message));
  }

  get(id: string): FakeMessage | undefined {
    const stored = this.#messages.get(id);
    return stored && structuredClone(stored.message);
  }

  list(): FakeMessage[] {
    return [...this.#messages.values()].map((stored) => structuredClone(stored.message));
  }

  findAttachment(attachmentId: string): FakeAttachment | undefined {
    for (const { message } of this.#messages.values()) {
      const found = message.attachments.find((a) => a.id === attachmentId);
      if (found) return found;
    }
    return undefined;
  }

  /** Resolves with the first message, existing or future (created or edited), that matches. */
  waitFor(predicate: (message: FakeMessage) => boolean, timeoutMs: number): Promise<FakeMessage> {
    const existing = this.list().find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const check = (message: FakeMessage): void => {
        if (!predicate(message)) return;
        cleanup();
        resolve(message);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('messageCreate', check);
        this.off('messageUpdate', check);
      };
      this.on('messageCreate', check);
      this.on('messageUpdate', check);
    });
  }

  /** The message as Discord's API returns it; a reply carries the message it replies to, one level deep. */
  toApi(id: string, resolveUser: (id: string) => APIUser = unknownUser): APIMessage {
    const stored = this.#messages.get(id);
    if (!stored) throw unknownMessage();
    const { message } = stored;
    const api: APIMessage & { guild_id?: string } = {
      id: message.id,
      type: stored.type,
      channel_id: message.channelId,
      author: message.author,
      content: message.content,
      timestamp: message.createdAt.toISOString(),
      edited_timestamp: message.editedAt?.toISOString() ?? null,
      tts: false,
      mention_everyone: message.mentions.everyone,
      mentions: message.mentions.users.map(resolveUser),
      mention_roles: message.mentions.roles,
      attachments: message.attachments.map((a) => this.#toApiAttachment(message.channelId, a)),
      embeds: withAttachmentUrls(message.embeds, message.attachments, (a) => this.#attachmentUrl(message.channelId, a)),
      components: message.components,
      pinned: false,
      flags: message.flags,
    };
    if (stored.webhookId !== undefined) api.webhook_id = stored.webhookId;
    if (message.interactionId !== undefined) api.application_id = message.author.id;
    if (stored.guildId !== undefined) api.guild_id = stored.guildId;
    if (stored.interactionMetadata) api.interaction_metadata = stored.interactionMetadata;
    const replied = message.referencedMessageId;
    if (replied !== undefined) {
      api.type = MessageType.Reply;
      api.message_reference = {
        type: MessageReferenceType.Default,
        message_id: replied,
        channel_id: message.channelId,
        ...(stored.guildId === undefined ? {} : { guild_id: stored.guildId }),
      };
      // Discord sends null when the replied-to message was deleted.
      api.referenced_message = this.#messages.has(replied) ? { ...this.toApi(replied, resolveUser) } : null;
      if (api.referenced_message) delete api.referenced_message.referenced_message;
    }
    return structuredClone(api);
  }

  #toApiAttachment(channelId: string, attachment: FakeAttachment): APIAttachment {
    const url = this.#attachmentUrl(channelId, attachment);
    const api: APIAttachment = {
      id: attachment.id,
      filename: attachment.filename,
      size: attachment.size,
      url,
      proxy_url: url,
    };
    if (attachment.contentType !== undefined) api.content_type = attachment.contentType;
    return api;
  }

  /** Uploaded parts are named `files[n]`; `attachments[].id == n` in the JSON may rename them. */
  #newAttachments(body: MessageBody, files: UploadedFile[]): FakeAttachment[] {
    if (files.length > MAX_FILES) {
      throw invalidFormBody({
        files: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 10 or fewer in length.' }] },
      });
    }
    if (files.some((file) => file.data.byteLength > ATTACHMENT_SIZE_LIMIT)) {
      throw new DiscordHttpError(413, 40005, 'Request entity too large');
    }
    return files.map((file) => {
      const index = /^files\[(\d+)\]$/.exec(file.field)?.[1];
      const described = body.attachments?.find((ref) => index !== undefined && String(ref.id) === index);
      return {
        id: this.#ids.next(),
        filename: described?.filename ?? file.filename,
        contentType: contentTypeOf(file),
        size: file.data.byteLength,
        data: file.data,
      };
    });
  }
}

/** A user the emulator knows nothing about but its id (a mention of someone who never acted). */
export function unknownUser(id: string): APIUser {
  return { id, username: `user${id.slice(-4)}`, global_name: null, discriminator: '0', avatar: null };
}

/** Discord types an upload sent as bare bytes by its file name, as its CDN then serves it. */
const TYPE_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function contentTypeOf(file: UploadedFile): string | undefined {
  if (file.contentType && file.contentType !== 'application/octet-stream') return file.contentType;
  const extension = /\.([a-z0-9]+)$/i.exec(file.filename)?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? file.contentType;
}

/** Discord's per-message cap on uploaded files. */
const MAX_FILES = 10;

/**
 * What Discord does with `attachment://name` in an embed's image or thumbnail: points it at the uploaded file (an
 * unknown name leaves no image at all).
 */
export function withAttachmentUrls(
  embeds: APIEmbed[],
  attachments: FakeAttachment[],
  urlOf: (attachment: FakeAttachment) => string,
): APIEmbed[] {
  const resolve = (media: { url: string } | undefined) => {
    if (!media?.url.startsWith(ATTACHMENT_SCHEME)) return media;
    const name = media.url.slice(ATTACHMENT_SCHEME.length);
    const attachment = attachments.find((candidate) => candidate.filename === name);
    return attachment && { ...media, url: urlOf(attachment), proxy_url: urlOf(attachment) };
  };
  return embeds.map(({ image, thumbnail, ...rest }) => {
    const [shownImage, shownThumbnail] = [resolve(image), resolve(thumbnail)];
    return {
      ...rest,
      ...(shownImage ? { image: shownImage } : {}),
      ...(shownThumbnail ? { thumbnail: shownThumbnail } : {}),
    };
  });
}

const ATTACHMENT_SCHEME = 'attachment://';

export function unknownMessage(): DiscordHttpError {
  return new DiscordHttpError(404, 10008, 'Unknown Message');
}
