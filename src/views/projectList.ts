import { ButtonStyle, ComponentType, type APIButtonComponent } from 'discord-api-types/v10';
import { encodeCustomId, type ComponentAction } from './customId.ts';
import type { Project } from '../domain/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { LIMITS, truncate } from './limits.ts';
import { messageBody, type MessageBody } from './message.ts';
import { NEUTRAL_COLOUR } from './palette.ts';
import { displayTitle, flagOf, flags, headline, partnersInline, themesInline } from './projectText.ts';

export const PAGE_SIZE = 10;
/** Each line of an entry is cut so that ten entries and the notes always fit in a description (4,096). */
const ENTRY_LINE = { names: 180, where: 110, title: 90 } as const;

export interface ProjectList {
  /** Already escaped where it echoes user text. */
  title: string;
  /** Lines above the list: "did you mean", best guesses. */
  notes: string[];
  projects: readonly Project[];
  /** 0-based; out-of-range pages (a forged or stale id) show the nearest real page. */
  page: number;
  /** What the button showing another page does (buttons only appear when there is more than one page). */
  pageAction: (page: number) => ComponentAction;
  /** What the CSV button does: the whole list as a file. */
  exportAction: ComponentAction;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** Who with whom; then the French region and the themes, which answer most questions without opening the card. */
function entry(project: Project, rank: number, locale: Locale): string {
  return [
    truncate(
      `**${rank}.** ${flags(project)} **${project.lead.name}** → ${partnersInline(project, locale)}`,
      ENTRY_LINE.names,
    ),
    truncate(`└ 📍 ${project.region.name} · ${themesInline(project, locale)}`, ENTRY_LINE.where),
    `└ *${truncate(displayTitle(project, locale), ENTRY_LINE.title)}*`,
  ].join('\n');
}

function exportButton(list: ProjectList, locale: Locale): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label: locale.t.csv.button,
    emoji: { name: '📄' },
    custom_id: encodeCustomId(list.exportAction),
  };
}

function pageButtons(list: ProjectList, page: number, pages: number, locale: Locale): APIButtonComponent[] {
  const button = (label: string, target: number, disabled: boolean, slot: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    disabled,
    // Disabled buttons still need an id unique in the message; they can't be clicked, so any valid one does.
    custom_id: encodeCustomId(disabled ? { action: 'noop', slot } : list.pageAction(target)),
  });
  return [
    button('◀', page - 1, page === 0, 'prev'),
    button(locale.t.list.page(page + 1, pages), page, true, 'page'),
    button('▶', page + 1, page >= pages - 1, 'next'),
  ];
}

/** A compact, paged list of projects with a menu to open any listed project's card. */
export function projectList(list: ProjectList, locale: Locale): MessageBody {
  const pages = pageCount(list.projects.length);
  const page = Math.min(Math.max(0, list.page), pages - 1);
  const shown = list.projects.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const entries = shown.map((project, index) => entry(project, page * PAGE_SIZE + index + 1, locale));
  const footer = [
    locale.t.list.count(list.projects.length),
    ...(pages > 1 ? [locale.t.list.page(page + 1, pages)] : []),
  ];

  return messageBody({
    embeds: [
      {
        color: NEUTRAL_COLOUR,
        title: list.title,
        description: [...list.notes, ...(list.notes.length > 0 ? [''] : []), ...entries].join('\n'),
        footer: { text: footer.join(' · ') },
      },
    ],
    components: [
      ...(shown.length > 0
        ? [
            {
              type: ComponentType.ActionRow as const,
              components: [
                {
                  type: ComponentType.StringSelect as const,
                  custom_id: encodeCustomId({ action: 'open' }),
                  placeholder: truncate(locale.t.list.openPlaceholder, LIMITS.selectPlaceholder),
                  options: shown.slice(0, LIMITS.selectOptions).map((project) => ({
                    label: truncate(headline(project), LIMITS.selectOptionText),
                    description: truncate(displayTitle(project, locale), LIMITS.selectOptionText),
                    value: project.id,
                    emoji: { name: project.partners[0] ? flagOf(project.partners[0]) : '🏳️' },
                  })),
                },
              ],
            },
          ]
        : []),
      ...(shown.length > 0
        ? [
            {
              type: ComponentType.ActionRow as const,
              components: [...(pages > 1 ? pageButtons(list, page, pages, locale) : []), exportButton(list, locale)],
            },
          ]
        : []),
    ],
  });
}
