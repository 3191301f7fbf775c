import { defineSubcommand } from '../src/app/subcommand.ts';
import { noticeView } from '../src/views/infoViews.ts';
import { cardReply } from '../src/app/cards.ts';

/** `/laureates random` — one project card, to discover the laureates. */
export const random = defineSubcommand({
  name: 'random',
  options: [],
  run: (context) => {
    const picked = context.catalog.random();
    return picked
      ? cardReply(context, picked, false)
      : { type: 'message', ephemeral: true, body: noticeView([context.locale.t.notices.empty]) };
  },
});
