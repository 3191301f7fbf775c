import { mapReply } from '../src/app/pictures.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { REGIONS, regionByCode } from '../src/domain/regions.ts';
import { THEME_IDS, THEMES, type ThemeId } from '../src/domain/themes.ts';

const isTheme = (value: string | undefined): value is ThemeId => THEME_IDS.some((id) => id === value);

/** `/laureates map [region:] [theme:]` — the partner countries on a world map, with their counts in words. */
export const map = defineSubcommand({
  name: 'map',
  options: [
    {
      name: 'region',
      type: 'string',
      choices: REGIONS.map((found) => ({ value: found.code, name: () => found.name })),
    },
    {
      name: 'theme',
      type: 'string',
      choices: THEME_IDS.map((id) => ({ value: id, name: ({ language }) => THEMES[id].label[language] })),
    },
  ],
  run: (context, { region, theme }) => {
    const { language } = context.locale;
    const regionFound = region === undefined ? undefined : regionByCode(region);
    const themeFound = isTheme(theme) ? THEMES[theme] : undefined;
    const projects = context.catalog.projects.filter(
      (project) =>
        (!regionFound || project.region.code === regionFound.code) &&
        (!themeFound || project.themes.includes(themeFound.id)),
    );
    const label = [regionFound?.name, themeFound?.label[language]].filter(Boolean).join(' · ');
    return mapReply(context, { projects, ...(label ? { label } : {}) });
  },
});
