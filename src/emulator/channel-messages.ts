import {
  AllowedMentionsTypes,
  ChannelType,
  GatewayDispatchEvents,
  GatewayIntentBits,
  MessageType,
} from 'discord-api-types/v10';
import type {
  APIAllowedMentions,
  APIDMChannel,
  APIGuildMember,
  APIMessage,
  APITextChannel,
  APIUser,
} from 'discord-api-types/v10';
import { botUser, DEFAULT_USER, guildMember, textChannel, toApiUser } from './fixtures.ts';
import type { World } from './fixtures.ts';
import type { Gateway } from './gateway.ts';
import { DiscordHttpError, invalidFormBody, isRecord } from './http.ts';
import type { RequestBody } from './http.ts';
import { readMessageBody, unknownMessage, unknownUser } from './message-store.ts';
import type { MessageStore } from './message-store.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { FakeMessage, UserMessageInput } from './types.ts';

/** People (and their DM channels) remembered at most: a long playground session must not grow without bound. */
const MAX_PEOPLE = 10_000;
/** Discord caps the ids listed in allowed_mentions.users / .roles at 100 each. */
const MAX_ALLOWED_IDS = 100;
const PARSE_TYPES: readonly string[] = Object.values(AllowedMentionsTypes);

const unknownChannel = (): DiscordHttpError => new DiscordHttpError(404, 10003, 'Unknown Channel');
const fieldError = (code: string, message: string): unknown => ({ _errors: [{ code, message }] });

/** Who a text mentions, parsed as Discord's server does: `<@id>`/`<@!id>`, `<@&id>`, @everyone and @here. */
export function parseMentions(content: string): FakeMessage['mentions'] {
  const ids = (pattern: RegExp) => [...new Set([...content.matchAll(pattern)].map((match) => match[1] ?? ''))];
  return {
    users: ids(/<@!?(\d{17,20})>/g),
    everyone: /@(everyone|here)\b/.test(content),
    roles: ids(/<@&(\d{17,20})>/g),
  };
}

/** The checks Discord makes on `allowed_mentions`; throws its 50035 Invalid Form Body. */
function validateAllowedMentions(value: APIAllowedMentions | null | undefined): void {
  if (value === undefined || value === null) return;
  const errors: Record<string, unknown> = {};
  const parse = value.parse;
  if (parse !== undefined && (!Array.isArray(parse) || parse.some((type) => !PARSE_TYPES.includes(type)))) {
    errors.parse = fieldError('BASE_TYPE_CHOICES', `Values must be in ${PARSE_TYPES.join(', ')}.`);
  }
  for (const key of ['users', 'roles'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > MAX_ALLOWED_IDS) {
      errors[key] = fieldError('BASE_TYPE_MAX_LENGTH', `Must be ${MAX_ALLOWED_IDS} or fewer in length.`);
    } else if (Array.isArray(parse) && parse.includes(key as AllowedMentionsTypes)) {
      errors[key] = fieldError(
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${key}"] and ${key}: [ids] are exclusive.`,
      );
    }
  }
  if (value.replied_user !== undefined && typeof value.replied_user !== 'boolean') {
    errors.replied_user = fieldError('BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  }
  if (Object.keys(errors).length > 0) throw invalidFormBody({ allowed_mentions: errors });
}

/**
 * Messages posted in channels rather than through interactions: people (and other bots, webhooks, the system) writing
 * in the guild channel or a DM, and the bot's own `POST /channels/{id}/messages`. Each is dispatched as MESSAGE_CREATE
 * the way Discord does it: only to a session with GUILD_MESSAGES (guild) or DIRECT_MESSAGES (DM), and, without the
 * privileged MESSAGE_CONTENT intent, with content, embeds, attachments and components emptied unless the message is a
 * DM, mentions the bot or is the bot's own.
 */
export class ChannelMessages {
  readonly #world: World;
  readonly #ids: SnowflakeFactory;
  readonly #messages: MessageStore;
  readonly #gateway: Gateway;
  /** DM channel by recipient: one per person, as on Discord. */
  readonly #dms = new Map<string, APIDMChannel>();
  /** Everyone who wrote, so a mention of them resolves to who they are. */
  readonly #people = new Map<string, APIUser>();

  constructor(world: World, ids: SnowflakeFactory, messages: MessageStore, gateway: Gateway) {
    this.#world = world;
    this.#ids = ids;
    this.#messages = messages;
    this.#gateway = gateway;
  }

  /** The DM channel between the bot and `recipient`, opened on first use (the default user's is the world's). */
  dmChannel(recipient: APIUser): APIDMChannel {
    const existing = this.#dms.get(recipient.id);
    if (existing) return existing;
    const id = recipient.id === DEFAULT_USER.id ? this.#world.dmChannelId : this.#ids.next();
    const channel: APIDMChannel = {
      id,
      type: ChannelType.DM,
      recipients: [recipient],
      last_message_id: null,
      name: null,
    };
    this.#dms.set(recipient.id, channel);
    return channel;
  }

  /** Who a DM channel is with, if it is one. */
  recipientOf(channelId: string): APIUser | undefined {
    return [...this.#dms.values()].find((channel) => channel.id === channelId)?.recipients?.[0];
  }

  /** Someone the emulator has seen write or been mentioned as the bot. */
  user(id: string): APIUser | undefined {
    return id === this.#world.applicationId ? botUser(this.#world) : this.#people.get(id);
  }

  channel(channelId: string): APITextChannel | APIDMChannel {
    if (channelId === this.#world.channelId) return textChannel(this.#world);
    const dm = [...this.#dms.values()].find((channel) => channel.id === channelId);
    if (!dm) throw unknownChannel();
    return dm;
  }

  /** `POST /channels/{id}/typing` calls so far: the bot showed "is typing…". */
  typing = 0;

  /** `POST /channels/{id}/typing`: "<bot> is typing…" in a channel the bot can reach. */
  startTyping(channelId: string): void {
    this.channel(channelId);
    this.typing++;
  }

  /** Someone writes in a channel: stored, then dispatched as Discord would. */
  post(input: UserMessageInput): FakeMessage {
    const author: APIUser = {
      ...toApiUser({ ...DEFAULT_USER, ...input.user }),
      ...(input.user?.bot ? { bot: true } : {}),
    };
    remember(this.#people, author.id, author);
    const channelId = input.channel === 'dm' ? this.dmChannel(author).id : this.#world.channelId;
    if (input.replyTo !== undefined) this.#checkReference(input.replyTo, channelId);
    const message = this.#messages.create({
      channelId,
      guildId: input.channel === 'dm' ? undefined : this.#world.guildId,
      author,
      type: (input.type ?? MessageType.Default) as MessageType,
      interactionId: undefined,
      interactionMetadata: undefined,
      body: { content: input.content },
      files: [],
      mentions: parseMentions(input.content),
      ...(input.replyTo === undefined ? {} : { referencedMessageId: input.replyTo }),
      ...(input.webhook ? { webhookId: this.#ids.next() } : {}),
    });
    this.#dispatch(GatewayDispatchEvents.MessageCreate, message.id);
    return message;
  }

  /** Someone edits their message: MESSAGE_UPDATE, under the same intent and content rules. */
  edit(messageId: string, content: string): FakeMessage {
    const message = this.#messages.get(messageId);
    if (!message || message.interactionId !== undefined) throw unknownMessage();
    const edited = this.#messages.edit(messageId, { content }, [], parseMentions(content));
    this.#dispatch(GatewayDispatchEvents.MessageUpdate, messageId);
    return edited;
  }

  /** `POST /channels/{id}/messages` by the bot: validated like Discord, stored, and echoed to its own gateway. */
  createByBot(channelId: string, request: RequestBody): APIMessage {
    const channel = this.channel(channelId);
    const json = isRecord(request.json) ? request.json : {};
    const body = readMessageBody(request.json);
    validateAllowedMentions(body.allowed_mentions);
    const referenced = this.#readReference(json.message_reference, channel.id);
    const message = this.#messages.create({
      channelId: channel.id,
      guildId: channel.type === ChannelType.DM ? undefined : this.#world.guildId,
      author: botUser(this.#world),
      type: referenced === undefined ? MessageType.Default : MessageType.Reply,
      interactionId: undefined,
      interactionMetadata: undefined,
      // Ephemeral only exists for interaction answers.
      body: { ...body, flags: body.flags === null || body.flags === undefined ? body.flags : body.flags & ~64 },
      files: request.files,
      mentions: parseMentions(body.content ?? ''),
      ...(referenced === undefined ? {} : { referencedMessageId: referenced }),
    });
    this.#dispatch(GatewayDispatchEvents.MessageCreate, message.id);
    return this.#api(message.id);
  }

  /** An interaction's public answer: Discord dispatches it as MESSAGE_CREATE too (ephemeral ones never). */
  announce(message: FakeMessage): void {
    if (message.interactionId !== undefined && !message.ephemeral) {
      this.#dispatch(GatewayDispatchEvents.MessageCreate, message.id);
    }
  }

  /** The message as the REST API returns it, mentions resolved to users. */
  #api(messageId: string): APIMessage {
    return this.#messages.toApi(messageId, (id) => this.#user(id));
  }

  #user(id: string): APIUser {
    return this.user(id) ?? unknownUser(id);
  }

  /** `message_reference` must name an existing message of the same channel (fail_if_not_exists defaults true). */
  #readReference(reference: unknown, channelId: string): string | undefined {
    if (reference === undefined || reference === null) return undefined;
    const invalid = (message: string) =>
      invalidFormBody({ message_reference: fieldError('REPLIES_UNKNOWN_MESSAGE', message) });
    if (!isRecord(reference) || typeof reference.message_id !== 'string') throw invalid('Unknown message');
    if (reference.channel_id !== undefined && reference.channel_id !== channelId) {
      throw invalid('Cannot reply to a message in another channel');
    }
    const target = this.#messages.get(reference.message_id);
    if (!target || target.channelId !== channelId) {
      if (reference.fail_if_not_exists === false) return undefined;
      throw invalid('Unknown message');
    }
    return target.id;
  }

  #checkReference(messageId: string, channelId: string): void {
    if (this.#messages.get(messageId)?.channelId !== channelId) throw unknownMessage();
  }

  #dispatch(event: GatewayDispatchEvents, messageId: string): void {
    this.#gateway.dispatchByIntents(event, (intents) => this.#gatewayPayload(messageId, intents));
  }

  /** MESSAGE_CREATE/UPDATE as a session with `intents` receives it, or undefined when it receives nothing. */
  #gatewayPayload(messageId: string, intents: number): unknown {
    const message = this.#messages.get(messageId);
    if (!message) return undefined;
    const dm = message.channelId !== this.#world.channelId;
    const needed = dm ? GatewayIntentBits.DirectMessages : GatewayIntentBits.GuildMessages;
    if ((intents & needed) === 0) return undefined;
    const api = this.#visible(this.#api(messageId), message, dm, intents);
    if (api.referenced_message && message.referencedMessageId !== undefined) {
      const replied = this.#messages.get(message.referencedMessageId);
      if (replied) api.referenced_message = this.#visible(api.referenced_message, replied, dm, intents);
    }
    return {
      ...api,
      channel_type: dm ? ChannelType.DM : ChannelType.GuildText,
      ...(dm ? {} : { guild_id: this.#world.guildId, member: memberOf(message.author, message.createdAt) }),
    };
  }

  /** Without MESSAGE_CONTENT, Discord blanks what a message says unless it is a DM, names the bot or is the bot's. */
  #visible(api: APIMessage, message: FakeMessage, dm: boolean, intents: number): APIMessage {
    const readable =
      (intents & GatewayIntentBits.MessageContent) !== 0 ||
      dm ||
      message.author.id === this.#world.applicationId ||
      message.mentions.users.includes(this.#world.applicationId);
    if (readable) return api;
    const blanked: APIMessage = { ...api, content: '', embeds: [], attachments: [], components: [] };
    delete blanked.poll;
    return blanked;
  }
}

/** Sets `key` as the newest entry of `map`, forgetting the oldest beyond MAX_PEOPLE (a Map keeps insertion order). */
function remember<T>(map: Map<string, T>, key: string, value: T): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_PEOPLE) map.delete(map.keys().next().value ?? key);
}

/** The `member` a guild MESSAGE_CREATE carries: the author's member object without its user. */
function memberOf(author: APIUser, joinedAt: Date): Partial<APIGuildMember> {
  const member: Partial<APIGuildMember> = guildMember(author, joinedAt);
  delete member.user;
  return member;
}
