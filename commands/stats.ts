import { statsReply } from '../src/app/pictures.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';

/** `/laureates stats` — projects, lead authorities, partner countries, regions; per region and per country, as a chart too. */
export const stats = defineSubcommand({
  name: 'stats',
  options: [],
  run: (context) => statsReply(context),
});
