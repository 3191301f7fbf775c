import { notFound, resolutionList, type ListRenderer } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { REGIONS } from '../src/domain/regions.ts';
import { noticeView } from '../src/views/infoViews.ts';
import { quote } from '../src/views/text.ts';

export const regionList: ListRenderer = (context, name, _side, page) => {
  const { t } = context.locale;
  const resolution = context.catalog.region(name);
  if (!resolution.found) {
    return notFound(
      context,
      t.notices.unknownRegion(quote(name)),
      resolution.suggestions.map((region) => region.name),
    );
  }
  if (resolution.projects.length === 0)
    return noticeView([t.notices.noRegionProjects(resolution.value.name), t.notices.tryHelp]);
  return resolutionList(context, resolution, name, {
    mode: 'region',
    key: resolution.value.code,
    page,
    title: `📍 ${resolution.value.name} · ${t.list.count(resolution.projects.length)}`,
    label: (region) => region.name,
  });
};

/** `/laureates region name:` — exactly that region's projects; the 18 French regions are the choices. */
export const region = defineSubcommand({
  name: 'region',
  options: [
    {
      name: 'name',
      type: 'string',
      required: true,
      choices: REGIONS.map((found) => ({ value: found.code, name: () => found.name })),
    },
  ],
  run: (context, { name }) => ({ type: 'message', ephemeral: true, body: regionList(context, name, 'any', 0) }),
});
