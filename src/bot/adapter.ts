import {
  MessageFlags,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageComponentInteraction,
} from 'discord.js';
import type { InteractionRequest } from '../app/router.ts';
import type { Reply, Requester } from '../app/subcommand.ts';
import type { MessageBody } from '../views/message.ts';

/** The name people see for whoever clicked: server nickname, else global display name, else username. */
function requesterOf(interaction: Interaction): Requester {
  const member = interaction.member;
  const nickname = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : undefined;
  return { id: interaction.user.id, displayName: nickname ?? interaction.user.globalName ?? interaction.user.username };
}

/** The leaf options of the invoked subcommand, by name. */
function optionsOf(
  options: readonly CommandInteractionOption[],
): Record<string, string | number | boolean | undefined> {
  const leaves = options.length === 1 && options[0]?.options ? options[0].options : options;
  return Object.fromEntries(leaves.map((option) => [option.name, option.value ?? undefined]));
}

/** The interactions the bot answers: slash commands, their autocomplete, buttons and menus (not modals…). */
export type Answerable = Extract<
  Interaction,
  ChatInputCommandInteraction | AutocompleteInteraction | MessageComponentInteraction
>;

/** The request our router understands. */
export function toRequest(interaction: Answerable): InteractionRequest {
  const base = { locale: interaction.locale, user: requesterOf(interaction) };
  if (interaction.isChatInputCommand()) {
    return {
      kind: 'command',
      commandName: interaction.commandName,
      subcommand: interaction.options.getSubcommand(false),
      options: optionsOf(interaction.options.data),
      ...base,
    };
  }
  if (interaction.isAutocomplete()) {
    // getFocused() throws on a payload without a focused option (forged): treat it as an empty field instead.
    const focused = interaction.options.data
      .flatMap((option) => [option, ...(option.options ?? [])])
      .find((option) => option.focused) ?? { name: '', value: '' };
    return {
      kind: 'autocomplete',
      commandName: interaction.commandName,
      subcommand: interaction.options.getSubcommand(false),
      options: optionsOf(interaction.options.data),
      focused: { name: focused.name, value: String(focused.value ?? '') },
      ...base,
    };
  }
  return {
    kind: 'component',
    customId: interaction.customId,
    values: interaction.isStringSelectMenu() ? interaction.values : [],
    ...base,
  };
}

function messageOptions(body: MessageBody) {
  return {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: body.allowed_mentions,
  };
}

/** Sends the router's reply the way Discord expects for that interaction: one response, never more. */
export async function sendReply(interaction: Answerable, reply: Reply): Promise<void> {
  if (interaction.isAutocomplete()) {
    await interaction.respond(reply.type === 'choices' ? reply.choices : []);
    return;
  }
  if (reply.type === 'choices') throw new Error('choices are only an answer to autocomplete');
  if (reply.type === 'update' && interaction.isMessageComponent()) {
    await interaction.update(messageOptions(reply.body));
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
    if (reply.type === 'update') await interaction.editReply(messageOptions(reply.body));
    else await interaction.followUp({ ...messageOptions(reply.body), flags: ephemeralFlag(reply.ephemeral) });
    return;
  }
  // The placeholder is private. Discord turns the first follow-up after a deferred reply into an edit of that
  // placeholder (keeping it private), so it is filled first; a public answer is then posted as a follow-up and the
  // private copy removed. Should posting fail, the person still has the answer privately.
  await interaction.editReply(messageOptions(reply.body));
  if (reply.type === 'message' && !reply.ephemeral) {
    await interaction.followUp({ ...messageOptions(reply.body), flags: ephemeralFlag(false) });
    await interaction.deleteReply();
  }
}

function ephemeralFlag(ephemeral: boolean): MessageFlags.Ephemeral | undefined {
  return ephemeral ? MessageFlags.Ephemeral : undefined;
}
