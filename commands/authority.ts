import { MAX_QUERY_IN_ID, SIDES, type Side } from '../src/views/customId.ts';
import { listReply, noticeAnswer, notFound, resolutionList, type ListSource } from '../src/app/lists.ts';
import { defineSubcommand, type CommandContext } from '../src/app/subcommand.ts';
import type { Authority, Resolution } from '../src/search/catalog.ts';
import { authorityChoiceName, choices } from '../src/views/choices.ts';
import { quote } from '../src/views/text.ts';

/** The authority the name resolves to on the side asked, or on the other side, saying where it is. */
function resolveOnSide(
  context: CommandContext,
  name: string,
  side: Side,
): { resolution: Resolution<Authority>; notes: string[] } {
  const resolution = context.catalog.authority(name, side);
  if (resolution.found || side === 'any') return { resolution, notes: [] };
  // "Vichy" asked as a partner: it is a French lead authority; say so and show its projects rather than "no Vichy".
  const anywhere = context.catalog.authority(name, 'any');
  if (!anywhere.found || !anywhere.certain) return { resolution, notes: [] };
  const { t } = context.locale;
  const where = anywhere.value.side === 'french' ? t.list.isLead : t.list.isPartner;
  return {
    resolution: anywhere,
    notes: [t.list.onOtherSide(`**${anywhere.value.name}**`, where, anywhere.projects.length)],
  };
}

export const authorityList: ListSource = (context, name, side) => {
  const { t } = context.locale;
  const { resolution, notes } = resolveOnSide(context, name, side);
  if (!resolution.found) {
    const names = resolution.suggestions.map((authority) => authority.name);
    return noticeAnswer(notFound(context, t.notices.unknownAuthority(quote(name)), names));
  }
  // One authority found (named in full, or despite a typo) gets its own title; a name several match keeps the words.
  const single = resolution.alternatives.length === 0;
  return resolutionList(context, resolution, name, {
    key: name,
    title: t.list.authorityTitle(single ? resolution.value.name : t.list.typed(quote(name))),
    label: (authority) => authority.name,
    notes,
  });
};

const sideOf = (side: string | undefined): Side => (side === 'french' || side === 'partner' ? side : 'any');

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
  run: (context, { name, side }) => listReply(context, 'authority', authorityList, name, sideOf(side)),
  autocomplete: (context, { value }, { side }) =>
    choices(
      context.catalog
        .suggestAuthorities(value, sideOf(side))
        .map((found) => ({ name: authorityChoiceName(found, context.locale), value: found.name })),
      MAX_QUERY_IN_ID,
    ),
});
