import { LIST_SOURCES, SUBCOMMANDS } from '../../commands/index.ts';
import { searchList } from '../../commands/search.ts';
import { MAX_QUERY_IN_ID } from '../../src/views/customId.ts';
import { listReply } from '../../src/app/lists.ts';
import { createRouter, type Handled, type InteractionRequest } from '../../src/app/router.ts';
import { defineSubcommand, type SubcommandName } from '../../src/app/subcommand.ts';
import type { Language } from '../../src/domain/countries.ts';
import type { Catalog } from '../../src/search/catalog.ts';
import { immediate, realCatalog } from './router.ts';

/**
 * TEST-ONLY stand-in for `/laureates ask question:` until the real subcommand lands: it answers a question with the
 * search list for its words, privately, as `ask` does for the slash command. Enough to prove how mentions, DMs and
 * the message menu reach `ask` and how their answers are delivered; not what `ask` understands.
 */
export const askStandIn = defineSubcommand({
  name: 'ask' as SubcommandName,
  options: [{ name: 'question', type: 'string', required: true, maxLength: 500 }],
  run: (context, { question }) => listReply(context, 'search', searchList, question.slice(0, MAX_QUERY_IN_ID)),
});

/** TEST-ONLY language hook: French when the question has a French word or accent, else English. */
export const guessLanguage = (question: string): Language =>
  /[éèàùç]|\b(quels?|quelles?|projets?|avec|en|au)\b/iu.test(question) ? 'fr' : 'en';

/** The real router with the stand-in `ask` and the test language hook. */
export function questionRouter(catalog: () => Catalog = () => realCatalog) {
  const handle = createRouter({
    subcommands: [...SUBCOMMANDS, askStandIn],
    lists: LIST_SOURCES,
    catalog,
    questionLanguage: guessLanguage,
  });
  // Text answers are immediate: a promise here is a failure.
  return (request: InteractionRequest): Handled => immediate(handle(request));
}
