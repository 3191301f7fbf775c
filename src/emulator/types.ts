import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteractionResponseCallbackData,
  APIMessageTopLevelComponent,
  APIModalInteractionResponseCallbackComponent,
  APIUser,
  RESTAPIPoll,
} from 'discord-api-types/v10';

export interface FakeDiscordOptions {
  /** Interface to listen on; default '127.0.0.1'. */
  host?: string;
  /** Port; default 0 (random). One HTTP server serves REST and upgrades /gateway. */
  port?: number;
  /** Also the bot user's id, as for every modern Discord application. */
  applicationId?: string;
  /** The bot user's name as the channel shows it; default 'emulated-bot'. */
  botName?: string;
  /** When set, REST calls need `Authorization: Bot <token>` and IDENTIFY/RESUME must carry it. */
  token?: string;
  heartbeatIntervalMs?: number;
  guildId?: string;
  /**
   * Gateway shards GET /gateway/bot recommends (default 1); IDENTIFYing with fewer is refused (4011). The world then
   * has one guild per shard (`FakeDiscord.guildIds`), each routed to its shard as Discord routes them.
   */
  shards?: number;
  /** session_start_limit.max_concurrency (default 1): shards that may IDENTIFY at once. */
  maxConcurrency?: number;
  /**
   * Refuse (op 9) an IDENTIFY sooner than this after the previous one of its bucket (shard id % max_concurrency), as
   * Discord does with 5000; default 0 (not checked), since tests skip discord.js's identify throttling.
   */
  identifyIntervalMs?: number;
  channelId?: string;
  /**
   * Privileged intents the application has been granted in the developer portal (e.g. MessageContent, 1 << 15).
   * Default none: an IDENTIFY asking for one is closed with 4014 Disallowed intents, as on Discord.
   */
  privilegedIntents?: number;
  /**
   * Discord refuses callbacks later than 3 s after the interaction (10062). Off by default so slow CI
   * machines do not flake; set it (e.g. 3000) to test that the bot answers in time.
   */
  callbackDeadlineMs?: number;
  /** Deliver interactions by signed POST to this URL instead of the gateway (see setInteractionsEndpoint). */
  interactionsUrl?: string;
  /** Messages kept per channel; past it the oldest is deleted (messageDelete). Default: all of them. */
  historyLimit?: number;
  /**
   * The network between the bot and Discord (default 0, loopback): each REST request, gateway connection and frame
   * from the bot is acted on this many ms after it arrives, as a server 50–150 ms from Discord sees it.
   */
  roundTripMs?: number;
}

export interface FakeUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  contentType: string | undefined;
  size: number;
  /** Raw bytes, so a playground can show what the bot uploaded. */
  data: Uint8Array;
}

/** A message as a user sees it in the channel. Snapshots: mutating one does not change the emulator. */
export interface FakeMessage {
  id: string;
  channelId: string;
  /** The interaction that produced it (reply, deferred reply, follow-up or component update). */
  interactionId: string | undefined;
  ephemeral: boolean;
  /** Raw message flags; 128 (Loading) while a deferred reply has not been edited yet. */
  flags: number;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  allowed_mentions: APIAllowedMentions | undefined;
  attachments: FakeAttachment[];
  poll: RESTAPIPoll | undefined;
  author: APIUser;
  createdAt: Date;
  editedAt: Date | null;
  /** The message this one replies to (`message_reference`), if any. */
  referencedMessageId: string | undefined;
  /** Who the text mentions, as Discord parses it: user ids (`<@id>`, `<@!id>`), @everyone/@here, role ids. */
  mentions: { users: string[]; everyone: boolean; roles: string[] };
}

/** Whatever `data` an interaction callback may carry (message, autocomplete choices or modal). */
export interface CallbackData
  extends Omit<APIInteractionResponseCallbackData, 'components'>, Partial<APIModalLikeData> {
  choices?: APIApplicationCommandOptionChoice[];
  components?: (APIMessageTopLevelComponent | APIModalInteractionResponseCallbackComponent)[];
}

interface APIModalLikeData {
  custom_id: string;
  title: string;
}

export interface InteractionCallback {
  type: number;
  data?: CallbackData;
}

export interface InteractionOutcome {
  /** The INTERACTION_CREATE payload that was dispatched. */
  interaction: Record<string, unknown>;
  callback: InteractionCallback;
  /** From the dispatch call to the callback reaching the emulator (includes any reconnect delay). */
  latencyMs: number;
  /** The message created (type 4, the placeholder of type 5) or updated (type 7) by the callback. */
  message?: FakeMessage;
}

export interface CommandOptionInput {
  name: string;
  type: number;
  value: string | number | boolean;
  focused?: boolean;
}

export interface ChatInputInput {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  options?: CommandOptionInput[];
  locale?: string;
  user?: Partial<FakeUser>;
  /** Default true; false sends it as a bot DM. */
  inGuild?: boolean;
  /** Which of the world's guilds (`FakeDiscord.guildIds`); default the first. */
  guildId?: string;
  timeoutMs?: number;
}

export interface ComponentInput {
  messageId: string;
  customId: string;
  componentType: number;
  values?: string[];
  locale?: string;
  user?: Partial<FakeUser>;
  inGuild?: boolean;
  timeoutMs?: number;
}

/** A person (or another bot, or a webhook) posting in the guild channel or in their DM with the bot. */
export interface UserMessageInput {
  content: string;
  /** Default 'guild' (the text channel); 'dm' is the author's DM channel with the bot. */
  channel?: 'guild' | 'dm';
  user?: Partial<FakeUser> & { bot?: boolean };
  /** Posted by a webhook (`webhook_id` set) rather than by a user. */
  webhook?: boolean;
  /** A system message (e.g. 7, a member join) instead of a default one (0). */
  type?: number;
  /** The message it replies to. */
  replyTo?: string;
}

/** A right-click on a message → Apps → the bot's message command. */
export interface MessageCommandInput {
  name: string;
  targetMessageId: string;
  locale?: string;
  user?: Partial<FakeUser>;
  timeoutMs?: number;
}

export interface EmulatorStats {
  identifies: number;
  resumes: number;
  callbacks: number;
  restRequests: number;
  heartbeats: number;
  dispatches: number;
  /** Typing indicators the bot started (`POST /channels/{id}/typing`). */
  typing: number;
}

export type FailureSpec = { status: 500 } | { status: 429; retryAfterSeconds: number };

export interface FailureMatch {
  method?: string;
  pathIncludes: string;
}

export interface FakeDiscordEvents {
  messageCreate: [message: FakeMessage];
  messageUpdate: [message: FakeMessage];
  messageDelete: [message: FakeMessage];
  /** A bot session is live: after READY+GUILD_CREATE or RESUMED was sent. */
  clientReady: [how: 'identify' | 'resume'];
  /** Every accepted interaction callback, including ones nobody awaits (playground). */
  interactionCallback: [outcome: InteractionOutcome];
}
