import { existsSync } from 'node:fs';
import { z } from 'zod';

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
  PLAYGROUND_HOST: z.string().default('127.0.0.1'),
  PLAYGROUND_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** The playground has no login: listening beyond loopback needs this explicit yes. */
  PLAYGROUND_ALLOW_NETWORK: optional(z.stringbool()),
});
export type Config = z.infer<typeof configSchema>;
/** What running against Discord needs on top: the token and the application id. */
export type DiscordConfig = Config & { DISCORD_TOKEN: string; DISCORD_CLIENT_ID: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const HINTS: Partial<Record<keyof Config, string>> = {
  DISCORD_TOKEN: 'the bot token (Developer Portal → your application → Bot → Reset Token)',
  DISCORD_CLIENT_ID: 'the application id (Developer Portal → your application → General Information)',
};

/** Reads `.env` (if present, without overriding the environment) and validates everything, naming what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  if (env === process.env && existsSync(envFile)) process.loadEnvFile(envFile);
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
}

/** The settings a Discord connection needs; says exactly which ones are missing. */
export function requireDiscord(config: Config): DiscordConfig {
  const missing = (['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] as const).filter((key) => config[key] === undefined);
  if (missing.length === 0) return config as DiscordConfig;
  throw new ConfigError(
    `Missing configuration:\n  ${missing.map((key) => `${key}: ${HINTS[key]}`).join('\n  ')}\nSet it in the environment or in .env (see .env.example).`,
  );
}
