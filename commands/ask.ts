import { listReply, noticeAnswer, type ListSource } from '../src/app/lists.ts';
import { mapReply } from '../src/app/pictures.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import type { Language } from '../src/domain/countries.ts';
import { worldRegionById } from '../src/domain/geography.ts';
import { answerQuery, understandQuestion, type Answer } from '../src/search/query.ts';
import { asksForHelp, compactQuestion, questionLanguage, uncommonWords } from '../src/understanding/understand.ts';
import { answerContent, notUnderstoodContent, selectionTitle } from '../src/views/answers.ts';
import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { noticeView } from '../src/views/infoViews.ts';
import { questionHelpView } from '../src/views/questionHelp.ts';

/** Long enough for any real question; longer text is not a question (and costs more to read). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * A question answered: read it into a structured query, let the catalogue answer, say what was understood and the
 * answer, then list the projects. The page and export buttons carry the question itself (made short enough), so a
 * button asks it again.
 */
export const askList: ListSource = (context, question) => {
  const { catalog, locale } = context;
  if (asksForHelp(question)) return noticeAnswer(questionHelpView([locale.language], 'command'));
  const answer = answerQuery(catalog, understandQuestion(catalog, question, locale.language));
  const searched = answer.understood ? '' : uncommonWords(question);
  const content = answer.understood
    ? answerContent(answer, question, locale)
    : notUnderstoodContent(searched === '' ? [] : catalog.search(searched).projects, question, locale);
  if (content.projects.length === 0) return noticeAnswer(noticeView(content.lines, content.title));
  return {
    kind: 'list',
    projects: content.projects,
    title: content.title,
    notes: content.lines,
    key: compactQuestion(question, MAX_QUERY_IN_ID),
  };
};

/** The language to answer a question in when it comes with no locale (a message): its own, else English. */
export const askLanguage = (question: string): Language => questionLanguage(question, 'en');

/** The partner countries a question names, directly or by world region ("in Africa"); none if it names none. */
function namedCountries({ filters }: Answer['query']): ReadonlySet<string> | undefined {
  const codes = [...filters.countries, ...filters.worldRegions.flatMap((id) => worldRegionById(id)?.countries ?? [])];
  return codes.length > 0 ? new Set(codes) : undefined;
}

/** `/laureates ask question:` — a question in French or English, answered from the laureates; on a map if asked. */
export const ask = defineSubcommand({
  name: 'ask',
  options: [{ name: 'question', type: 'string', required: true, maxLength: MAX_QUESTION_LENGTH }],
  run: (context, { question }) => {
    const query = understandQuestion(context.catalog, question, context.locale.language);
    if (query.wantsMap) {
      // "carte des projets en Afrique": the map of that selection, its partners in Africa only.
      const answer = answerQuery(context.catalog, query);
      const countries = namedCountries(answer.query);
      // Titled by what was understood, not by the question as typed (which may say much else, or be rude).
      const label = selectionTitle(answer.query, context.locale);
      if (answer.understood && answer.projects.length > 0)
        return mapReply(context, {
          projects: answer.projects,
          ...(label ? { label } : {}),
          ...(countries ? { countries } : {}),
        });
    }
    return listReply(context, 'ask', askList, question);
  },
});
