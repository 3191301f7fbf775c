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

/** The request our router understands, or undefined for interaction kinds the bot doesn't handle (modals…). */
export function toRequest(interaction: Interaction): InteractionRequest | undefined {
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
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      commandName: interaction.commandName,
      subcommand: interaction.options.getSubcommand(false),
      options: optionsOf(interaction.options.data),
      focused: { name: focused.name, value: String(focused.value) },
      ...base,
    };
  }
  if (interaction.isMessageComponent()) {
    return {
      kind: 'component',
      customId: interaction.customId,
      values: interaction.isStringSelectMenu() ? interaction.values : [],
      ...base,
    };
  }
  return undefined;
}

function messageOptions(body: MessageBody) {
  return {
    content: body.content,
    embeds: body.embeds,
    components: body.components,
    allowedMentions: body.allowed_mentions,
  };
}

type Answerable = ChatInputCommandInteraction | AutocompleteInteraction | MessageComponentInteraction;

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
  const ephemeral = reply.type === 'update' || reply.ephemeral;
  await interaction.reply({ ...messageOptions(reply.body), flags: ephemeral ? MessageFlags.Ephemeral : undefined });
}
