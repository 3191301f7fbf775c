import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  InteractionType,
} from 'discord-api-types/v10';
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIBaseInteraction,
  APIChatInputApplicationCommandInteraction,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageApplicationCommandInteractionData,
  APIMessageComponentInteraction,
  APIMessageComponentInteractionData,
  APIUser,
  Locale,
} from 'discord-api-types/v10';
import type { CommandStore } from './commands.ts';
import {
  APP_PERMISSIONS,
  ATTACHMENT_SIZE_LIMIT,
  DEFAULT_LOCALE,
  DEFAULT_USER,
  interactionMember,
  inGuild,
  textChannel,
  toApiUser,
} from './fixtures.ts';
import type { World } from './fixtures.ts';
import type { SnowflakeFactory } from './snowflake.ts';
import type { ChatInputInput, CommandOptionInput, ComponentInput, FakeUser, MessageCommandInput } from './types.ts';

/** The fields every interaction carries, i.e. everything but `type` and `data`. */
type InteractionEnvelope = Omit<APIBaseInteraction<InteractionType, never>, 'type' | 'data'> &
  Required<Pick<APIBaseInteraction<InteractionType, never>, 'channel' | 'channel_id'>>;

interface EnvelopeInput {
  locale?: string;
  user?: Partial<FakeUser>;
  inGuild?: boolean;
  guildId?: string;
}

/** Builds INTERACTION_CREATE payloads as Discord sends them for the emulated guild or a bot DM. */
export class InteractionFactory {
  readonly #world: World;
  readonly #ids: SnowflakeFactory;
  readonly #commands: CommandStore;
  readonly #dmChannelFor: (user: APIUser) => string;

  /** `dmChannelFor`: each person's DM channel with the bot, where their bot-DM interactions happen. */
  constructor(world: World, ids: SnowflakeFactory, commands: CommandStore, dmChannelFor: (user: APIUser) => string) {
    this.#world = world;
    this.#ids = ids;
    this.#commands = commands;
    this.#dmChannelFor = dmChannelFor;
  }

  chatInput(input: ChatInputInput): APIChatInputApplicationCommandInteraction {
    const envelope = this.#envelope(input);
    return {
      ...envelope,
      type: InteractionType.ApplicationCommand,
      data: { ...this.#commandData(input, envelope.guild_id), options: commandOptions(input) },
    };
  }

  autocomplete(input: ChatInputInput): APIApplicationCommandAutocompleteInteraction {
    if (!allOptions(input).some((option) => option.focused)) {
      throw new TypeError('autocomplete needs one option with focused: true');
    }
    const envelope = this.#envelope(input);
    return {
      ...envelope,
      type: InteractionType.ApplicationCommandAutocomplete,
      data: { ...this.#commandData(input, envelope.guild_id), options: commandOptions(input) },
    };
  }

  /** `message` must be the full API message the component belongs to (flags included). */
  component(input: ComponentInput, message: APIMessage): APIMessageComponentInteraction {
    const data = {
      custom_id: input.customId,
      component_type: input.componentType,
      ...(input.values ? { values: input.values } : {}),
    } as APIMessageComponentInteractionData;
    return { ...this.#envelope(input), type: InteractionType.MessageComponent, data, message };
  }

  /** The message context-menu command on `target`, which Discord resolves in full (content included, intents aside). */
  messageCommand(
    input: MessageCommandInput & EnvelopeInput,
    target: APIMessage,
  ): APIMessageApplicationCommandInteraction {
    const envelope = this.#envelope(input);
    const registered = this.#commands.findByName(input.name, envelope.guild_id, ApplicationCommandType.Message);
    const data: APIMessageApplicationCommandInteractionData = {
      id: registered?.id ?? this.#ids.next(),
      name: input.name,
      type: ApplicationCommandType.Message,
      target_id: target.id,
      resolved: { messages: { [target.id]: target } },
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    };
    return { ...envelope, type: InteractionType.ApplicationCommand, data };
  }

  #commandData(input: ChatInputInput, guildId: string | undefined) {
    const registered = this.#commands.findByName(input.name, guildId, ApplicationCommandType.ChatInput);
    return {
      id: registered?.id ?? this.#ids.next(),
      name: input.name,
      type: ApplicationCommandType.ChatInput as const,
      ...(registered?.guild_id ? { guild_id: registered.guild_id } : {}),
    };
  }

  #envelope(input: EnvelopeInput): InteractionEnvelope {
    const world = inGuild(this.#world, input.guildId ?? this.#world.guildId);
    const user: APIUser = toApiUser({ ...DEFAULT_USER, ...input.user });
    const locale = (input.locale ?? DEFAULT_LOCALE) as Locale;
    const common = {
      id: this.#ids.next(),
      application_id: world.applicationId,
      // Real tokens are long opaque strings; url-safe so they survive as a path segment unencoded.
      token: `aW50ZXJhY3Rpb24.${randomBytes(48).toString('base64url')}`,
      version: 1 as const,
      app_permissions: APP_PERMISSIONS,
      locale,
      entitlements: [],
      attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    };
    if (input.inGuild === false) {
      const channelId = this.#dmChannelFor(user);
      return {
        ...common,
        user,
        channel: { id: channelId, type: ChannelType.DM, recipients: [user] },
        channel_id: channelId,
        authorizing_integration_owners: { [ApplicationIntegrationType.UserInstall]: user.id },
        context: InteractionContextType.BotDM,
      };
    }
    return {
      ...common,
      guild_id: world.guildId,
      guild: { id: world.guildId, locale: DEFAULT_LOCALE, features: [] },
      guild_locale: DEFAULT_LOCALE,
      member: interactionMember(user, world.createdAt),
      channel: textChannel(world),
      channel_id: world.channelId,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: world.guildId },
      context: InteractionContextType.Guild,
    };
  }
}

function allOptions(input: ChatInputInput): CommandOptionInput[] {
  return input.options ?? [];
}

/** Leaf options nested under the subcommand (and group), the way Discord shapes them. */
function commandOptions<T extends InteractionType>(
  input: ChatInputInput,
): APIApplicationCommandInteractionDataOption<T>[] {
  const leaves = allOptions(input).map(
    (option) =>
      ({
        name: option.name,
        type: option.type,
        value: option.value,
        ...(option.focused ? { focused: true } : {}),
      }) as APIApplicationCommandInteractionDataBasicOption<T>,
  );
  if (input.subcommand === undefined) return leaves;
  const subcommand = {
    name: input.subcommand,
    type: ApplicationCommandOptionType.Subcommand as const,
    options: leaves,
  };
  if (input.subcommandGroup === undefined) return [subcommand];
  return [{ name: input.subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [subcommand] }];
}
