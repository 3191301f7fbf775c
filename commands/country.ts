import { MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import { notFound, resolutionList, type ListRenderer } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import type { Country } from '../src/domain/countries.ts';
import { choices, countryChoiceName } from '../src/views/choices.ts';
import { noticeView } from '../src/views/infoViews.ts';
import { quote } from '../src/views/text.ts';

export const countryList: ListRenderer = (context, name, _side, page) => {
  const { t, language } = context.locale;
  const label = (country: Country) => `${country.flag} ${country.name[language]}`;
  const resolution = context.catalog.country(name);
  if (!resolution.found)
    return notFound(context, t.notices.unknownCountry(quote(name)), resolution.suggestions.map(label));
  if (resolution.projects.length === 0)
    return noticeView([t.notices.noCountryProjects(label(resolution.value)), t.notices.tryHelp]);
  return resolutionList(context, resolution, name, {
    mode: 'country',
    // Pages carry the resolved ISO code: the next page is exactly the same country.
    key: resolution.value.code,
    page,
    title: `${label(resolution.value)} · ${t.list.count(resolution.projects.length)}`,
    label,
  });
};

/** `/laureates country name:` — exactly the projects with a partner in that country. */
export const country = defineSubcommand({
  name: 'country',
  options: [{ name: 'name', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID }],
  run: (context, { name }) => ({ type: 'message', ephemeral: true, body: countryList(context, name, 'any', 0) }),
  autocomplete: (context, { value }) =>
    choices(
      context.catalog.suggestCountries(value).map(({ country: found, projectCount }) => ({
        name: countryChoiceName(found, projectCount, context.locale),
        value: found.code,
      })),
    ),
});
