import { answerList, listReply, type ListSource } from '../src/app/lists.ts';
import { defineSubcommand, type CommandContext } from '../src/app/subcommand.ts';
import type { ProjectAnswer } from '../src/search/catalog.ts';
import { normalize } from '../src/text/normalize.ts';
import { placeSearch, worldRegionSuggestions } from '../src/search/query.ts';
import { filterLabels } from '../src/views/answers.ts';
import { choices, suggestionChoice, worldRegionChoice } from '../src/views/choices.ts';
import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { quote } from '../src/views/text.ts';

/** Words first; but a query that only names places the words don't know ("Afrique", "West Africa") lists them. */
function searchAnswer({ catalog, locale }: CommandContext, query: string): ProjectAnswer {
  const places = placeSearch(catalog, query, locale.language);
  if (!places) return catalog.search(query);
  const read = filterLabels(places.filters, [], locale).join(' · ');
  // "afriqe de l'ouest" is said to be read as Afrique de l’Ouest; "Afrique" needs no such note.
  const corrections = normalize(read) === normalize(query) ? [] : [{ typed: query, read }];
  return { projects: places.projects, corrections, suggestions: [] };
}

export const searchList: ListSource = (context, query) =>
  answerList(context, searchAnswer(context, query), query, context.locale.t.list.searchTitle(quote(query)));

/** `/laureates search query:` — everything that matches, best first. */
export const search = defineSubcommand({
  name: 'search',
  options: [{ name: 'query', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { query }) => listReply(context, 'search', searchList, query),
  autocomplete: (context, { value }) =>
    choices(
      [
        ...worldRegionSuggestions(context.catalog, value).map((suggestion) =>
          worldRegionChoice(suggestion, context.locale),
        ),
        ...context.catalog.suggest(value).map((suggestion) => suggestionChoice(suggestion, context.locale)),
      ],
      MAX_QUERY_IN_ID,
    ),
});
