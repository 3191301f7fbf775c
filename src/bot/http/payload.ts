import { ApplicationCommandType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import * as z from 'zod';
import type { InteractionRequest } from '../../app/router.ts';
import { commandParts, displayNameOf, type OptionNode } from '../requestParts.ts';

/** Discord's own bounds, with room: a signed payload is Discord's, but a bug must not become an unbounded read. */
const optionFields = {
  name: z.string().max(100),
  type: z.number().int(),
  value: z.union([z.string().max(6000), z.number(), z.boolean()]).optional(),
  focused: z.boolean().optional(),
};
/**
 * Options as deep as Discord nests them (a group, its subcommand, their options) and no deeper: a recursive schema
 * followed a forged payload's thousand levels until the stack overflowed; deeper levels are dropped unread.
 */
const optionNode = (depth: number): z.ZodType<OptionNode> =>
  depth === 0
    ? z.object(optionFields)
    : z.object({
        ...optionFields,
        options: z
          .array(optionNode(depth - 1))
          .max(25)
          .optional(),
      });
const OPTION_LEVELS = 3;
const user = z.object({ id: z.string().max(32), username: z.string().max(64), global_name: z.string().nullish() });
const envelope = z.object({
  id: z.string().max(32),
  application_id: z.string().max(32),
  token: z.string().min(1).max(1000),
  type: z.number().int(),
  locale: z.string().max(16).optional(),
  member: z.object({ nick: z.string().nullish(), user }).optional(),
  user: user.optional(),
  data: z.unknown().optional(),
  message: z.unknown().optional(),
});
const commandData = z.object({
  name: z.string().max(100),
  options: z
    .array(optionNode(OPTION_LEVELS - 1))
    .max(25)
    .default([]),
});
/** A message context-menu command: the message it was used on is in `resolved`. */
const messageCommandData = z.object({
  name: z.string().max(100),
  type: z.literal(ApplicationCommandType.Message),
  target_id: z.string().max(32),
  resolved: z.object({ messages: z.record(z.string(), z.object({ content: z.string().max(4000).default('') })) }),
});
const componentData = z.object({
  custom_id: z.string().max(100),
  values: z.array(z.string().max(100)).max(25).default([]),
});
const componentMessage = z.object({
  flags: z.number().int().default(0),
  interaction_metadata: z.object({ user: z.object({ id: z.string() }) }).nullish(),
  referenced_message: z.object({ author: z.object({ id: z.string() }) }).nullish(),
});

/** Where the later answer of a deferred interaction goes: its webhook, which needs no bot token. */
export interface InteractionWebhook {
  applicationId: string;
  token: string;
}

export type ParsedInteraction =
  | { type: 'ping' }
  | { type: 'request'; request: InteractionRequest; webhook: InteractionWebhook }
  | { type: 'malformed'; reason: string };

/**
 * An interaction as Discord POSTs it, turned into the router's request, as the gateway adapter reads discord.js's.
 * Interaction kinds the bot has no answer for (modals, user menus…) become a command the router does not know, so the
 * person gets its "unknown command" reply.
 */
export function parseInteraction(json: unknown): ParsedInteraction {
  const parsed = envelope.safeParse(json);
  if (!parsed.success) return { type: 'malformed', reason: parsed.error.issues[0]?.message ?? 'invalid interaction' };
  const interaction = parsed.data;
  if (interaction.type === InteractionType.Ping) return { type: 'ping' };
  const who = interaction.member?.user ?? interaction.user;
  if (!who) return { type: 'malformed', reason: 'no user' };
  const base = {
    locale: interaction.locale,
    user: {
      id: who.id,
      displayName: displayNameOf({
        nick: interaction.member?.nick,
        globalName: who.global_name,
        username: who.username,
      }),
    },
  };
  const webhook = { applicationId: interaction.application_id, token: interaction.token };
  const request = (built: InteractionRequest): ParsedInteraction => ({ type: 'request', request: built, webhook });

  if (interaction.type === InteractionType.MessageComponent) {
    const data = componentData.safeParse(interaction.data);
    if (!data.success) return { type: 'malformed', reason: 'invalid component data' };
    const message = componentMessage.safeParse(interaction.message);
    return request({
      kind: 'component',
      customId: data.data.custom_id,
      values: data.data.values,
      ...(message.success
        ? {
            message: {
              ephemeral: (message.data.flags & MessageFlags.Ephemeral) !== 0,
              // An interaction's answer names who used it; an answer to a message replies to whoever asked.
              ownerId: message.data.interaction_metadata?.user.id ?? message.data.referenced_message?.author.id,
            },
          }
        : {}),
      ...base,
    });
  }
  const menu = messageCommandData.safeParse(interaction.data);
  if (interaction.type === InteractionType.ApplicationCommand && menu.success) {
    // Interaction payloads carry the target's content even without the Message Content intent.
    const text = menu.data.resolved.messages[menu.data.target_id]?.content ?? '';
    return request({ kind: 'messageCommand', commandName: menu.data.name, text, ...base });
  }
  const isCommand = interaction.type === InteractionType.ApplicationCommand;
  const isAutocomplete = interaction.type === InteractionType.ApplicationCommandAutocomplete;
  const data = commandData.safeParse(interaction.data);
  if (!(isCommand || isAutocomplete) || !data.success) {
    return request({ kind: 'command', commandName: '', subcommand: null, options: {}, ...base });
  }
  const { subcommand, options, focused } = commandParts(data.data.options);
  const command = { commandName: data.data.name, subcommand, options, ...base };
  return request(isAutocomplete ? { kind: 'autocomplete', focused, ...command } : { kind: 'command', ...command });
}
