import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';
import { localeFor, optionText, type Catalogue, type CommandText } from '../i18n/index.ts';
import type { OptionSpec, Subcommand, SubcommandName } from './subcommand.ts';

type Text = CommandText;
type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

function requiredOptionText(t: Catalogue, subcommand: SubcommandName, option: string): Text {
  const text = optionText(t, subcommand, option);
  if (!text) throw new Error(`catalogue has no text for option "${option}" of "${subcommand}"`);
  return text;
}

/** English is the default; French comes as Discord localisations of every name and description. */
function localised({ name, description }: Text, french: Text) {
  return {
    name,
    description,
    name_localizations: { fr: french.name },
    description_localizations: { fr: french.description },
  };
}

function optionDefinition(subcommand: SubcommandName, option: OptionSpec): APIApplicationCommandBasicOption {
  const texts = localised(
    requiredOptionText(en, subcommand, option.name),
    requiredOptionText(fr, subcommand, option.name),
  );
  if (option.type === 'boolean') {
    return { type: ApplicationCommandOptionType.Boolean, ...texts, required: option.required ?? false };
  }
  return {
    type: ApplicationCommandOptionType.String,
    ...texts,
    required: option.required ?? false,
    ...(option.maxLength !== undefined ? { max_length: option.maxLength } : {}),
    ...(option.choices
      ? {
          choices: option.choices.map((choice) => ({
            name: choice.name(localeFor('en')),
            name_localizations: { fr: choice.name(localeFor('fr')) },
            value: choice.value,
          })),
        }
      : { autocomplete: option.autocomplete ?? false }),
  };
}

function subcommandDefinition(subcommand: Subcommand): APIApplicationCommandSubcommandOption {
  return {
    type: ApplicationCommandOptionType.Subcommand,
    ...localised(en.subcommands[subcommand.name], fr.subcommands[subcommand.name]),
    options: subcommand.options.map((option) => optionDefinition(subcommand.name, option)),
  };
}

/** Installable on servers and user accounts, usable everywhere: the same for every command of the bot. */
const AVAILABILITY = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

/** The one chat-input command the bot registers. */
export function applicationCommand(subcommands: readonly Subcommand[]): CommandDefinition {
  return {
    type: ApplicationCommandType.ChatInput,
    ...localised(en.command, fr.command),
    ...AVAILABILITY,
    options: subcommands.map(subcommandDefinition),
  };
}

/** The message context-menu command (right-click a message → Apps): no description, a localised name. */
export function messageMenuCommand(): RESTPostAPIContextMenuApplicationCommandsJSONBody {
  return {
    type: ApplicationCommandType.Message,
    name: en.messages.menuName,
    name_localizations: { fr: fr.messages.menuName },
    ...AVAILABILITY,
  };
}

/** Everything the bot registers, in one bulk overwrite. */
export function applicationCommands(subcommands: readonly Subcommand[]): RESTPostAPIApplicationCommandsJSONBody[] {
  return [applicationCommand(subcommands), messageMenuCommand()];
}
