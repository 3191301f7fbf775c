import type * as z from 'zod';
import type { Catalog } from '../search/catalog.ts';
import { en } from '../i18n/en.ts';
import type { Language } from '../domain/countries.ts';
import { localeFor, optionText, type Locale } from '../i18n/index.ts';
import { errorView, noticeView } from '../views/infoViews.ts';
import { questionHelpView } from '../views/questionHelp.ts';
import { decodeCustomId, type ListMode } from '../views/customId.ts';
import { listExport, listPage, type ListSource } from './lists.ts';
import { optionsSchema, type AnySubcommand, type CommandContext, type Reply, type Requester } from './subcommand.ts';
import { cardReplyFor, shareReply, SHARE_PAUSE_SECONDS } from './cards.ts';
import { Cooldown } from './cooldown.ts';
import { questionText } from './questionText.ts';
import { sharedPictureService, type PictureRenderer } from '../render/service.ts';

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
  | {
      kind: 'component';
      customId: string;
      values: readonly string[];
      locale?: string;
      user: Requester;
      /** The message the component is on, when the transport knows it: who it answers, and whether others see it. */
      message?: ComponentMessage;
    }
  /** A plain message that mentions the bot, or any message in a DM: its text, without the mention, is a question. */
  | {
      kind: 'message';
      text: string;
      channel: 'guild' | 'dm';
      user: Requester;
      /** The person asked again within the cooldown: they get a polite "one moment" instead of an answer. */
      tooSoon?: boolean;
      /** Messages carry no locale: the answer's language is read from the question. */
      locale?: undefined;
    }
  /** The message context-menu command ("Find laureates"): the target message's text is the question. */
  | { kind: 'messageCommand'; commandName: string; text: string; locale?: string; user: Requester };

export interface ComponentMessage {
  ephemeral: boolean;
  /** Who asked for it (the interaction's user, or the author of the message it replies to). */
  ownerId: string | undefined;
}

/** The subcommand every question goes to, whatever way it was asked. */
const ASK = 'ask';
/** The one option of `ask`. */
const QUESTION = 'question';

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
  lists: Record<ListMode, ListSource>;
  /** Read at each interaction, so a reloaded dataset is used from the next one on. */
  catalog: () => Catalog;
  /** The language a question is written in, for answers to messages (which carry no locale); English if unset. */
  questionLanguage?: (question: string) => Language;
  /** Draws maps and charts (off the event loop); the process's shared service if unset. */
  pictures?: PictureRenderer;
  /** The pause between two public shares by the same person, in ms (0: none). Per process, as the HTTP mode's
   * replicas share nothing: behind N replicas a person may share up to N times per pause, still far from a flood. */
  sharePauseMs?: number;
}

/** People the share pause remembers at once (the least recently seen are forgotten first). */
const SHARE_PAUSE_MAX_PEOPLE = 10_000;

/** The string and boolean options given so far (autocomplete sees unvalidated, partial input). */
function optionValues(options: RawOptions): Record<string, string | boolean> {
  return Object.fromEntries(
    Object.entries(options).filter((entry): entry is [string, string | boolean] =>
      ['string', 'boolean'].includes(typeof entry[1]),
    ),
  );
}

/** A reply that is ready, or will be: a failure while it is being made becomes the same apology as a throw. */
function answered(reply: Reply | Promise<Reply>, action: string, locale: Locale): Handled | Promise<Handled> {
  if (!(reply instanceof Promise)) return { reply, outcome: 'ok', action };
  return reply.then(
    (ready): Handled => ({ reply: ready, outcome: 'ok', action }),
    (error: unknown): Handled => ({
      reply: ephemeralError(locale.t.errors.internal, locale),
      outcome: 'error',
      action,
      error,
    }),
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

/**
 * Turns every interaction into exactly one reply — at once, or as a promise when a subcommand works off the event
 * loop. It never throws nor rejects: a failure becomes a short ephemeral apology.
 */
export function createRouter({
  subcommands,
  lists,
  catalog,
  questionLanguage,
  pictures = sharedPictureService(),
  sharePauseMs = SHARE_PAUSE_SECONDS * 1000,
}: RouterDependencies) {
  const sharePause = new Cooldown({ windowMs: sharePauseMs, maxPeople: SHARE_PAUSE_MAX_PEOPLE });
  const bySubcommand = new Map(subcommands.map((subcommand) => [subcommand.name as string, subcommand]));
  const schemas = new Map(
    subcommands.map((subcommand) => [subcommand.name as string, optionsSchema(subcommand.options)]),
  );

  function route(request: InteractionRequest, context: CommandContext): Handled | Promise<Handled> {
    const { t } = context.locale;
    if (request.kind === 'component') return routeComponent(request, context);
    if (request.kind === 'message' || request.kind === 'messageCommand') return routeQuestion(request, context);

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
    return answered(subcommand.run(context, parsed.data), subcommand.name, context.locale);
  }

  /** The longest question `ask` takes, if it has a limit. */
  const questionLimit = (): number | undefined => {
    const option = bySubcommand.get(ASK)?.options.find((candidate) => candidate.name === QUESTION);
    return option?.type === 'string' ? option.maxLength : undefined;
  };

  /**
   * A question asked by message or from the message menu is `/laureates ask question:` under another name: only
   * who sees the answer differs (everyone for a message, the asker alone for the menu).
   */
  function routeQuestion(
    request: Extract<InteractionRequest, { kind: 'message' | 'messageCommand' }>,
    context: CommandContext,
  ): Handled | Promise<Handled> {
    const ephemeral = request.kind === 'messageCommand';
    const via = request.kind === 'message' ? 'message' : 'menu';
    const { t } = context.locale;
    const answer = (reply: Reply, action: string, outcome: Handled['outcome'] = 'ok'): Handled => ({
      reply,
      outcome,
      action: `${via}:${action}`,
    });
    if (request.kind === 'messageCommand' && request.commandName !== en.messages.menuName) {
      return answer(ephemeralError(t.errors.unknownCommand, context.locale), 'unknown', 'invalid');
    }
    if (request.kind === 'message' && request.tooSoon) {
      return answer({ type: 'message', ephemeral, body: noticeView([t.messages.cooldown]) }, 'cooldown');
    }
    const question = questionText(request.text);
    if (question === '') {
      const body = request.kind === 'message' ? questionHelpView() : noticeView([t.messages.noTextInTarget]);
      return answer({ type: 'message', ephemeral, body }, 'empty');
    }
    const limit = questionLimit();
    if (limit !== undefined && question.length > limit) {
      return answer(
        { type: 'message', ephemeral, body: noticeView([t.messages.tooLong(limit)]) },
        'too-long',
        'invalid',
      );
    }
    const asked = route(
      {
        kind: 'command',
        commandName: en.command.name,
        subcommand: ASK,
        options: { [QUESTION]: question },
        user: request.user,
      },
      context,
    );
    const retold = (handled: Handled): Handled => ({
      ...handled,
      reply: handled.reply.type === 'message' ? { ...handled.reply, ephemeral } : handled.reply,
      action: `${via}:${handled.action}`,
    });
    return asked instanceof Promise ? asked.then(retold) : retold(asked);
  }

  function routeComponent(
    request: Extract<InteractionRequest, { kind: 'component' }>,
    context: CommandContext,
  ): Handled {
    const { customId, values } = request;
    const action = decodeCustomId(customId);
    const expired = (): Handled => ({
      reply: ephemeralError(context.locale.t.errors.expiredComponent, context.locale),
      outcome: 'invalid',
      action: 'component:invalid',
    });
    switch (action?.action) {
      case 'page': {
        // A public answer pages in place for the person it answers; anyone else browses a private copy, so one
        // reader's clicks never turn the page under the others' eyes.
        const shared = request.message !== undefined && !request.message.ephemeral;
        const inPlace = !shared || request.message?.ownerId === request.user.id;
        // A public answer to a question stays in the question's language, whatever its asker's Discord is set to.
        const pageContext =
          shared && inPlace && action.mode === ASK && questionLanguage
            ? { ...context, locale: localeFor(questionLanguage(action.query)) }
            : context;
        const answer = lists[action.mode](pageContext, action.query, action.side);
        const body = listPage(pageContext, action.mode, action.side, answer, action.page);
        const reply: Reply = inPlace ? { type: 'update', body } : { type: 'message', ephemeral: true, body };
        return { reply, outcome: 'ok', action: `page:${action.mode}` };
      }
      case 'export': {
        const answer = lists[action.mode](context, action.query, action.side);
        return { reply: listExport(context, action.mode, answer), outcome: 'ok', action: `export:${action.mode}` };
      }
      case 'open': {
        const reply = values.length === 1 ? cardReplyFor(context, values[0] ?? '') : undefined;
        return reply ? { reply, outcome: 'ok', action: 'open' } : expired();
      }
      case 'share': {
        const reply = shareReply(context, action.projectId);
        return reply ? { reply, outcome: 'ok', action: 'share' } : expired();
      }
      case 'shared':
        // A client that ignores the disabled state: never a second post.
        return {
          reply: { type: 'message', ephemeral: true, body: noticeView([context.locale.t.card.alreadyShared]) },
          outcome: 'ok',
          action: 'share:again',
        };
      default:
        return expired();
    }
  }

  /** Messages carry no locale: their answer speaks the question's language. */
  const localeOf = (request: InteractionRequest): Locale =>
    request.kind === 'message'
      ? localeFor(questionLanguage?.(questionText(request.text)) ?? 'en')
      : localeFor(request.locale);

  return function handle(request: InteractionRequest): Handled | Promise<Handled> {
    const locale = localeOf(request);
    try {
      const claimPublicShare = (): boolean => sharePause.take(request.user.id) === 'answer';
      return route(request, { catalog: catalog(), locale, user: request.user, pictures, claimPublicShare });
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
