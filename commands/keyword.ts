import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { rankedList } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';

export const keywordList = rankedList(
  'keyword',
  (catalog, words) => catalog.keyword(words),
  (t, words) => t.list.keywordTitle(words),
);

/** `/laureates keyword words:` — projects whose title or themes match, best first. */
export const keyword = defineSubcommand({
  name: 'keyword',
  options: [{ name: 'words', type: 'string', required: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { words }) => ({ type: 'message', ephemeral: true, body: keywordList(context, words, 'any', 0) }),
});
