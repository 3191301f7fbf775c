import { askLanguage, LIST_SOURCES, SUBCOMMANDS } from '../../commands/index.ts';
import { createRouter, type Handled, type InteractionRequest } from '../../src/app/router.ts';
import type { Reply } from '../../src/app/subcommand.ts';
import { loadCatalog } from '../../src/data/dataset.ts';
import type { Catalog } from '../../src/search/catalog.ts';
import type { MessageBody } from '../../src/views/message.ts';

export const realCatalog = loadCatalog();
export const USER = { id: '4000000000000000001', displayName: 'Ada' };

/** The real router; one test person shares the same card many times, so without the share pause (tested apart). */
export function routerFor(catalog: () => Catalog = () => realCatalog) {
  return createRouter({
    subcommands: SUBCOMMANDS,
    lists: LIST_SOURCES,
    catalog,
    questionLanguage: askLanguage,
    sharePauseMs: 0,
  });
}

const handleAny = routerFor();

/** The router's answer when it is immediate, as every text answer is; an answer still being made fails the test. */
export function immediate(result: Handled | Promise<Handled>): Handled {
  if (result instanceof Promise) throw new Error('expected an immediate answer, got a promise: use `await`');
  return result;
}

const handle = (request: InteractionRequest): Handled => immediate(handleAny(request));

/** Runs `/laureates <subcommand>` through the router and waits for its answer (pictures are made off the loop). */
export function commandAsync(
  subcommand: string,
  options: Record<string, string | boolean> = {},
  locale = 'en-US',
): Promise<Handled> {
  return Promise.resolve(
    handleAny({ kind: 'command', commandName: 'laureates', subcommand, options, locale, user: USER }),
  );
}

/** Runs `/laureates <subcommand>` through the router, in English unless a locale is given. */
export function command(subcommand: string, options: Record<string, string | boolean> = {}, locale = 'en-US'): Handled {
  return handle({ kind: 'command', commandName: 'laureates', subcommand, options, locale, user: USER });
}

export function autocomplete(subcommand: string, focused: string, value: string, locale = 'en-US'): Handled {
  return handle({
    kind: 'autocomplete',
    commandName: 'laureates',
    subcommand,
    options: { [focused]: value },
    focused: { name: focused, value },
    locale,
    user: USER,
  });
}

export function component(customId: string, values: string[] = [], locale = 'en-US'): Handled {
  return handle({ kind: 'component', customId, values, locale, user: USER });
}

export function raw(request: InteractionRequest): Handled {
  return handle(request);
}

/** Any request through the router, waiting for an answer still being made (a map, the stats chart). */
export function rawAsync(request: InteractionRequest): Promise<Handled> {
  return Promise.resolve(handleAny(request));
}

/** The message body of a reply, failing the test if the reply is autocomplete choices. */
export function bodyOf(reply: Reply): MessageBody {
  if (reply.type === 'choices') throw new Error('expected a message, got autocomplete choices');
  return reply.body;
}

/** All the text a person would read in a message: content, titles, descriptions, fields, footers. */
export function textOf(body: MessageBody): string {
  return [
    body.content ?? '',
    ...body.embeds.flatMap((embed) => [
      embed.author?.name ?? '',
      embed.title ?? '',
      embed.description ?? '',
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      embed.footer?.text ?? '',
    ]),
  ].join('\n');
}

/** The project ids a list offers in its select menu (the current page). */
export function listedIds(body: MessageBody): string[] {
  for (const row of body.components) {
    for (const item of row.components) {
      if (item.type === 3) return item.options.map((option) => option.value);
    }
  }
  return [];
}

/** Every custom_id of a message's buttons and menus. */
export function customIds(body: MessageBody): string[] {
  return body.components.flatMap((row) =>
    row.components.flatMap((item) => ('custom_id' in item ? [item.custom_id] : [])),
  );
}

/** The real router answering after `delayMs()` milliseconds (a slow data source), or at once, synchronously, at 0. */
export function delayedRouter(delayMs: () => number): (request: InteractionRequest) => Handled | Promise<Handled> {
  return (request) => {
    const delay = delayMs();
    if (delay === 0) return handle(request);
    return new Promise((resolve) => setTimeout(() => resolve(handle(request)), delay));
  };
}
