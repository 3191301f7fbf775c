import {
  AttachmentBuilder,
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { InteractionRequest } from '../app/router.ts';
import type { Reply, Requester } from '../app/subcommand.ts';
import type { MessageBody } from '../views/message.ts';
import { commandParts, displayNameOf } from './requestParts.ts';

/** Who asked, as the router names them. */
function requesterOf(interaction: Interaction): Requester {
  const member = interaction.member;
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : undefined;
  const { id, globalName, username } = interaction.user;
  return { id, displayName: displayNameOf({ nick, globalName, username }) };
}

/** The interactions the bot answers: slash commands, their autocomplete, the message menu, buttons and menus. */
export type Answerable = Extract<
  Interaction,
  | ChatInputCommandInteraction
  | AutocompleteInteraction
  | MessageContextMenuCommandInteraction
  | MessageComponentInteraction
>;

/** The request our router understands. */
export function toRequest(interaction: Answerable): InteractionRequest {
  const base = { locale: interaction.locale, user: requesterOf(interaction) };
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    // A payload without a focused option (forged) reads as an empty field rather than throwing like getFocused().
    const { subcommand, options, focused } = commandParts(interaction.options.data);
    const command = { commandName: interaction.commandName, subcommand, options, ...base };
    return interaction.isAutocomplete()
      ? { kind: 'autocomplete', focused, ...command }
      : { kind: 'command', ...command };
  }
  if (interaction.isMessageContextMenuCommand()) {
    // Interaction payloads carry the target's content even without the Message Content intent.
    return {
      kind: 'messageCommand',
      commandName: interaction.commandName,
      text: interaction.targetMessage.content,
      ...base,
    };
  }
  const { message } = interaction;
  return {
    kind: 'component',
    customId: interaction.customId,
    values: interaction.isStringSelectMenu() ? interaction.values : [],
    message: {
      ephemeral: message.flags.has(MessageFlags.Ephemeral),
      // An interaction's answer names who used it; an answer to a message replies to whoever asked.
      ownerId: message.interactionMetadata?.user.id ?? message.mentions.repliedUser?.id,
    },
    ...base,
  };
}

/** `<@id>` or the legacy nickname form `<@!id>`: the only ways a message names the bot (roles and @here don't). */
const mentionOf = (botId: string): RegExp => new RegExp(`<@!?${botId}>`);

/**
 * The question a message asks the bot, or undefined when it isn't one: written by a person (not a bot, not the bot
 * itself, not a webhook, not the system), in a DM, or in a server naming the bot by a user mention.
 */
export function questionOf(message: Message, botId: string): { text: string; channel: 'guild' | 'dm' } | undefined {
  if (message.author.bot || message.author.id === botId || message.webhookId || message.system) return undefined;
  const inGuild = message.inGuild();
  if (inGuild && !mentionOf(botId).test(message.content)) return undefined;
  // The router reads the question out of the text (questionText), this mention and any other markup left out.
  return {
    text: message.content,
    channel: inGuild ? 'guild' : 'dm',
  };
}

/** The router's request for a message's question; `tooSoon` when its author is within the cooldown. */
export function messageRequest(
  message: Message,
  question: { text: string; channel: 'guild' | 'dm' },
  tooSoon: boolean,
): InteractionRequest {
  const author = message.author;
  return {
    kind: 'message',
    ...question,
    user: { id: author.id, displayName: message.member?.nickname ?? author.globalName ?? author.username },
    ...(tooSoon ? { tooSoon } : {}),
  };
}

/**
 * Answers a message as a reply to it, visible to everyone there (a message has no private answers), pinging no one:
 * not even the person replied to.
 */
export async function replyToMessage(message: Message, reply: Reply): Promise<void> {
  if (reply.type === 'choices') throw new Error('choices are only an answer to autocomplete');
  await message.reply({ ...messageOptions(reply.body), allowedMentions: { parse: [], repliedUser: false } });
}

function messageOptions(body: MessageBody) {
  return {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: body.allowed_mentions,
    files: (body.files ?? []).map(
      (file) => new AttachmentBuilder(Buffer.from(file.data), { name: file.name, description: file.description }),
    ),
  };
}

/** For an edit: the body's files replace the message's (`attachments: []` drops the old ones; none given keeps them). */
function editOptions(body: MessageBody) {
  return body.files ? { ...messageOptions(body), attachments: [] } : messageOptions(body);
}

/** Sends the router's reply the way Discord expects for that interaction: one response, never more. */
export async function sendReply(interaction: Answerable, reply: Reply): Promise<void> {
  if (interaction.isAutocomplete()) {
    await interaction.respond(reply.type === 'choices' ? reply.choices : []);
    return;
  }
  if (reply.type === 'choices') throw new Error('choices are only an answer to autocomplete');
  if (reply.type === 'update' && interaction.isMessageComponent()) {
    await interaction.update(editOptions(reply.body));
    await sendFollowUp(interaction, reply);
    return;
  }
  await interaction.reply({
    ...messageOptions(reply.body),
    flags: ephemeralFlag(reply.type === 'update' || reply.ephemeral),
  });
}

/**
 * Acknowledges an interaction whose answer is not ready, before Discord's 3 s limit: a private "thinking…" for a
 * command, a silent acknowledgement for a component. Autocomplete can't be deferred: it gets no choices now.
 */
export async function acknowledge(interaction: Answerable): Promise<void> {
  if (interaction.isAutocomplete()) await interaction.respond([]);
  else if (interaction.isMessageComponent()) await interaction.deferUpdate();
  else await interaction.deferReply({ flags: MessageFlags.Ephemeral });
}

/** Sends the router's reply once `acknowledge` was called: as an edit, or as a follow-up for a new message. */
export async function sendAcknowledgedReply(
  interaction: Exclude<Answerable, AutocompleteInteraction>,
  reply: Reply,
): Promise<void> {
  if (reply.type === 'choices') throw new Error('choices are only an answer to autocomplete');
  if (interaction.isMessageComponent()) {
    // After deferUpdate, @original is the clicked message: edit it for an update, follow up for a new message.
    if (reply.type === 'update') {
      await interaction.editReply(editOptions(reply.body));
      await sendFollowUp(interaction, reply);
    } else await interaction.followUp({ ...messageOptions(reply.body), flags: ephemeralFlag(reply.ephemeral) });
    return;
  }
  // The placeholder is private. Discord turns the first follow-up after a deferred reply into an edit of that
  // placeholder (keeping it private), so it is filled first; a public answer is then posted as a follow-up and the
  // private copy removed. Should posting fail, the person still has the answer privately.
  await interaction.editReply(editOptions(reply.body));
  if (reply.type === 'message' && !reply.ephemeral) {
    await interaction.followUp({ ...messageOptions(reply.body), flags: ephemeralFlag(false) });
    await interaction.deleteReply();
  }
}

/** The new message an update may come with (a shared card), once the clicked message is edited. */
async function sendFollowUp(
  interaction: MessageComponentInteraction,
  reply: Reply & { type: 'update' },
): Promise<void> {
  if (!reply.followUp) return;
  await interaction.followUp({
    ...messageOptions(reply.followUp.body),
    flags: ephemeralFlag(reply.followUp.ephemeral),
  });
}

function ephemeralFlag(ephemeral: boolean): MessageFlags.Ephemeral | undefined {
  return ephemeral ? MessageFlags.Ephemeral : undefined;
}
