import { listReply, noProjectsIn, noticeAnswer, notFound, resolutionList, type ListSource } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { REGIONS } from '../src/domain/regions.ts';
import { quote } from '../src/views/text.ts';

export const regionList: ListSource = (context, name) => {
  const { t } = context.locale;
  const resolution = context.catalog.region(name);
  if (!resolution.found) {
    const names = resolution.suggestions.map((region) => region.name);
    return noticeAnswer(notFound(context, t.notices.unknownRegion(quote(name)), names));
  }
  if (resolution.projects.length === 0)
    return noticeAnswer(noProjectsIn(context, { kind: 'region', region: resolution.value, projects: [] }));
  return resolutionList(context, resolution, name, {
    key: resolution.value.code,
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
  run: (context, { name }) => listReply(context, 'region', regionList, name),
});
