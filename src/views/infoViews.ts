import type { Stats } from '../search/catalog.ts';
import type { APIEmbedField } from 'discord-api-types/v10';
import type { Call } from '../domain/schema.ts';
import { formatDate, type Locale } from '../i18n/index.ts';
import { LIMITS, truncate } from './limits.ts';
import { CHART_FILE_NAME } from './chartView.ts';
import { statsForReader } from './statsOrder.ts';
import { pictureNote, type PictureOutcome } from './mapView.ts';
import { messageBody, type MessageBody } from './message.ts';
import { ERROR_COLOUR, NEUTRAL_COLOUR, WARNING_COLOUR } from './palette.ts';

/** Lines for a field, as many as fit in a field value, then "…". */
function linesField(lines: string[]): string {
  return truncate(lines.join('\n'), LIMITS.fieldValue);
}

/** The numbers in words, with their chart below when one was drawn (or a line saying why not). */
export function statsView(
  stats: Stats,
  callNames: string[],
  locale: Locale,
  chart?: { outcome: PictureOutcome; png?: Uint8Array },
): MessageBody {
  const { t, language } = locale;
  const ordered = statsForReader(stats, language);
  return messageBody({
    files: chart?.png
      ? [{ name: CHART_FILE_NAME, data: chart.png, contentType: 'image/png', description: t.map.chartAlt }]
      : [],
    embeds: [
      {
        color: NEUTRAL_COLOUR,
        title: t.stats.title,
        description: [t.stats.calls(callNames.join(', ')), ...(chart ? pictureNote(chart.outcome, locale) : [])].join(
          '\n',
        ),
        ...(chart?.png ? { image: { url: `attachment://${CHART_FILE_NAME}` } } : {}),
        fields: [
          { name: t.stats.projects, value: String(stats.projects), inline: true },
          { name: t.stats.leadAuthorities, value: String(stats.leadAuthorities), inline: true },
          { name: t.stats.partnerCountries, value: String(stats.partnerCountries), inline: true },
          { name: t.stats.regions, value: String(stats.regions), inline: true },
          {
            name: t.stats.perRegion,
            value: linesField(ordered.perRegion.map(({ region, count }) => `${region.name} — **${count}**`)),
          },
          {
            name: t.stats.perCountry,
            value: linesField(
              ordered.perCountry.map(
                ({ country, count }) => `${country.flag} ${country.name[language]} — **${count}**`,
              ),
            ),
          },
        ],
      },
    ],
  });
}

/** A call as its publication says it: "**AAP Généraliste 2021**: the list published by …, announced on … in Paris." */
export function callSentence(call: Call, { t, language }: Locale): string {
  return t.help.data.source(call.name, call.publisher, formatDate(call.announcedOn, language), call.announcedIn);
}

/** What the data holds and what it doesn't, with the publications it comes from: people stop asking for amounts. */
function dataField(calls: readonly Call[], locale: Locale): APIEmbedField {
  const { t } = locale;
  const sources = calls.map((call) => callSentence(call, locale));
  return { name: t.help.data.title, value: linesField([...sources, t.help.data.holds, t.help.data.lacks]) };
}

export function helpView(calls: readonly Call[], locale: Locale): MessageBody {
  const { t } = locale;
  return messageBody({
    embeds: [
      {
        color: NEUTRAL_COLOUR,
        title: t.help.title,
        description: t.help.intro,
        fields: [
          ...Object.entries(t.help.examples).map(([key, example]) => ({
            name: `/${t.command.name} ${t.subcommands[key as keyof typeof t.subcommands].name}`,
            value: `${t.subcommands[key as keyof typeof t.subcommands].description}\n${example}`,
          })),
          dataField(calls, locale),
        ],
        footer: { text: t.help.footer },
      },
    ],
  });
}

/** A normal "nothing found" answer: what was asked, and what might have been meant. */
export function noticeView(lines: string[], title?: string): MessageBody {
  return messageBody({ embeds: [{ color: WARNING_COLOUR, title, description: lines.join('\n') }] });
}

export function errorView(message: string, { t }: Locale): MessageBody {
  return messageBody({ embeds: [{ color: ERROR_COLOUR, title: t.errors.title, description: message }] });
}
