import { REST, Routes } from 'discord.js';
import { applicationCommands } from '../app/definition.ts';
import type { AnySubcommand } from '../app/subcommand.ts';

export interface Registration {
  scope: 'guild' | 'global';
  commands: { id: string; name: string }[];
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
  const commands = (await rest.put(route, { body: applicationCommands(options.subcommands) })) as {
    id: string;
    name: string;
  }[];
  return { scope: options.guildId ? 'guild' : 'global', commands };
}
