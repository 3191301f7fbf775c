import * as z from 'zod';
import { PAGE_LOCALES } from './locales.ts';

const locale = z.enum(PAGE_LOCALES);
/** Discord's limit for a display name. */
const userName = z.string().trim().min(1, 'must not be empty').max(32);
const optionName = z.string().min(1).max(32);
const optionValue = z.union([z.string().max(6000), z.number(), z.boolean()]);
const options = z.record(optionName, optionValue).default({});

/** Who acts and in which language: every call carries it, as every Discord interaction does. */
const actor = { locale, userName };
/** Where a command is used: the guild channel (default) or the person's DM with the bot. */
const channel = z.enum(['guild', 'dm']).optional();

export const invocationBody = z.strictObject({ subcommand: optionName, options, channel, ...actor });
export type InvocationBody = z.infer<typeof invocationBody>;

export const autocompleteBody = z.strictObject({
  subcommand: optionName,
  options,
  focused: optionName,
  channel,
  ...actor,
});
export type AutocompleteBody = z.infer<typeof autocompleteBody>;

export const componentBody = z.strictObject({
  messageId: z.string().regex(/^\d{17,20}$/, 'must be a message id'),
  customId: z.string().min(1).max(100),
  /** 2 a button, 3 a string select menu: the component kinds the bot sends. */
  componentType: z.union([z.literal(2), z.literal(3)]),
  values: z.array(z.string().max(100)).max(25).optional(),
  ...actor,
});
export type ComponentBody = z.infer<typeof componentBody>;
