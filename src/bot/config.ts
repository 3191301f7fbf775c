import { existsSync } from 'node:fs';
import * as z from 'zod';
import { DEFAULT_MAX_DATA_BYTES } from '../data/loader.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17 to 20 digits)');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), schema.optional());

/** Every setting, from the environment (and `.env`). Documented one by one in `.env.example`. */
const configSchema = z.object({
  DISCORD_TOKEN: optional(z.string().min(20, 'looks too short to be a bot token')),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(
    z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://discord.com/api' }),
  ),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DATA_FILE: optional(z.string()),
  /** Gateway shards, all run by this process; unset: as many as Discord recommends. */
  SHARD_COUNT: optional(z.coerce.number().int().min(1, 'must be at least 1').max(1024)),
  /** Dataset files over this many bytes are refused before being read (default 64 MiB). */
  DATA_MAX_BYTES: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number().int().min(1024, 'must be a number of bytes, at least 1024').default(DEFAULT_MAX_DATA_BYTES),
  ),
  PLAYGROUND_HOST: z.string().default('127.0.0.1'),
  PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The playground has no login: listening beyond loopback needs this explicit yes. */
  PLAYGROUND_ALLOW_NETWORK: optional(z.stringbool()),
  /** How the playground's fake Discord delivers interactions: gateway, or signed POSTs to the HTTP endpoint. */
  PLAYGROUND_TRANSPORT: z.enum(['gateway', 'http']).default('gateway'),
  /** How Discord delivers interactions: over the gateway (one process) or by HTTP POST (stateless replicas). */
  BOT_MODE: z.enum(['gateway', 'http']).default('gateway'),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be the 64 hex characters of the application public key'),
  ),
  /** The ops server (health, metrics) and, in http mode, POST /interactions. */
  HTTP_HOST: z.string().default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
});
export type Config = z.infer<typeof configSchema>;
/** What running against Discord needs on top: the token and the application id. */
export type DiscordConfig = Config & { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Why a server could not listen, as the variables to change (`HTTP_…`, `PLAYGROUND_…`): a port in use or refused, a
 * host that is no local address. Other errors are returned as they are.
 */
export function listenError(
  error: NodeJS.ErrnoException,
  { host, port, variables }: { host: string; port: number; variables: 'HTTP' | 'PLAYGROUND' },
): Error {
  switch (error.code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `Port ${port} on ${host} is already in use: set ${variables}_PORT to a free port (0 picks one).`,
      );
    case 'EACCES':
      return new ConfigError(`Not allowed to listen on ${host}:${port}: set ${variables}_PORT above 1023.`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new ConfigError(`Cannot listen on ${variables}_HOST=${host}: no such local address.`);
    default:
      return error;
  }
}

const HINTS: Partial<Record<keyof Config, string>> = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_CLIENT_ID: 'the application id (Developer Portal → your application → General Information)',
  DISCORD_PUBLIC_KEY: 'the application public key (Developer Portal → your application → General Information)',
};

/**
 * discord.js's Client reads SHARD_COUNT and SHARDS from the environment behind our back (its ShardingManager sets
 * them): an empty SHARD_COUNT, as `.env.example` has, would become 0 shards and a crash. Empty means unset, as here.
 */
function forgetEmptyShardingVariables(env: NodeJS.ProcessEnv): void {
  if (env.SHARD_COUNT?.trim() === '') delete env.SHARD_COUNT;
  if (env.SHARDS?.trim() === '') delete env.SHARDS;
}

/** Reads `.env` (if present, without overriding the environment) and validates everything, naming what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  forgetEmptyShardingVariables(env);
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}

/** The settings a Discord connection needs; says exactly which ones are missing. */
export function requireDiscord(config: Config): DiscordConfig {
  requireSettings(config, ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  return config as DiscordConfig;
}

/** What the HTTP interactions endpoint needs: the key Discord signs with (no bot token: replies go by webhook). */
export function requireHttpInteractions(config: Config): Config & { DISCORD_PUBLIC_KEY: string } {
  requireSettings(config, ['DISCORD_PUBLIC_KEY']);
  return config as Config & { DISCORD_PUBLIC_KEY: string };
}

function requireSettings(config: Config, keys: readonly (keyof Config)[]): void {
  const missing = keys.filter((key) => config[key] === undefined);
  if (missing.length === 0) return;
  throw new ConfigError(
    `Missing configuration:\n  ${missing.map((key) => `${key}: ${HINTS[key]}`).join('\n  ')}\nSet it in the environment or in .env (see .env.example).`,
  );
}
