import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { listReply, rankedList } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { choices, suggestionChoice } from '../src/views/choices.ts';

export const searchList = rankedList(
  (catalog, query) => catalog.search(query),
  (t, query) => t.list.searchTitle(query),
);

/** `/laureates search query:` — everything that matches, best first. */
export const search = defineSubcommand({
  name: 'search',
  options: [{ name: 'query', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { query }) => listReply(context, 'search', searchList, query),
  autocomplete: (context, { value }) =>
    choices(context.catalog.suggest(value).map((suggestion) => suggestionChoice(suggestion, context.locale))),
});
