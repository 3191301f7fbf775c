import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord-api-types/v10';
import type { APIApplicationCommand } from 'discord-api-types/v10';
import { DiscordHttpError, invalidFormBody, isRecord } from './http.ts';
import type { SnowflakeFactory } from './snowflake.ts';

/** Discord's rule for chat-input command and option names (also for their localizations). */
const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;
const SUBCOMMAND_TYPES: readonly number[] = [
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
];

type Errors = Record<string, unknown>;

function error(code: string, message: string): unknown {
  return { _errors: [{ code, message }] };
}

const invalidName = (): unknown => error('APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
const badLength = (min: number, max: number): unknown =>
  error('BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);

function isValidChatInputName(name: unknown): boolean {
  return typeof name === 'string' && CHAT_INPUT_NAME.test(name) && name === name.toLowerCase();
}

function isValidDescription(description: unknown): boolean {
  return typeof description === 'string' && description.length >= 1 && description.length <= 100;
}

function localizationErrors(
  map: unknown,
  valid: (value: unknown) => boolean,
  makeError: () => unknown,
): Errors | undefined {
  if (!isRecord(map)) return undefined;
  const errors: Errors = {};
  for (const [locale, value] of Object.entries(map)) if (!valid(value)) errors[locale] = makeError();
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/** Name, description and localizations checks shared by chat-input commands and their options. */
function describedErrors(item: Record<string, unknown>): Errors {
  const errors: Errors = {};
  if (!isValidChatInputName(item.name)) errors.name = invalidName();
  if (!isValidDescription(item.description)) errors.description = badLength(1, 100);
  const names = localizationErrors(item.name_localizations, isValidChatInputName, invalidName);
  if (names) errors.name_localizations = names;
  const descriptions = localizationErrors(item.description_localizations, isValidDescription, () => badLength(1, 100));
  if (descriptions) errors.description_localizations = descriptions;
  return errors;
}

function optionsErrors(options: unknown): Errors | undefined {
  if (options === undefined || options === null) return undefined;
  if (!Array.isArray(options)) return error('BASE_TYPE_ARRAY', 'Must be an array.') as Errors;
  const errors: Errors = {};
  if (options.length > MAX_OPTIONS) errors._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Too many options' }];
  let sawOptional = false;
  options.forEach((option: unknown, index) => {
    if (!isRecord(option)) {
      errors[index] = error('MODEL_TYPE_REQUIRED', 'Must be an object.');
      return;
    }
    const optionErrors = describedErrors(option);
    if (typeof option.type !== 'number') optionErrors.type = error('BASE_TYPE_REQUIRED', 'This field is required');
    const nested = optionsErrors(option.options);
    if (nested) optionErrors.options = nested;
    if (Array.isArray(option.choices) && option.choices.length > MAX_CHOICES) {
      optionErrors.choices = error('BASE_TYPE_MAX_LENGTH', `Must be ${MAX_CHOICES} or fewer in length.`);
    }
    const isSubcommand = typeof option.type === 'number' && SUBCOMMAND_TYPES.includes(option.type);
    if (!isSubcommand) {
      if (option.required === true && sawOptional) {
        optionErrors.required = error(
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (option.required !== true) sawOptional = true;
    }
    if (Object.keys(optionErrors).length > 0) errors[index] = optionErrors;
  });
  return Object.keys(errors).length > 0 ? errors : undefined;
}

function commandErrors(command: Record<string, unknown>): Errors {
  const type = command.type ?? ApplicationCommandType.ChatInput;
  if (type !== ApplicationCommandType.ChatInput) {
    return typeof command.name === 'string' && command.name.length >= 1 && command.name.length <= 32
      ? {}
      : { name: badLength(1, 32) };
  }
  const errors = describedErrors(command);
  const options = optionsErrors(command.options);
  if (options) errors.options = options;
  return errors;
}

/** Validates a bulk-overwrite body the way Discord does for the mistakes that matter in practice. */
function validateCommands(body: unknown): Record<string, unknown>[] {
  if (!Array.isArray(body)) throw invalidFormBody(error('BASE_TYPE_ARRAY', 'Must be an array.'));
  const errors: Errors = {};
  const seen = new Set<string>();
  body.forEach((command: unknown, index) => {
    if (!isRecord(command)) {
      errors[index] = error('MODEL_TYPE_REQUIRED', 'Must be an object.');
      return;
    }
    const commandError = commandErrors(command);
    const key = `${String(command.type ?? ApplicationCommandType.ChatInput)}:${String(command.name)}`;
    if (seen.has(key)) {
      commandError.name = error('APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    }
    seen.add(key);
    if (Object.keys(commandError).length > 0) errors[index] = commandError;
  });
  if (body.length > MAX_COMMANDS) errors._errors = [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Too many commands' }];
  if (Object.keys(errors).length > 0) throw invalidFormBody(errors);
  return body as Record<string, unknown>[];
}

/** Commands per scope: 'global' or a guild id. Ids survive overwrites by (type, name), as on Discord. */
export class CommandStore {
  readonly #scopes = new Map<string, APIApplicationCommand[]>();
  readonly #applicationId: string;
  readonly #ids: SnowflakeFactory;

  constructor(applicationId: string, ids: SnowflakeFactory) {
    this.#applicationId = applicationId;
    this.#ids = ids;
  }

  list(guildId?: string): APIApplicationCommand[] {
    return structuredClone(this.#scopes.get(guildId ?? 'global') ?? []);
  }

  overwrite(guildId: string | undefined, body: unknown): APIApplicationCommand[] {
    const commands = validateCommands(body);
    const previous = this.#scopes.get(guildId ?? 'global') ?? [];
    const stored = commands.map((command) => this.#store(command, guildId, previous));
    this.#scopes.set(guildId ?? 'global', stored);
    return structuredClone(stored);
  }

  /** POST upserts by name, as Discord does. */
  upsert(guildId: string | undefined, body: unknown): APIApplicationCommand {
    const [command] = validateCommands([body]);
    if (!command) throw invalidFormBody({});
    const previous = this.#scopes.get(guildId ?? 'global') ?? [];
    const stored = this.#store(command, guildId, previous);
    const rest = previous.filter((c) => c.id !== stored.id);
    this.#scopes.set(guildId ?? 'global', [...rest, stored]);
    return structuredClone(stored);
  }

  get(guildId: string | undefined, commandId: string): APIApplicationCommand {
    const found = (this.#scopes.get(guildId ?? 'global') ?? []).find((c) => c.id === commandId);
    if (!found) throw new DiscordHttpError(404, 10063, 'Unknown application command');
    return structuredClone(found);
  }

  delete(guildId: string | undefined, commandId: string): void {
    const commands = this.#scopes.get(guildId ?? 'global') ?? [];
    if (!commands.some((c) => c.id === commandId)) {
      throw new DiscordHttpError(404, 10063, 'Unknown application command');
    }
    this.#scopes.set(
      guildId ?? 'global',
      commands.filter((c) => c.id !== commandId),
    );
  }

  /** For interaction payloads: a guild command shadows a global one of the same name and type. */
  findByName(
    name: string,
    guildId: string | undefined,
    type: ApplicationCommandType,
  ): APIApplicationCommand | undefined {
    const matches = (c: APIApplicationCommand): boolean => c.name === name && c.type === type;
    const inGuild = guildId === undefined ? undefined : this.#scopes.get(guildId)?.find(matches);
    return inGuild ?? this.#scopes.get('global')?.find(matches);
  }

  #store(
    command: Record<string, unknown>,
    guildId: string | undefined,
    previous: APIApplicationCommand[],
  ): APIApplicationCommand {
    const type = (command.type as ApplicationCommandType | undefined) ?? ApplicationCommandType.ChatInput;
    const existing = previous.find((c) => c.name === command.name && c.type === type);
    const stored = {
      default_member_permissions: null,
      nsfw: false,
      description: '',
      ...command,
      id: existing?.id ?? this.#ids.next(),
      application_id: this.#applicationId,
      type,
      version: this.#ids.next(),
    } as APIApplicationCommand;
    if (guildId !== undefined) stored.guild_id = guildId;
    return stored;
  }
}
