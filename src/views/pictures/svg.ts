/** The one typeface of every picture: shipped in assets/fonts and given to the renderer, so all machines agree. */
export const FONT_FAMILY = 'DejaVu Sans';

/** Text and attribute values made safe inside SVG markup (names come from the data, some with “&” or quotes). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** DejaVu Sans is wide: about 0.6 em per character on average, enough to keep labels apart and inside the frame. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Shortens text to fit a width, with an ellipsis. */
export function fitText(text: string, fontSize: number, width: number): string {
  const max = Math.floor(width / (fontSize * 0.6) + 0.5);
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

interface TextOptions {
  size: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'bold';
  /** A pale outline under the letters, so labels stay legible over lines and shapes. */
  halo?: string;
}

export function svgText(x: number, y: number, text: string, options: TextOptions): string {
  const attributes = [
    `x="${x.toFixed(1)}"`,
    `y="${y.toFixed(1)}"`,
    `font-size="${options.size}"`,
    `fill="${options.fill ?? '#1f2933'}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    options.halo
      ? `stroke="${options.halo}" stroke-width="${(options.size / 4).toFixed(1)}" stroke-linejoin="round" paint-order="stroke"`
      : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

export function svgDocument(width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    ...body,
    '</svg>',
  ].join('\n');
}
