import { defineSubcommand } from '../src/app/subcommand.ts';
import { statsView } from '../src/views/infoViews.ts';

/** `/laureates stats` — projects, lead authorities, partner countries, regions; per region and per country. */
export const stats = defineSubcommand({
  name: 'stats',
  options: [],
  run: ({ catalog, locale }) => {
    const calls = [...new Set(catalog.projects.map((found) => catalog.call(found.callId)?.name ?? found.callId))];
    return { type: 'message', ephemeral: true, body: statsView(catalog.stats(), calls, locale) };
  },
});
