import { ApplicationCommandOptionType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { APIEmbed, APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type { FakeMessage } from '../emulator/index.ts';

/** Who ran the slash command a reply answers (Discord shows it above the reply). */
export interface Invocation {
  userName: string;
  command: string;
  subcommand: string | undefined;
}

/** A channel message as the page renders it: what a Discord client gets, minus what it never shows. */
export interface PageMessage {
  id: string;
  createdAt: string;
  editedAt: string | null;
  author: { name: string; bot: boolean };
  ephemeral: boolean;
  /** A deferred reply not edited yet: Discord shows "<bot> is thinking…". */
  loading: boolean;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  invocation: Invocation | undefined;
}

/** What the API answers to a command or a component: the callback type and the message it made or updated. */
export interface InteractionReply {
  callbackType: number;
  message: PageMessage | null;
}

/** What the API answers to an autocomplete: the bot's suggestions. */
export interface AutocompleteReply {
  choices: { name: string; value: string | number }[];
}

export function pageMessage(message: FakeMessage, invocation: Invocation | undefined): PageMessage {
  return {
    id: message.id,
    createdAt: message.createdAt.toISOString(),
    editedAt: message.editedAt?.toISOString() ?? null,
    author: { name: message.author.global_name ?? message.author.username, bot: message.author.bot === true },
    ephemeral: message.ephemeral,
    loading: (message.flags & MessageFlags.Loading) !== 0,
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    invocation,
  };
}

/** The invocation an INTERACTION_CREATE payload stands for, when it is a slash command. */
export function invocationOf(interaction: Record<string, unknown>): Invocation | undefined {
  const payload = interaction as {
    type?: number;
    data?: { name?: string; options?: { name: string; type: number }[] };
    member?: { user?: { global_name?: string | null; username?: string } };
    user?: { global_name?: string | null; username?: string };
  };
  if (payload.type !== InteractionType.ApplicationCommand || !payload.data?.name) return undefined;
  const user = payload.member?.user ?? payload.user;
  const first = payload.data.options?.[0];
  return {
    userName: user?.global_name ?? user?.username ?? '?',
    command: payload.data.name,
    subcommand: first?.type === ApplicationCommandOptionType.Subcommand ? first.name : undefined,
  };
}
