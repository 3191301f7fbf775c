import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionType,
  MessageFlags,
} from 'discord-api-types/v10';
import type { APIEmbed, APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type { FakeAttachment, FakeMessage } from '../emulator/index.ts';
import { withAttachmentUrls } from '../emulator/index.ts';

/** Who ran the command a reply answers (Discord shows it above the reply): a slash command or the message menu. */
export interface Invocation {
  userName: string;
  command: string;
  subcommand: string | undefined;
  /** A message command (Apps → …) rather than a slash command: shown without a slash. */
  menu?: true;
}

/** The message a reply quotes on its first line, as Discord shows it above the reply. */
export interface QuotedMessage {
  id: string;
  authorName: string;
  bot: boolean;
  /** Its text, one line; empty when it had none (an embed). */
  excerpt: string;
}

/** What the feed knows around a message: where the guild channel is, the other messages, the bot's name. */
export interface MessageContext {
  guildChannelId: string;
  find(id: string): FakeMessage | undefined;
  /** Display names by user id, for the mentions in a text (`<@id>` reads "@name"). */
  nameOf(userId: string): string | undefined;
  /** The person a DM channel is with. */
  dmRecipientName(channelId: string): string | undefined;
}

/** A channel message as the page renders it: what a Discord client gets, minus what it never shows. */
export interface PageMessage {
  id: string;
  createdAt: string;
  editedAt: string | null;
  author: { name: string; bot: boolean };
  ephemeral: boolean;
  /** A deferred reply not edited yet: Discord shows "<bot> is thinking…". */
  loading: boolean;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  /** Files as Discord's client lists them: pictures inline, others as a download; served by the page's API. */
  attachments: PageAttachment[];
  invocation: Invocation | undefined;
  /** The guild channel, or a DM between the bot and the person named (the page shows one channel at a time). */
  place: { kind: 'guild' } | { kind: 'dm'; userName: string };
  /** The message this one replies to; null when it replies to none. */
  replyTo: QuotedMessage | null;
}

export interface PageAttachment {
  url: string;
  filename: string;
  contentType: string | undefined;
  size: number;
  /** An image an embed already shows is not shown a second time, as in Discord. */
  inEmbed: boolean;
}

/** Where the page fetches an attachment (the page's own origin, not the emulator's). */
export const ATTACHMENT_ROUTE = '/api/attachments/';
const attachmentPath = (attachment: FakeAttachment): string =>
  `${ATTACHMENT_ROUTE}${attachment.id}/${encodeURIComponent(attachment.filename)}`;

/** What the API answers to a command or a component: the callback type and the message it made or updated. */
export interface InteractionReply {
  callbackType: number;
  message: PageMessage | null;
}

/** What the API answers to an autocomplete: the bot's suggestions. */
export interface AutocompleteReply {
  choices: { name: string; value: string | number }[];
}

const authorName = (message: FakeMessage): string => message.author.global_name ?? message.author.username;

/** Mentions as a Discord client draws them: `<@id>` reads "@name". */
function withMentionNames(content: string, context: MessageContext): string {
  return content.replace(/<@!?(\d{17,20})>/g, (mention, id: string) => {
    const name = context.nameOf(id);
    return name === undefined ? mention : `@${name}`;
  });
}

/** How far a quoted line goes before "…" (Discord cuts it to the width of the channel). */
const EXCERPT_LENGTH = 100;

function quoted(message: FakeMessage, context: MessageContext): QuotedMessage {
  const text = withMentionNames(message.content, context).replace(/\s+/g, ' ').trim();
  return {
    id: message.id,
    authorName: authorName(message),
    bot: message.author.bot === true,
    excerpt: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text,
  };
}

function placeOf(message: FakeMessage, context: MessageContext): PageMessage['place'] {
  if (message.channelId === context.guildChannelId) return { kind: 'guild' };
  return { kind: 'dm', userName: context.dmRecipientName(message.channelId) ?? '' };
}

export function pageMessage(
  message: FakeMessage,
  invocation: Invocation | undefined,
  context: MessageContext,
): PageMessage {
  const replied = message.referencedMessageId === undefined ? undefined : context.find(message.referencedMessageId);
  return {
    id: message.id,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    author: { name: message.author.global_name ?? message.author.username, bot: message.author.bot === true },
    ephemeral: message.ephemeral,
    loading: (message.flags & MessageFlags.Loading) !== 0,
    content: withMentionNames(message.content, context),
    embeds: withAttachmentUrls(message.embeds, message.attachments, attachmentPath),
    components: message.components,
    attachments: message.attachments.map((attachment) => ({
      url: attachmentPath(attachment),
      filename: attachment.filename,
      contentType: attachment.contentType,
      size: attachment.size,
      inEmbed: message.embeds.some((embed) =>
        [embed.image?.url, embed.thumbnail?.url].includes(`attachment://${attachment.filename}`),
      ),
    })),
    invocation,
    place: placeOf(message, context),
    replyTo: replied ? quoted(replied, context) : null,
  };
}

/** The invocation an INTERACTION_CREATE payload stands for, when it is a slash command. */
export function invocationOf(interaction: Record<string, unknown>): Invocation | undefined {
  const payload = interaction as {
    type?: number;
    data?: { name?: string; type?: number; options?: { name: string; type: number }[] };
    member?: { user?: { global_name?: string | null; username?: string } };
    user?: { global_name?: string | null; username?: string };
  };
  if (payload.type !== InteractionType.ApplicationCommand || !payload.data?.name) return undefined;
  const user = payload.member?.user ?? payload.user;
  const first = payload.data.options?.[0];
  return {
    userName: user?.global_name ?? user?.username ?? '?',
    command: payload.data.name,
    subcommand: first?.type === ApplicationCommandOptionType.Subcommand ? first.name : undefined,
    ...(payload.data.type === ApplicationCommandType.Message ? { menu: true as const } : {}),
  };
}
