import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { InteractionRequest } from '../app/router.ts';

type CommandRequest = Extract<InteractionRequest, { kind: 'command' }>;

/** An option as Discord's API and discord.js both hold it: a subcommand (or group) nests the options given. */
export interface OptionNode {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: readonly OptionNode[];
}

export interface CommandParts {
  subcommand: string | null;
  options: CommandRequest['options'];
  /** The option being typed into (autocomplete); an empty one when a forged payload marks none. */
  focused: { name: string; value: string };
}

const NESTING = new Set<number>([
  ApplicationCommandOptionType.Subcommand,
  ApplicationCommandOptionType.SubcommandGroup,
]);

/**
 * The subcommand and its leaf options by name, from a command's option tree. One reading for both transports, so a
 * slash command means the same over the gateway and over HTTP.
 */
export function commandParts(options: readonly OptionNode[]): CommandParts {
  let leaves = options;
  let subcommand: string | null = null;
  for (let first = leaves[0]; leaves.length === 1 && first && NESTING.has(first.type); first = leaves[0]) {
    if (first.type === ApplicationCommandOptionType.Subcommand) subcommand = first.name;
    leaves = first.options ?? [];
  }
  const focused = leaves.find((option) => option.focused);
  return {
    subcommand,
    options: Object.fromEntries(leaves.map((option) => [option.name, option.value ?? undefined])),
    focused: focused ? { name: focused.name, value: String(focused.value ?? '') } : { name: '', value: '' },
  };
}

/** The name people see for whoever clicked: server nickname, else global display name, else username. */
export function displayNameOf(user: { nick?: string | null; globalName?: string | null; username: string }): string {
  return user.nick ?? user.globalName ?? user.username;
}
