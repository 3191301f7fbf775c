import { defineSubcommand } from '../src/app/subcommand.ts';
import { helpView } from '../src/views/infoViews.ts';

/** `/laureates help` — what the bot does, how to use each subcommand, and what the data holds and doesn't. */
export const help = defineSubcommand({
  name: 'help',
  options: [],
  run: ({ catalog, locale }) => ({ type: 'message', ephemeral: true, body: helpView(catalog.calls, locale) }),
});
