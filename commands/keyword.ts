import { MAX_QUERY_IN_ID } from '../src/app/customId.ts';
import { answerList, type ListRenderer } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { quote } from '../src/views/text.ts';

export const keywordList: ListRenderer = (context, words, _side, page) =>
  answerList(context, context.catalog.keyword(words), words, {
    mode: 'keyword',
    page,
    title: context.locale.t.list.keywordTitle(quote(words)),
  });

/** `/laureates keyword words:` — projects whose title or themes match, best first. */
export const keyword = defineSubcommand({
  name: 'keyword',
  options: [{ name: 'words', type: 'string', required: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { words }) => ({ type: 'message', ephemeral: true, body: keywordList(context, words, 'any', 0) }),
});
