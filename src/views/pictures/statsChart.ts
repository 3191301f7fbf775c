import { fitText, svgDocument, svgText, textWidth } from './svg.ts';

export interface ChartBar {
  label: string;
  value: number;
  /** Bars of one group share a colour, named in the panel's legend (partner countries by continent). */
  group?: string;
}

/** A bar chart in panels side by side, in plain data with labels in the reader's language. */
export interface ChartPicture {
  title: string;
  subtitle: string;
  panels: readonly { title: string; bars: readonly ChartBar[] }[];
}

export const CHART_WIDTH = 1600;
const MIN_HEIGHT = 560;
const MAX_HEIGHT = 900;
const ROW = 44;
/** More bars than this would be too thin to read: the rest are summed in a last bar by the caller. */
export const MAX_BARS = 18;

export const CHART_COLOURS = {
  plain: '#2f5597',
  groups: ['#e0502a', '#2a9d8f', '#8e5bb5', '#e9a23b', '#4c8bd6', '#7a8b99'],
} as const;

const TITLE_BAND = 96;
const MARGIN = 24;
const GUTTER = 48;

function panelSvg(panel: ChartPicture['panels'][number], x: number, width: number, height: number): string[] {
  const bars = panel.bars.slice(0, MAX_BARS);
  const groups = [...new Set(bars.flatMap((bar) => (bar.group === undefined ? [] : [bar.group])))];
  const colourOf = (bar: ChartBar) =>
    bar.group === undefined
      ? CHART_COLOURS.plain
      : (CHART_COLOURS.groups[groups.indexOf(bar.group) % CHART_COLOURS.groups.length] ?? CHART_COLOURS.plain);
  const top = TITLE_BAND + 28;
  const out = [svgText(x, top + 22, fitText(panel.title, 24, width), { size: 24, weight: 'bold' })];

  // The legend, one line under the title, wrapping when the groups are many.
  let legendX = x;
  let legendY = top + 52;
  for (const group of groups) {
    const itemWidth = 30 + textWidth(group, 17) + 18;
    if (legendX + itemWidth > x + width) {
      legendX = x;
      legendY += 26;
    }
    const colour = colourOf({ label: '', value: 0, group });
    out.push(
      `<rect x="${legendX}" y="${legendY - 14}" width="20" height="16" rx="3" fill="${colour}"/>`,
      svgText(legendX + 28, legendY, group, { size: 17, fill: '#37424d' }),
    );
    legendX += itemWidth;
  }

  const barsTop = (groups.length > 0 ? legendY + 22 : top + 44) + 6;
  const available = height - MARGIN - barsTop;
  const row = Math.min(ROW, available / Math.max(1, bars.length));
  const barHeight = Math.max(6, row * 0.68);
  const fontSize = Math.max(12, Math.min(19, row * 0.5));
  const labelWidth = Math.min(width * 0.42, Math.max(...bars.map((bar) => textWidth(bar.label, fontSize)), 0) + 20);
  const valueWidth = textWidth(String(Math.max(0, ...bars.map((bar) => bar.value))), fontSize) + 12;
  const scale = (width - labelWidth - valueWidth) / Math.max(1, ...bars.map((bar) => bar.value));

  bars.forEach((bar, index) => {
    const y = barsTop + index * row;
    const length = Math.max(2, bar.value * scale);
    const middle = y + barHeight / 2 + fontSize * 0.35;
    out.push(
      svgText(x + labelWidth - 12, middle, fitText(bar.label, fontSize, labelWidth - 12), {
        size: fontSize,
        anchor: 'end',
        fill: '#1f2933',
      }),
      `<rect x="${(x + labelWidth).toFixed(1)}" y="${y.toFixed(1)}" width="${length.toFixed(1)}" height="${barHeight.toFixed(1)}" rx="3" fill="${colourOf(bar)}"/>`,
      svgText(x + labelWidth + length + 8, middle, String(bar.value), { size: fontSize, weight: 'bold' }),
    );
  });
  return out;
}

/** The chart's height: as tall as its longest panel needs, within bounds (Discord shows wide pictures best). */
export function chartHeight(picture: ChartPicture): number {
  const rows = Math.max(0, ...picture.panels.map((panel) => Math.min(MAX_BARS, panel.bars.length)));
  return Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, TITLE_BAND + 120 + rows * ROW + MARGIN)));
}

/** The statistics chart as SVG: one panel of horizontal bars per breakdown, side by side. */
export function statsChartSvg(picture: ChartPicture): string {
  const width = CHART_WIDTH;
  const height = chartHeight(picture);
  const panels = picture.panels.slice(0, 3);
  const panelWidth = (width - 2 * MARGIN - GUTTER * (panels.length - 1)) / Math.max(1, panels.length);
  return svgDocument(width, height, [
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    svgText(MARGIN, 44, fitText(picture.title, 32, width - 2 * MARGIN), { size: 32, weight: 'bold' }),
    svgText(MARGIN, 80, fitText(picture.subtitle, 20, width - 2 * MARGIN), { size: 20, fill: '#4a5560' }),
    `<line x1="0" y1="${TITLE_BAND}" x2="${width}" y2="${TITLE_BAND}" stroke="#b8c4cf"/>`,
    ...panels.flatMap((panel, index) => panelSvg(panel, MARGIN + index * (panelWidth + GUTTER), panelWidth, height)),
  ]);
}
