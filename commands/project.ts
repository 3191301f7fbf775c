import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { notFound, suggestionName } from '../src/app/lists.ts';
import { cardReply } from '../src/app/cards.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { choices, projectChoiceName } from '../src/views/choices.ts';
import { quote } from '../src/views/text.ts';
import { displayTitle } from '../src/views/projectText.ts';

/** `/laureates project id: [share:]` — one project card. */
export const project = defineSubcommand({
  name: 'project',
  options: [
    { name: 'id', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID },
    { name: 'share', type: 'boolean' },
  ],
  run: (context, { id, share }) => {
    const { t } = context.locale;
    const exact = context.catalog.project(id);
    if (exact) return cardReply(context, exact, share === true);
    // Typed text instead of a picked suggestion: show the best match privately, never post a guess publicly.
    const answer = context.catalog.search(id);
    const best = answer.projects[0];
    if (!best)
      return {
        type: 'message',
        ephemeral: true,
        body: notFound(
          context,
          t.notices.unknownProject(quote(id)),
          answer.suggestions.map((suggestion) => suggestionName(suggestion, context.locale)),
        ),
      };
    return cardReply(context, best, false, t.list.bestGuess(quote(id), displayTitle(best, context.locale)));
  },
  autocomplete: (context, { value }) =>
    choices(
      context.catalog
        .suggestProjects(value)
        .map((found) => ({ name: projectChoiceName(found, context.locale), value: found.id })),
      MAX_QUERY_IN_ID,
    ),
});
