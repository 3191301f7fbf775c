import { Resvg } from '@resvg/resvg-js';
import { encodePng } from './png.ts';
import { statsChartSvg, type ChartPicture } from '../views/pictures/statsChart.ts';
import { FONT_FAMILY } from '../views/pictures/svg.ts';
import { worldMapSvg, type MapPicture } from '../views/pictures/worldMap.ts';

/** A picture to draw, as plain data: it crosses to a worker thread by structured clone. */
export type PictureJob = { kind: 'map'; picture: MapPicture } | { kind: 'chart'; picture: ChartPicture };

export function pictureSvg(job: PictureJob): string {
  return job.kind === 'map' ? worldMapSvg(job.picture) : statsChartSvg(job.picture);
}

/** SVG to PNG with the shipped fonts only (system fonts off: every machine draws the same picture). */
export function svgToPng(svg: string, fontFiles: readonly string[]): Uint8Array {
  const rendered = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: FONT_FAMILY },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render();
  return encodePng(rendered.width, rendered.height, rendered.pixels);
}

export function drawPicture(job: PictureJob, fontFiles: readonly string[]): Uint8Array {
  return svgToPng(pictureSvg(job), fontFiles);
}
