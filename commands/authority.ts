import { MAX_QUERY_IN_ID, SIDES } from '../src/views/customId.ts';
import { notFound, resolutionList, type ListRenderer } from '../src/app/lists.ts';
import { defineSubcommand } from '../src/app/subcommand.ts';
import { normalize } from '../src/search/normalize.ts';
import { authorityChoiceName, choices } from '../src/views/choices.ts';
import { quote } from '../src/views/text.ts';

export const authorityList: ListRenderer = (context, name, side, page) => {
  const { t } = context.locale;
  const resolution = context.catalog.authority(name, side);
  if (!resolution.found) {
    return notFound(
      context,
      t.notices.unknownAuthority(quote(name)),
      resolution.suggestions.map((authority) => authority.name),
    );
  }
  // One authority named in full gets its own title; a partial name that several match keeps the words typed.
  const single = resolution.alternatives.length === 0 && normalize(resolution.value.name) === normalize(name);
  return resolutionList(context, resolution, name, {
    mode: 'authority',
    key: name,
    side,
    page,
    title: t.list.authorityTitle(single ? resolution.value.name : `“${quote(name)}”`),
    label: (authority) => authority.name,
  });
};

/** `/laureates authority name: [side:]` — the projects of an authority, lead or partner. */
export const authority = defineSubcommand({
  name: 'authority',
  options: [
    { name: 'name', type: 'string', required: true, autocomplete: true, maxLength: MAX_QUERY_IN_ID },
    {
      name: 'side',
      type: 'string',
      choices: SIDES.map((side) => ({ value: side, name: ({ t }) => t.sideChoices[side] })),
    },
  ],
  run: (context, { name, side }) => ({
    type: 'message',
    ephemeral: true,
    body: authorityList(context, name, side === 'french' || side === 'partner' ? side : 'any', 0),
  }),
  autocomplete: (context, { value }, { side }) =>
    choices(
      context.catalog
        .suggestAuthorities(value, side === 'french' || side === 'partner' ? side : 'any')
        .map((found) => ({ name: authorityChoiceName(found, context.locale), value: found.name })),
    ),
});
