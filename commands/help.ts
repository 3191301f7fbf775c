import { defineSubcommand } from '../src/app/subcommand.ts';
import { helpView } from '../src/views/infoViews.ts';

/** `/laureates help` — what the bot does and how to use each subcommand, with examples. */
export const help = defineSubcommand({
  name: 'help',
  options: [],
  run: ({ locale }) => ({ type: 'message', ephemeral: true, body: helpView(locale) }),
});
