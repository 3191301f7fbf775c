import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { encodeCustomId } from './customId.ts';
import type { Call, Project } from '../domain/schema.ts';
import { formatDate, type Locale } from '../i18n/index.ts';
import { LIMITS } from './limits.ts';
import { messageBody, type MessageBody } from './message.ts';
import { regionColour } from './palette.ts';
import { countryName, displayTitle, flagOf, headline, themesInline } from './projectText.ts';
import { escapeUserText } from './text.ts';

/**
 * The title in the reader's language, and the published French title one line below when that was a translation. A
 * title too long for Discord's 256 characters is given in full in the description, never only cut.
 */
function titleParts(project: Project, locale: Locale): Pick<APIEmbed, 'title' | 'description'> {
  const title = displayTitle(project, locale);
  const published = title === project.title ? [] : [`🇫🇷 ${locale.t.card.publishedTitle} *${project.title}*`];
  const tooLong = title.length > LIMITS.embedTitle;
  const description = [...(tooLong ? [`*${title}*`] : []), ...published].join('\n');
  return { title: tooLong ? headline(project) : title, ...(description ? { description } : {}) };
}

export function projectEmbed(project: Project, call: Call | undefined, locale: Locale): APIEmbed {
  const { t, language } = locale;
  const partners = project.partners
    .map((partner) => `${flagOf(partner)} **${partner.name}** — ${countryName(partner.country, locale)}`)
    .join('\n');
  return {
    color: regionColour(project.region.code),
    author: { name: call ? `${call.name} · ${project.region.name}` : project.region.name },
    ...titleParts(project, locale),
    fields: [
      { name: t.card.lead, value: project.lead.name, inline: true },
      { name: t.card.region, value: project.region.name, inline: true },
      { name: t.card.partners, value: partners },
      { name: t.card.themes, value: themesInline(project, locale) },
      ...(call
        ? [
            {
              name: t.card.call,
              value: `${call.name} — ${t.card.publishedBy(call.publisher)}, ${t.card.announced(formatDate(call.announcedOn, language), call.announcedIn)}`,
            },
          ]
        : []),
    ],
    // What the data holds and what it doesn't, so that nobody looks for an amount or a contact that isn't there.
    footer: { text: t.card.scope },
  };
}

/**
 * The card people explore privately, with a button to share it in the channel; once shared, the button is disabled
 * (sharing twice would post it twice).
 */
export function projectCard(project: Project, call: Call | undefined, locale: Locale, shared = false): MessageBody {
  return messageBody({
    embeds: [projectEmbed(project, call, locale)],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: shared ? ButtonStyle.Secondary : ButtonStyle.Primary,
            label: shared ? locale.t.card.shared : locale.t.card.share,
            emoji: { name: shared ? '✅' : '📣' },
            disabled: shared,
            custom_id: encodeCustomId({ action: shared ? 'shared' : 'share', projectId: project.id }),
          },
        ],
      },
    ],
  });
}

/** The same card posted for everyone, saying who shared it. */
export function sharedProjectCard(
  project: Project,
  call: Call | undefined,
  locale: Locale,
  sharer: string,
): MessageBody {
  return messageBody({
    content: `📣 ${locale.t.card.sharedBy(`**${escapeUserText(sharer)}**`)}`,
    embeds: [projectEmbed(project, call, locale)],
  });
}
