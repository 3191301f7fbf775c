import { AllowedMentionsTypes } from 'discord-api-types/v10';
import type { InteractionRequest } from '../../src/app/router.ts';
import { DEFAULT_USER } from '../../src/emulator/index.ts';
import type { CommandOptionInput, FakeDiscord, FakeMessage, InteractionOutcome } from '../../src/emulator/index.ts';
import type { MessageBody } from '../../src/views/message.ts';

/** Discord's option types for the values a request holds. */
const OPTION_TYPE = { string: 3, boolean: 5, number: 10 } as const;

/** The message the callback created or updated, failing the test when there is none. */
export function messageOf(outcome: InteractionOutcome): FakeMessage {
  if (!outcome.message) throw new Error(`no message for callback type ${outcome.callback.type}`);
  return outcome.message;
}

/** A message as the body the bot sent, to check with the same helpers as router replies. */
export const asBody = (message: FakeMessage): MessageBody => ({
  content: message.content || undefined,
  embeds: message.embeds,
  components: message.components as MessageBody['components'],
  // A message sent without allowed_mentions would let Discord's defaults ping: count that as a failure.
  allowed_mentions: message.allowed_mentions ?? { parse: [AllowedMentionsTypes.Everyone] },
});

/** `/laureates <subcommand>` with string options, in English, as the router sees it. */
export function slash(
  subcommand: string,
  options: Record<string, string | boolean> = {},
): Extract<InteractionRequest, { kind: 'command' }> {
  return {
    kind: 'command',
    commandName: 'laureates',
    subcommand,
    options,
    locale: 'en-US',
    user: { id: DEFAULT_USER.id, displayName: DEFAULT_USER.global_name ?? DEFAULT_USER.username },
  };
}

/** What Discord sends while someone types `value` into the option `option` of `/laureates <subcommand>`. */
export function typing(
  subcommand: string,
  option: string,
  value: string,
): Extract<InteractionRequest, { kind: 'autocomplete' }> {
  return { ...slash(subcommand, { [option]: value }), kind: 'autocomplete', focused: { name: option, value } };
}

/** A click on a button (or a pick in a menu, with `values`) of a message the bot sent. */
export function click(customId: string, values: string[] = []): Extract<InteractionRequest, { kind: 'component' }> {
  const { locale, user } = slash('help');
  return { kind: 'component', customId, values, locale, user };
}

/** The usual check that the bot is answering: `/laureates country name:benin` and the title of its list. */
export async function beninTitle(fake: FakeDiscord, timeoutMs?: number): Promise<string | undefined> {
  return messageOf(await dispatch(fake, slash('country', { name: 'benin' }), { timeoutMs })).embeds[0]?.title;
}
export const BENIN_TITLE = '🇧🇯 Benin · 2 projects';

export interface DispatchOptions {
  /** The message a component belongs to (required for component requests). */
  messageId?: string;
  timeoutMs?: number;
}

/**
 * Sends a router-level request through the fake Discord as the INTERACTION_CREATE Discord would dispatch, so the same
 * generated requests can drive the router directly and the real discord.js client.
 */
export function dispatch(
  fake: FakeDiscord,
  request: InteractionRequest,
  { messageId, timeoutMs }: DispatchOptions = {},
): Promise<InteractionOutcome> {
  const user = { global_name: request.user.displayName };
  const common = { locale: request.locale, user, timeoutMs };
  if (request.kind === 'message') throw new Error('a message is no interaction: post it with fake.postUserMessage()');
  if (request.kind === 'messageCommand') {
    // The menu is used on a message someone wrote: write it first.
    const target = fake.postUserMessage({ content: request.text, user });
    return fake.messageCommand({ ...common, name: request.commandName, targetMessageId: target.id });
  }
  if (request.kind === 'component') {
    if (!messageId) throw new Error('a component needs the message it belongs to');
    const componentType = request.values.length > 0 ? 3 : 2;
    return fake.component({
      ...common,
      messageId,
      customId: request.customId,
      componentType,
      values: [...request.values],
    });
  }
  const options: CommandOptionInput[] = Object.entries(request.options).flatMap(([name, value]) =>
    value === undefined ? [] : [{ name, value, type: OPTION_TYPE[typeof value as keyof typeof OPTION_TYPE] }],
  );
  const base = { ...common, name: request.commandName, subcommand: request.subcommand ?? undefined };
  if (request.kind === 'command') return fake.chatInput({ ...base, options });
  // Discord always marks one option as focused; an empty name stands for a forged payload, sent as the first option.
  const focusedName = request.focused.name || options[0]?.name || 'query';
  const focused = { name: focusedName, value: request.focused.value, type: OPTION_TYPE.string, focused: true };
  return fake.autocomplete({ ...base, options: [...options.filter((option) => option.name !== focusedName), focused] });
}
