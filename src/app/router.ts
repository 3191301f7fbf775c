import type { z } from 'zod';
import type { Catalog } from '../search/catalog.ts';
import { en } from '../i18n/en.ts';
import { localeFor, optionText, type Locale } from '../i18n/index.ts';
import { errorView } from '../views/infoViews.ts';
import { decodeCustomId, type ListMode } from '../views/customId.ts';
import type { ListRenderer } from './lists.ts';
import { optionsSchema, type AnySubcommand, type CommandContext, type Reply, type Requester } from './subcommand.ts';
import { cardReplyFor } from './cards.ts';

type RawOptions = Record<string, string | number | boolean | undefined>;

/** An interaction as the bot's logic sees it: no discord.js, just what was asked, by whom, in which language. */
export type InteractionRequest =
  | {
      kind: 'command';
      commandName: string;
      subcommand: string | null;
      options: RawOptions;
      locale?: string;
      user: Requester;
    }
  | {
      kind: 'autocomplete';
      commandName: string;
      subcommand: string | null;
      options: RawOptions;
      focused: { name: string; value: string };
      locale?: string;
      user: Requester;
    }
  | { kind: 'component'; customId: string; values: readonly string[]; locale?: string; user: Requester };

export type Outcome = 'ok' | 'invalid' | 'error';

export interface Handled {
  reply: Reply;
  outcome: Outcome;
  /** What was asked, for the log line: "search", "page:country", "share"… */
  action: string;
  error?: unknown;
}

export interface RouterDependencies {
  subcommands: readonly AnySubcommand[];
  lists: Record<ListMode, ListRenderer>;
  /** Read at each interaction, so a reloaded dataset is used from the next one on. */
  catalog: () => Catalog;
}

/** The string and boolean options given so far (autocomplete sees unvalidated, partial input). */
function optionValues(options: RawOptions): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(options).filter((entry): entry is [string, string | boolean] =>
      ['string', 'boolean'].includes(typeof entry[1]),
    ),
  );
}

const ephemeralError = (message: string, locale: Locale): Reply => ({
  type: 'message',
  ephemeral: true,
  body: errorView(message, locale),
});

/** The friendly sentence for the first invalid option, naming it as the user sees it. */
function invalidOptionMessage(
  issue: z.core.$ZodIssue,
  given: RawOptions,
  subcommand: AnySubcommand,
  locale: Locale,
): string {
  const { t } = locale;
  const option = String(issue.path[0] ?? '');
  const shown = optionText(t, subcommand.name, option)?.name ?? option;
  if (given[option] === undefined) return t.errors.missingOption(shown);
  if (issue.code === 'too_small') return t.errors.emptyOption(shown);
  if (issue.code === 'too_big') return t.errors.tooLong(shown, Number(issue.maximum));
  return t.errors.invalidOption(shown);
}

/** Turns every interaction into exactly one reply. It never throws: a failure becomes a short ephemeral apology. */
export function createRouter({ subcommands, lists, catalog }: RouterDependencies) {
  const bySubcommand = new Map(subcommands.map((subcommand) => [subcommand.name as string, subcommand]));
  const schemas = new Map(
    subcommands.map((subcommand) => [subcommand.name as string, optionsSchema(subcommand.options)]),
  );

  function route(request: InteractionRequest, context: CommandContext): Handled {
    const { t } = context.locale;
    if (request.kind === 'component') return routeComponent(request.customId, request.values, context);

    const subcommand = request.commandName === en.command.name ? bySubcommand.get(request.subcommand ?? '') : undefined;
    const schema = schemas.get(request.subcommand ?? '');
    if (!subcommand || !schema) {
      return request.kind === 'autocomplete'
        ? { reply: { type: 'choices', choices: [] }, outcome: 'invalid', action: 'autocomplete:unknown' }
        : { reply: ephemeralError(t.errors.unknownCommand, context.locale), outcome: 'invalid', action: 'unknown' };
    }

    if (request.kind === 'autocomplete') {
      const value = String(request.focused.value ?? '').slice(0, 100);
      const choices =
        subcommand.autocomplete?.(context, { name: request.focused.name, value }, optionValues(request.options)) ?? [];
      return { reply: { type: 'choices', choices }, outcome: 'ok', action: `autocomplete:${subcommand.name}` };
    }

    const parsed = schema.safeParse(request.options);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const message = issue
        ? invalidOptionMessage(issue, request.options, subcommand, context.locale)
        : t.errors.internal;
      return { reply: ephemeralError(message, context.locale), outcome: 'invalid', action: subcommand.name };
    }
    return { reply: subcommand.run(context, parsed.data), outcome: 'ok', action: subcommand.name };
  }

  function routeComponent(customId: string, values: readonly string[], context: CommandContext): Handled {
    const action = decodeCustomId(customId);
    const expired = (): Handled => ({
      reply: ephemeralError(context.locale.t.errors.expiredComponent, context.locale),
      outcome: 'invalid',
      action: 'component:invalid',
    });
    switch (action?.action) {
      case 'page':
        return {
          reply: { type: 'update', body: lists[action.mode](context, action.query, action.side, action.page) },
          outcome: 'ok',
          action: `page:${action.mode}`,
        };
      case 'open': {
        const reply = values.length === 1 ? cardReplyFor(context, values[0] ?? '', false) : undefined;
        return reply ? { reply, outcome: 'ok', action: 'open' } : expired();
      }
      case 'share': {
        const reply = cardReplyFor(context, action.projectId, true);
        return reply ? { reply, outcome: 'ok', action: 'share' } : expired();
      }
      default:
        return expired();
    }
  }

  return function handle(request: InteractionRequest): Handled {
    const locale = localeFor(request.locale);
    try {
      return route(request, { catalog: catalog(), locale, user: request.user });
    } catch (error) {
      const reply: Reply =
        request.kind === 'autocomplete'
          ? { type: 'choices', choices: [] }
          : ephemeralError(locale.t.errors.internal, locale);
      return { reply, outcome: 'error', action: request.kind, error };
    }
  };
}

export type Router = ReturnType<typeof createRouter>;
