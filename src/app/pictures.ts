import type { Project } from '../domain/schema.ts';
import { RenderBusyError, type PictureRequest } from '../render/service.ts';
import type { Catalog } from '../search/catalog.ts';
import { statsChartPicture } from '../views/chartView.ts';
import { noticeView, statsView } from '../views/infoViews.ts';
import {
  MAP_FILE_NAME,
  mapAltText,
  mapEmbed,
  mapPicture,
  partnerCounts,
  type MapSelection,
  type PictureOutcome,
} from '../views/mapView.ts';
import { messageBody } from '../views/message.ts';
import type { CommandContext, Reply } from './subcommand.ts';

/** The names of the calls the projects come from, for a picture's subtitle. */
function callNamesOf(catalog: Catalog, projects: readonly Project[]): string[] {
  return [...new Set(projects.map((project) => catalog.call(project.callId)?.name ?? project.callId))];
}

/** Draws a picture; a full queue or a failed drawing becomes an outcome the answer explains, not an error. */
async function draw(
  context: CommandContext,
  job: PictureRequest['job'],
): Promise<{ png?: Uint8Array; outcome: PictureOutcome }> {
  try {
    return { png: await context.pictures.render({ job, dataVersion: context.catalog.version }), outcome: 'drawn' };
  } catch (error) {
    return { outcome: error instanceof RenderBusyError ? 'busy' : 'failed' };
  }
}

/** A map of the selection's partner countries with its summary in words; a notice when there is nothing to map. */
export async function mapReply(context: CommandContext, selection: MapSelection): Promise<Reply> {
  const { locale } = context;
  if (partnerCounts(selection, locale.language).length === 0)
    return { type: 'message', ephemeral: true, body: noticeView([locale.t.map.nothing, locale.t.notices.tryHelp]) };
  const picture = mapPicture(selection, callNamesOf(context.catalog, selection.projects), locale);
  const { png, outcome } = await draw(context, { kind: 'map', picture });
  return {
    type: 'message',
    ephemeral: true,
    body: messageBody({
      embeds: [mapEmbed(selection, outcome, locale)],
      files: png
        ? [{ name: MAP_FILE_NAME, data: png, contentType: 'image/png', description: mapAltText(selection, locale) }]
        : [],
    }),
  };
}

/** The statistics in words, and as a chart when it could be drawn. */
export async function statsReply(context: CommandContext): Promise<Reply> {
  const { catalog, locale } = context;
  const stats = catalog.stats();
  const calls = callNamesOf(catalog, catalog.projects);
  const { png, outcome } = await draw(context, { kind: 'chart', picture: statsChartPicture(stats, calls, locale) });
  return {
    type: 'message',
    ephemeral: true,
    body: statsView(stats, calls, locale, { outcome, png }),
  };
}
