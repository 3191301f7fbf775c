import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { encodeCustomId } from './customId.ts';
import type { Call, Project } from '../domain/schema.ts';
import { formatDate, type Locale } from '../i18n/index.ts';
import { messageBody, type MessageBody } from './message.ts';
import { regionColour } from './palette.ts';
import { countryName, flagOf, themesInline } from './projectText.ts';
import { escapeUserText } from './text.ts';

export function projectEmbed(project: Project, call: Call | undefined, locale: Locale): APIEmbed {
  const { t, language } = locale;
  const partners = project.partners
    .map((partner) => `${flagOf(partner)} **${partner.name}** — ${countryName(partner.country, locale)}`)
    .join('\n');
  return {
    color: regionColour(project.region.code),
    author: { name: call ? `${call.name} · ${project.region.name}` : project.region.name },
    title: project.title,
    fields: [
      { name: t.card.lead, value: project.lead.name, inline: true },
      { name: t.card.region, value: project.region.name, inline: true },
      { name: t.card.partners, value: partners },
      { name: t.card.themes, value: themesInline(project, locale) },
      ...(call
        ? [
            {
              name: t.card.call,
              value: `${call.name} — ${t.card.announced(formatDate(call.announcedOn, language), call.announcedIn)}`,
            },
          ]
        : []),
    ],
    footer: { text: `ID: ${project.id}` },
  };
}

/** The card people explore privately, with a button to share it in the channel. */
export function projectCard(project: Project, call: Call | undefined, locale: Locale): MessageBody {
  return messageBody({
    embeds: [projectEmbed(project, call, locale)],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: locale.t.card.share,
            emoji: { name: '📣' },
            custom_id: encodeCustomId({ action: 'share', projectId: project.id }),
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
