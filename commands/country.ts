import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { listReply, noProjectsIn, noticeAnswer, notFound, resolutionList, type ListSource } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import type { Country } from '../src/domain/countries.ts';
import { choices, countryChoiceName } from '../src/views/choices.ts';
import { quote } from '../src/views/text.ts';
import { placeSearch } from '../src/search/query.ts';
import { emptyFilters } from '../src/understanding/query.ts';
import { filterLabels } from '../src/views/answers.ts';

export const countryList: ListSource = (context, name) => {
  const { t, language } = context.locale;
  const label = (country: Country) => `${country.flag} ${country.name[language]}`;
  // "Afrique", "Asia": a continent (or another world region) typed as a country lists its countries' projects.
  const inRegion = placeSearch(context.catalog, name, language);
  const { countries, departements, worldRegions } = inRegion?.filters ?? emptyFilters();
  if (inRegion && worldRegions.length > 0 && countries.length + departements.length === 0) {
    const region = filterLabels(inRegion.filters, [], context.locale).join(' · ');
    if (inRegion.projects.length === 0) return noticeAnswer(notFound(context, t.notices.noResult(quote(name)), []));
    return {
      kind: 'list',
      projects: inRegion.projects,
      title: `${region} · ${t.list.count(inRegion.projects.length)}`,
      notes: [t.list.worldRegionNote(region)],
      key: name,
    };
  }
  const resolution = context.catalog.country(name);
  if (!resolution.found)
    return noticeAnswer(notFound(context, t.notices.unknownCountry(quote(name)), resolution.suggestions.map(label)));
  // France is the French side of every project, never a partner country: "none yet" would mislead.
  if (resolution.value.code === 'FR') return noticeAnswer(notFound(context, t.ask.franceSide, []));
  if (resolution.projects.length === 0)
    return noticeAnswer(noProjectsIn(context, { kind: 'country', country: resolution.value, projects: [] }));
  return resolutionList(context, resolution, name, {
    // Buttons carry the resolved ISO code: the next page is exactly the same country.
    key: resolution.value.code,
    title: `${label(resolution.value)} · ${t.list.count(resolution.projects.length)}`,
    label,
  });
};

/** `/laureates country name:` — exactly the projects with a partner in that country. */
export const country = defineSubcommand({
  name: 'country',
  options: [{ name: 'name', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { name }) => listReply(context, 'country', countryList, name),
  autocomplete: (context, { value }) =>
    choices(
      context.catalog.suggestCountries(value).map(({ country: found, projectCount }) => ({
        name: countryChoiceName(found, projectCount, context.locale),
        value: found.code,
      })),
      MAX_QUERY_IN_ID,
    ),
});
