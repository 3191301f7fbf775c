import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApplicationCommandType } from 'discord-api-types/v10';
import * as z from 'zod';
import type { FakeDiscord } from '../emulator/index.ts';
import { answered, BOT_TIMEOUT_MS, replyOf, type ApiContext } from './interactionReplies.ts';
import { ApiError, readJson, sendJson } from './http-io.ts';
import { PAGE_LOCALES } from './locales.ts';
import { userNamed } from './users.ts';

/** Who acts and in which language, as for every other call of the page. */
const actor = { locale: z.enum(PAGE_LOCALES), userName: z.string().trim().min(1, 'must not be empty').max(32) };

/** A plain message typed on the page: Discord's 2,000-character limit, in the guild channel or the DM. */
export const sayBody = z.strictObject({
  content: z
    .string()
    .max(2000)
    .refine((text) => text.trim().length > 0, 'must not be empty'),
  channel: z.enum(['guild', 'dm']),
  ...actor,
});
export type SayBody = z.infer<typeof sayBody>;

export const messageCommandBody = z.strictObject({
  messageId: z.string().regex(/^\d{17,20}$/, 'must be a message id'),
  ...actor,
});
export type MessageCommandBody = z.infer<typeof messageCommandBody>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "@laureates-bot …" or "@laureates …" typed on the page becomes the user mention `<@id>`, as Discord's client turns
 * a mention picked from its list into one: the bot only recognises real mentions.
 */
export function withBotMention(content: string, botId: string, botName: string): string {
  const names = [...new Set([botName, botName.replace(/[-_ ]?bot$/i, '')])].filter(Boolean).map(escapeRegExp);
  const typed = new RegExp(`(^|\\s)@(?:${names.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu');
  return content.replace(typed, (_match, before: string) => `${before}<@${botId}>`);
}

function botNameOf(fake: FakeDiscord): string {
  return fake.user(fake.applicationId)?.username ?? 'bot';
}

/** GET /api/bot: who the bot is, for the page's DM tab and typed mentions. */
export async function botInfo(_req: IncomingMessage, res: ServerResponse, { fake }: ApiContext): Promise<void> {
  sendJson(res, 200, { id: fake.applicationId, name: botNameOf(fake) });
}

/** POST /api/messages: someone writes in the channel or the DM; the bot's reply, if any, comes through the feed. */
export async function say(req: IncomingMessage, res: ServerResponse, { fake, feed }: ApiContext): Promise<void> {
  const body = await readJson(req, sayBody);
  const message = fake.postUserMessage({
    content: withBotMention(body.content, fake.applicationId, botNameOf(fake)),
    channel: body.channel,
    user: userNamed(body.userName),
  });
  sendJson(res, 200, { message: feed.view(message) });
}

/** POST /api/interactions/message-command: "…" → Apps → the bot's message command, on a message of the channel. */
export async function useMessageCommand(
  req: IncomingMessage,
  res: ServerResponse,
  { fake, feed }: ApiContext,
): Promise<void> {
  const body = await readJson(req, messageCommandBody);
  if (!fake.getMessage(body.messageId))
    throw new ApiError(404, `There is no message ${body.messageId} in the channel.`);
  const menu = fake
    .registeredCommands(fake.guildId)
    .find((command) => (command as { type?: number }).type === ApplicationCommandType.Message) as
    { name: string } | undefined;
  if (!menu) throw new ApiError(409, 'The bot registered no message command.');
  const outcome = await answered(() =>
    fake.messageCommand({
      name: menu.name,
      targetMessageId: body.messageId,
      locale: body.locale,
      user: userNamed(body.userName),
      timeoutMs: BOT_TIMEOUT_MS,
    }),
  );
  sendJson(res, 200, replyOf(outcome, feed));
}
