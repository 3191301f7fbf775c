import type { IncomingMessage, ServerResponse } from 'node:http';
import { ComponentType } from 'discord-api-types/v10';
import type { APIMessageTopLevelComponent } from 'discord-api-types/v10';
import type { ChatInputInput, CommandOptionInput, FakeDiscord, FakeMessage } from '../emulator/index.ts';
import { autocompleteOptions, findSubcommand, invocationOptions, readCommands } from './command-model.ts';
import type { Subcommand } from './command-model.ts';
import { ATTACHMENT_ROUTE } from './message-view.ts';
import type { AutocompleteReply } from './message-view.ts';
import { ApiError, readJson, sendJson } from './http-io.ts';
import { autocompleteBody, componentBody, invocationBody } from './schemas.ts';
import { botInfo, say, useMessageCommand } from './messages-api.ts';
import { userNamed } from './users.ts';
import { answered, BOT_TIMEOUT_MS, replyOf, type ApiContext } from './interactionReplies.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, context: ApiContext) => Promise<void>;

/** The JSON API of the page, by method and path. */
export const API_ROUTES: Record<string, Handler> = {
  'GET /api/commands': async (_req, res, { fake }) => sendJson(res, 200, fake.registeredCommands(fake.guildId)),
  'GET /api/messages': async (_req, res, { fake, feed }) =>
    sendJson(res, 200, { messages: fake.messages().map((message) => feed.view(message)) }),
  'GET /api/events': async (req, res, { feed }) => feed.subscribe(req, res),
  'POST /api/interactions/command': invoke,
  'POST /api/interactions/autocomplete': autocomplete,
  'POST /api/interactions/component': clickComponent,
  'GET /api/bot': botInfo,
  'POST /api/messages': say,
  'POST /api/interactions/message-command': useMessageCommand,
};

/** `GET /api/attachments/:id/:filename`: a file a message carries, as Discord's CDN would serve it. */
export function sendAttachment(path: string, res: ServerResponse, { fake }: ApiContext): void {
  const id = path.slice(ATTACHMENT_ROUTE.length).split('/')[0] ?? '';
  const attachment = fake.attachment(id);
  if (!attachment) throw new ApiError(404, 'No such attachment.');
  // Only raster pictures are shown inline; anything else (SVG, HTML…) downloads, so no file can run as our page.
  const inline = /^image\/(png|jpeg|gif|webp)$/.test(attachment.contentType ?? '');
  res.writeHead(200, {
    'content-type': inline ? (attachment.contentType ?? '') : 'application/octet-stream',
    'content-length': attachment.size.toString(),
    'content-disposition': inline ? 'inline' : `attachment; filename="${encodeURIComponent(attachment.filename)}"`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=3600',
  });
  res.end(attachment.data);
}

/** The chat-input interaction a page request describes, checked against the registered command first. */
function chatInputFor(
  fake: FakeDiscord,
  body: { subcommand: string; locale: string; userName: string; channel?: 'guild' | 'dm' | undefined },
  optionsFor: (subcommand: Subcommand) => CommandOptionInput[],
): ChatInputInput {
  const { command, subcommand } = findSubcommand(readCommands(fake.registeredCommands(fake.guildId)), body.subcommand);
  return {
    name: command.name,
    subcommand: subcommand.name,
    options: optionsFor(subcommand),
    inGuild: body.channel !== 'dm',
    ...actorOf(body),
  };
}

/** Who acts, in which language, and how long the page waits for the bot. */
function actorOf(body: { locale: string; userName: string }) {
  return { locale: body.locale, user: userNamed(body.userName), timeoutMs: BOT_TIMEOUT_MS };
}

async function invoke(req: IncomingMessage, res: ServerResponse, { fake, feed }: ApiContext): Promise<void> {
  const body = await readJson(req, invocationBody);
  const input = chatInputFor(fake, body, (subcommand) => invocationOptions(subcommand, body.options));
  const outcome = await answered(() => fake.chatInput(input));
  sendJson(res, 200, replyOf(outcome, feed));
}

async function autocomplete(req: IncomingMessage, res: ServerResponse, { fake }: ApiContext): Promise<void> {
  const body = await readJson(req, autocompleteBody);
  const input = chatInputFor(fake, body, (subcommand) => autocompleteOptions(subcommand, body.options, body.focused));
  const outcome = await answered(() => fake.autocomplete(input));
  const reply: AutocompleteReply = {
    choices: (outcome.callback.data?.choices ?? []).map(({ name, value }) => ({ name, value })),
  };
  sendJson(res, 200, reply);
}

async function clickComponent(req: IncomingMessage, res: ServerResponse, { fake, feed }: ApiContext): Promise<void> {
  const body = await readJson(req, componentBody);
  const message = fake.getMessage(body.messageId);
  if (!message) throw new ApiError(404, `There is no message ${body.messageId} in the channel.`);
  checkComponent(message, body.customId, body.componentType, body.values);
  const outcome = await answered(() =>
    fake.component({
      messageId: body.messageId,
      customId: body.customId,
      componentType: body.componentType,
      ...(body.values ? { values: body.values } : {}),
      ...actorOf(body),
    }),
  );
  sendJson(res, 200, replyOf(outcome, feed));
}

/** Discord's client only lets people use components that are on the message and enabled: so does the playground. */
function checkComponent(message: FakeMessage, customId: string, type: number, values: string[] | undefined): void {
  const component = componentsOf(message.components).find((candidate) => candidate.custom_id === customId);
  const kind = type === ComponentType.Button ? 'button' : 'select menu';
  if (!component || component.type !== type) {
    throw new ApiError(400, `Message ${message.id} has no ${kind} “${customId}”.`);
  }
  if (component.disabled) throw new ApiError(400, `That ${kind} is disabled.`);
  if (type === ComponentType.StringSelect) {
    const offered = new Set(component.options?.map((option) => option.value));
    if (!values || values.length === 0 || values.some((value) => !offered.has(value))) {
      throw new ApiError(400, 'Pick one of the options the menu offers.');
    }
  }
}

interface FlatComponent {
  type: number;
  custom_id?: string;
  disabled?: boolean;
  options?: { value: string }[];
}

function componentsOf(rows: APIMessageTopLevelComponent[]): FlatComponent[] {
  return rows.flatMap((row) => ('components' in row ? (row.components as FlatComponent[]) : []));
}
