import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { listReply, rankedList } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';

export const keywordList = rankedList(
  (catalog, words) => catalog.keyword(words),
  (t, words) => t.list.keywordTitle(words),
);

/** `/laureates keyword words:` — projects whose title or themes match, best first. */
export const keyword = defineSubcommand({
  name: 'keyword',
  options: [{ name: 'words', type: 'string', required: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { words }) => listReply(context, 'keyword', keywordList, words),
});
