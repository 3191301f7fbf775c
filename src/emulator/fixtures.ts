import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  PermissionFlagsBits,
} from 'discord-api-types/v10';
import type {
  ApplicationFlags,
  GuildMemberFlags,
  RoleFlags,
  APIGuildMember,
  APIInteractionGuildMember,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
  GatewayReadyDispatchData,
} from 'discord-api-types/v10';
import type { FakeUser } from './types.ts';

/** Fixed world the emulator presents: one guild, one text channel, one DM channel, one bot. */
export interface World {
  applicationId: string;
  guildId: string;
  channelId: string;
  dmChannelId: string;
  botName: string;
  createdAt: Date;
}

export const DEFAULT_USER: FakeUser = {
  id: '4000000000000000001',
  username: 'ada',
  global_name: 'Ada Lovelace',
  discriminator: '0',
  avatar: null,
};

/** What a member gets from @everyone in the fake guild: enough for any text-only bot. */
const EVERYONE_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseExternalEmojis |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

export const MEMBER_PERMISSIONS = EVERYONE_PERMISSIONS.toString();
/** Interactions carry the bot's effective permissions in the channel. */
export const APP_PERMISSIONS = EVERYONE_PERMISSIONS.toString();
export const DEFAULT_LOCALE = Locale.EnglishUS;
export const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export function botUser(world: World): APIUser {
  return {
    id: world.applicationId,
    username: world.botName,
    global_name: null,
    discriminator: '0',
    avatar: null,
    bot: true,
  };
}

export function toApiUser(user: FakeUser): APIUser {
  return { ...user };
}

export function textChannel(world: World): APITextChannel {
  return {
    id: world.channelId,
    type: ChannelType.GuildText,
    guild_id: world.guildId,
    name: 'general',
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
  };
}

export function guildMember(user: APIUser, joinedAt: Date): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: joinedAt.toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

export function interactionMember(user: APIUser, joinedAt: Date): APIInteractionGuildMember {
  return { ...guildMember(user, joinedAt), user, permissions: MEMBER_PERMISSIONS };
}

/** READY of shard `shard`, announcing `guildIds` (that shard's guilds) as unavailable until their GUILD_CREATE. */
export function readyPayload(
  world: World,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
  guildIds: readonly string[] = [world.guildId],
): GatewayReadyDispatchData {
  return {
    v: 10,
    user: botUser(world),
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: world.applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
  };
}

/**
 * The world as seen from another of its guilds (sharding): the same bot and DMs, that guild and a text channel of its
 * own. The world's own guild gives the world itself.
 */
export function inGuild(world: World, guildId: string): World {
  return guildId === world.guildId ? world : { ...world, guildId, channelId: (BigInt(guildId) + 1n).toString() };
}

/** `count` guild ids, the world's first, one apart in their timestamp bits: guild k lands on shard (s₀ + k) % count. */
export function guildIdsOf(world: World, count: number): string[] {
  return Array.from({ length: count }, (_, k) => (BigInt(world.guildId) + (BigInt(k) << 22n)).toString());
}

function everyoneRole(world: World): APIRole {
  return {
    id: world.guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: EVERYONE_PERMISSIONS.toString(),
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

/** A full GUILD_CREATE: discord.js only emits `clientReady` once every guild announced in READY arrives. */
export function guildCreatePayload(world: World): GatewayGuildCreateDispatchData {
  return {
    id: world.guildId,
    name: 'Emulated Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: DEFAULT_USER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(world)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: world.channelId,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: DEFAULT_LOCALE,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    hub_type: null,
    max_members: 500000,
    max_video_channel_users: 25,
    incidents_data: null,
    joined_at: world.createdAt.toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    // The bot's own member, as Discord sends it: discord.js exposes it as guild.members.me.
    members: [guildMember(botUser(world), world.createdAt)],
    channels: [textChannel(world)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
