import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import * as z from 'zod';
import type { CommandOptionInput } from '../emulator/index.ts';
import { ApiError } from './http-io.ts';

/**
 * The part of a registered chat-input command the playground needs, read from what the bot registered with the
 * emulator (so the composer follows the commands, never a copy of them). Shared with the page as types only.
 */
const localized = z.record(z.string(), z.string()).nullish();
const choiceSchema = z.object({
  name: z.string(),
  name_localizations: localized,
  value: z.union([z.string(), z.number()]),
});
const leafOptionSchema = z.object({
  type: z.number().int(),
  name: z.string(),
  description: z.string(),
  name_localizations: localized,
  description_localizations: localized,
  required: z.boolean().optional(),
  autocomplete: z.boolean().optional(),
  choices: z.array(choiceSchema).optional(),
  min_length: z.number().optional(),
  max_length: z.number().optional(),
  min_value: z.number().optional(),
  max_value: z.number().optional(),
});
const subcommandSchema = leafOptionSchema.extend({
  type: z.literal(ApplicationCommandOptionType.Subcommand),
  options: z.array(leafOptionSchema).default([]),
});
const commandSchema = z.object({
  name: z.string(),
  description: z.string(),
  name_localizations: localized,
  description_localizations: localized,
  type: z.number().optional(),
  options: z.array(z.union([subcommandSchema, leafOptionSchema])).default([]),
});

export type OptionChoice = z.infer<typeof choiceSchema>;
export type LeafOption = z.infer<typeof leafOptionSchema>;
export type Subcommand = z.infer<typeof subcommandSchema>;
export type SlashCommand = z.infer<typeof commandSchema>;
export type OptionValue = string | number | boolean;

const CHAT_INPUT = 1;

/** The registered chat-input commands that have subcommands (the only shape the composer offers). */
export function readCommands(registered: unknown[]): SlashCommand[] {
  return registered
    .map((command) => commandSchema.safeParse(command))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
    .filter((command) => (command.type ?? CHAT_INPUT) === CHAT_INPUT);
}

export function subcommandsOf(command: SlashCommand): Subcommand[] {
  return command.options.filter(
    (option): option is Subcommand => option.type === ApplicationCommandOptionType.Subcommand,
  );
}

/** The root command and subcommand a request names, or a 400 naming what exists. */
export function findSubcommand(
  commands: SlashCommand[],
  name: string,
): { command: SlashCommand; subcommand: Subcommand } {
  for (const command of commands) {
    const subcommand = subcommandsOf(command).find((candidate) => candidate.name === name);
    if (subcommand) return { command, subcommand };
  }
  const known = commands.flatMap((command) => subcommandsOf(command).map((sub) => sub.name));
  throw new ApiError(400, `Unknown subcommand “${name}”. Known: ${known.join(', ')}.`);
}

/** Checks one value the way Discord's client does before sending: type, choices, lengths and bounds. */
function checkValue(option: LeafOption, value: OptionValue): void {
  const fail = (why: string) => new ApiError(400, `Option “${option.name}”: ${why}.`);
  switch (option.type) {
    case ApplicationCommandOptionType.String:
      if (typeof value !== 'string') throw fail('expected text');
      if (value.length < (option.min_length ?? 0)) throw fail(`at least ${option.min_length} characters`);
      if (value.length > (option.max_length ?? 6000)) throw fail(`at most ${option.max_length ?? 6000} characters`);
      break;
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number:
      if (typeof value !== 'number' || !Number.isFinite(value)) throw fail('expected a number');
      if (option.type === ApplicationCommandOptionType.Integer && !Number.isInteger(value)) {
        throw fail('expected a whole number');
      }
      if (option.min_value !== undefined && value < option.min_value) throw fail(`at least ${option.min_value}`);
      if (option.max_value !== undefined && value > option.max_value) throw fail(`at most ${option.max_value}`);
      break;
    case ApplicationCommandOptionType.Boolean:
      if (typeof value !== 'boolean') throw fail('expected true or false');
      break;
    default:
      throw fail('this option type is not supported by the playground');
  }
  if (option.choices && !option.choices.some((choice) => choice.value === value)) {
    throw fail(`pick one of ${option.choices.map((choice) => choice.value).join(', ')}`);
  }
}

function optionNamed(subcommand: Subcommand, name: string): LeafOption {
  const option = subcommand.options.find((candidate) => candidate.name === name);
  if (!option) {
    const known = subcommand.options.map((candidate) => candidate.name).join(', ') || 'none';
    throw new ApiError(400, `Subcommand “${subcommand.name}” has no option “${name}” (options: ${known}).`);
  }
  return option;
}

/** The options of a complete invocation: every value checked, every required option present. */
export function invocationOptions(subcommand: Subcommand, values: Record<string, OptionValue>): CommandOptionInput[] {
  const options = Object.entries(values).map(([name, value]) => {
    const option = optionNamed(subcommand, name);
    checkValue(option, value);
    return { name, type: option.type, value };
  });
  const missing = subcommand.options.find((option) => option.required && values[option.name] === undefined);
  if (missing) throw new ApiError(400, `Option “${missing.name}” is required.`);
  return options;
}

/**
 * The options of an autocomplete interaction: Discord sends whatever is typed so far, the focused value always as
 * text (even for numbers), and the other options only as far as they are valid.
 */
export function autocompleteOptions(
  subcommand: Subcommand,
  values: Record<string, OptionValue>,
  focused: string,
): CommandOptionInput[] {
  const target = optionNamed(subcommand, focused);
  if (!target.autocomplete) throw new ApiError(400, `Option “${focused}” has no autocomplete.`);
  const focusedValue = values[focused] ?? '';
  if (typeof focusedValue !== 'string') throw new ApiError(400, `Option “${focused}”: the typed value must be text.`);
  const others = Object.entries(values)
    .filter(([name]) => name !== focused)
    .map(([name, value]) => {
      const option = optionNamed(subcommand, name);
      checkValue(option, value);
      return { name, type: option.type, value };
    });
  return [...others, { name: focused, type: target.type, value: focusedValue, focused: true }];
}
