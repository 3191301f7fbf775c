import type { Catalog, NamedPlace, NamedSuggestion, ProjectAnswer, Resolution } from '../search/catalog.ts';
import type { Catalogue } from '../i18n/index.ts';
import type { Project } from '../domain/schema.ts';
import { noticeView } from '../views/infoViews.ts';
import { messageBody, type MessageBody } from '../views/message.ts';
import { projectsCsv } from '../views/projectsCsv.ts';
import { projectList } from '../views/projectList.ts';
import { quote } from '../views/text.ts';
import type { ListMode, Side } from '../views/customId.ts';
import type { CommandContext, Reply } from './subcommand.ts';

/** What a list command finds for a query: the projects to list (all of them, not a page), or a notice. */
export type ListAnswer =
  | {
      kind: 'list';
      projects: readonly Project[];
      title: string;
      /** Lines above the list: best guesses, corrections. */
      notes: string[];
      /** What the buttons carry to rebuild the same list (the query, or the resolved code). */
      key: string;
    }
  | { kind: 'notice'; body: MessageBody };

/**
 * Answers a list command's query. The command shows its first page; the ◀ ▶ and CSV buttons call it again with the
 * state their custom_id carries, so a list is never stored.
 */
export type ListSource = (context: CommandContext, query: string, side: Side) => ListAnswer;

export const noticeAnswer = (body: MessageBody): ListAnswer => ({ kind: 'notice', body });

/** One page of a list answer, with its page and export buttons. */
export function listPage(
  context: CommandContext,
  mode: ListMode,
  side: Side,
  answer: ListAnswer,
  page: number,
): MessageBody {
  if (answer.kind === 'notice') return answer.body;
  return projectList(
    {
      title: answer.title,
      notes: answer.notes,
      projects: answer.projects,
      page,
      pageAction: (target) => ({ action: 'page', mode, page: target, side, query: answer.key }),
      exportAction: { action: 'export', mode, side, query: answer.key },
    },
    context.locale,
  );
}

/** The whole list as a CSV file, privately: a spreadsheet of every project listed, not just the page. */
export function listExport(context: CommandContext, mode: ListMode, answer: ListAnswer): Reply {
  if (answer.kind === 'notice') return { type: 'message', ephemeral: true, body: answer.body };
  const file = projectsCsv(answer.projects, (id) => context.catalog.call(id), context.locale, `laureates-${mode}`);
  return {
    type: 'message',
    ephemeral: true,
    body: messageBody({ content: context.locale.t.csv.ready(answer.projects.length), files: [file] }),
  };
}

/** A list command's reply: the first page, only to the person who asked. */
export function listReply(
  context: CommandContext,
  mode: ListMode,
  source: ListSource,
  query: string,
  side: Side = 'any',
): Reply {
  return { type: 'message', ephemeral: true, body: listPage(context, mode, side, source(context, query, side), 0) };
}

/** The words a reader recognises for a suggestion: a name, a country or a theme in their language. */
export function suggestionName(suggestion: NamedSuggestion, { language }: CommandContext['locale']): string {
  switch (suggestion.kind) {
    case 'authority':
      return suggestion.authority.name;
    case 'country':
      return suggestion.country.name[language];
    case 'region':
      return suggestion.region.name;
    case 'theme':
      return suggestion.theme.label[language];
  }
}

/** A known country or region without laureates: said as such, whichever command was asked. */
export function noProjectsIn(context: CommandContext, place: NamedPlace): MessageBody {
  const { t, language } = context.locale;
  const headline =
    place.kind === 'country'
      ? t.notices.noCountryProjects(`${place.country.flag} ${place.country.name[language]}`)
      : t.notices.noRegionProjects(place.region.name);
  return noticeView([headline, t.notices.tryHelp]);
}

/** "Nothing matches" with the closest names, as a friendly answer rather than an error. */
export function notFound(context: CommandContext, headline: string, suggestions: string[]): MessageBody {
  const { t } = context.locale;
  const close =
    suggestions.length > 0 ? [t.notices.didYouMean(suggestions.map((name) => `**${name}**`).join(', '))] : [];
  return noticeView([headline, ...close, t.notices.tryHelp]);
}

/** A ranked answer (search, keyword) as a list, saying how a typo was understood in the words typed. */
export function answerList(context: CommandContext, answer: ProjectAnswer, query: string, title: string): ListAnswer {
  const { t } = context.locale;
  if (answer.projects.length === 0) {
    const place = context.catalog.place(query);
    if (place && place.projects.length === 0) return noticeAnswer(noProjectsIn(context, place));
    const names = answer.suggestions.map((suggestion) => suggestionName(suggestion, context.locale));
    return noticeAnswer(notFound(context, t.notices.noResult(quote(query)), names));
  }
  const notes =
    answer.corrections.length > 0
      ? [
          t.list.readAs(
            answer.corrections.map(({ typed, read }) => t.list.correction(quote(typed), quote(read))).join(', '),
          ),
        ]
      : [];
  return { kind: 'list', projects: answer.projects, title, notes, key: query };
}

/** The source of a list command that ranks projects for a query (search, keyword). */
export function rankedList(
  ask: (catalog: Catalog, query: string) => ProjectAnswer,
  title: (t: Catalogue, quotedQuery: string) => string,
): ListSource {
  return (context, query) =>
    answerList(context, ask(context.catalog, query), query, title(context.locale.t, quote(query)));
}

/** A resolved name (authority, country, region) as a list, saying when it is a best guess and what else matched. */
export function resolutionList<T>(
  context: CommandContext,
  resolution: Resolution<T> & { found: true },
  query: string,
  spec: { key: string; title: string; label: (value: T) => string; notes?: string[] },
): ListAnswer {
  const { t } = context.locale;
  const notes = [
    ...(spec.notes ?? []),
    ...(resolution.certain ? [] : [t.list.bestGuess(quote(query), spec.label(resolution.value))]),
    ...(resolution.alternatives.length > 0
      ? [t.list.alsoMatching(resolution.alternatives.slice(0, 5).map(spec.label).join(', '))]
      : []),
  ];
  return { kind: 'list', projects: resolution.projects, title: spec.title, notes, key: spec.key };
}
