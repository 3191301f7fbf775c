import { REST, Routes } from 'discord.js';
import { applicationCommands } from '../app/definition.ts';
import type { AnySubcommand } from '../app/subcommand.ts';

export interface Registration {
  scope: 'guild' | 'global';
  /** As Discord registered them: `type` 1 is the slash command, 3 the message menu command. */
  commands: { id: string; name: string; type: number }[];
}

/** Registers the command set by bulk overwrite (PUT): to one guild when given (instant), else globally. */
export async function registerCommands(options: {
  token: string;
  clientId: string;
  guildId?: string;
  apiUrl?: string;
  subcommands: readonly AnySubcommand[];
}): Promise<Registration> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  const commands = (await rest.put(route, {
    body: applicationCommands(options.subcommands),
  })) as Registration['commands'];
  return { scope: options.guildId ? 'guild' : 'global', commands };
}
