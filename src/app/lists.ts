import type { Catalog, ProjectAnswer, Resolution } from '../search/catalog.ts';
import type { Catalogue } from '../i18n/index.ts';
import type { Project } from '../domain/schema.ts';
import { noticeView } from '../views/infoViews.ts';
import type { MessageBody } from '../views/message.ts';
import { projectList } from '../views/projectList.ts';
import { quote } from '../views/text.ts';
import type { ComponentAction, ListMode, Side } from '../views/customId.ts';
import type { CommandContext } from './subcommand.ts';

/** Renders one page of a list command; also what the ◀ ▶ buttons call, with the state their custom_id carries. */
export type ListRenderer = (context: CommandContext, query: string, side: Side, page: number) => MessageBody;

interface ListSpec {
  mode: ListMode;
  /** What the page buttons carry to rebuild the same list (the query, or the resolved code). */
  key: string;
  side?: Side;
  page: number;
  title: string;
  notes?: string[];
}

function listOf(context: CommandContext, projects: readonly Project[], spec: ListSpec): MessageBody {
  const pageAction = (page: number): ComponentAction => ({
    action: 'page',
    mode: spec.mode,
    page,
    side: spec.side ?? 'any',
    query: spec.key,
  });
  return projectList(
    { title: spec.title, notes: spec.notes ?? [], projects, page: spec.page, pageAction },
    context.locale,
  );
}

/** "Nothing matches" with the closest names, as a friendly answer rather than an error. */
export function notFound(context: CommandContext, headline: string, suggestions: string[]): MessageBody {
  const { t } = context.locale;
  const close =
    suggestions.length > 0 ? [t.notices.didYouMean(suggestions.map((name) => `**${name}**`).join(', '))] : [];
  return noticeView([headline, ...close, t.notices.tryHelp]);
}

/** A ranked answer (search, keyword) as a list, saying how a typo was understood. */
export function answerList(
  context: CommandContext,
  answer: ProjectAnswer,
  query: string,
  spec: Omit<ListSpec, 'key'>,
): MessageBody {
  const { t } = context.locale;
  if (answer.projects.length === 0) return notFound(context, t.notices.noResult(quote(query)), answer.suggestions);
  const notes = answer.understoodAs ? [t.list.understoodAs(quote(answer.understoodAs))] : [];
  return listOf(context, answer.projects, { ...spec, key: query, notes });
}

/** The renderer of a list command that ranks projects for a query (search, keyword). */
export function rankedList(
  mode: ListMode,
  ask: (catalog: Catalog, query: string) => ProjectAnswer,
  title: (t: Catalogue, quotedQuery: string) => string,
): ListRenderer {
  return (context, query, _side, page) =>
    answerList(context, ask(context.catalog, query), query, {
      mode,
      page,
      title: title(context.locale.t, quote(query)),
    });
}

/** A resolved name (authority, country, region) as a list, saying when it is a best guess and what else matched. */
export function resolutionList<T>(
  context: CommandContext,
  resolution: Resolution<T> & { found: true },
  query: string,
  spec: Omit<ListSpec, 'notes'> & { label: (value: T) => string },
): MessageBody {
  const { t } = context.locale;
  const notes = [
    ...(resolution.certain ? [] : [t.list.bestGuess(quote(query), spec.label(resolution.value))]),
    ...(resolution.alternatives.length > 0
      ? [t.list.alsoMatching(resolution.alternatives.slice(0, 5).map(spec.label).join(', '))]
      : []),
  ];
  return listOf(context, resolution.projects, { ...spec, notes });
}
