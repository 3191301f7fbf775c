import { inflateSync } from 'node:zlib';

/** A decoded PNG: size and 8-bit RGBA pixels, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/**
 * A minimal PNG reader for tests (what the bot sends, read back as a viewer would): 8-bit RGBA or RGB, not
 * interlaced, the five scanline filters. Anything else throws, so a surprising file fails the test.
 */
export function decodePng(bytes: Uint8Array): DecodedPng {
  const data = Buffer.from(bytes);
  if (!SIGNATURE.every((byte, index) => data[index] === byte)) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Buffer[] = [];
  while (offset < data.length) {
    const length = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    const chunk = data.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      const [depth, colourType, , , interlace] = [chunk[8], chunk[9], chunk[10], chunk[11], chunk[12]];
      if (depth !== 8 || interlace !== 0 || (colourType !== 6 && colourType !== 2))
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') compressed.push(chunk);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const unfiltered = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (unfiltered[row + x - channels] ?? 0) : 0;
      const up = y > 0 ? (unfiltered[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (unfiltered[row - stride + x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`bad PNG filter ${filter}`);
      unfiltered[row + x] = (value + predicted) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height * 4);
  for (let index = 0; index < width * height; index++) {
    for (let channel = 0; channel < 4; channel++)
      pixels[index * 4 + channel] = channel < channels ? (unfiltered[index * channels + channel] ?? 0) : 255;
  }
  return { width, height, pixels };
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [dl, du, dul] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (dl <= du && dl <= dul) return left;
  return du <= dul ? up : upLeft;
}

/** The colour at a pixel as "#rrggbb" (the pictures are opaque). */
export function colourAt(png: DecodedPng, x: number, y: number): string {
  const index = (Math.round(y) * png.width + Math.round(x)) * 4;
  return `#${[0, 1, 2].map((channel) => (png.pixels[index + channel] ?? 0).toString(16).padStart(2, '0')).join('')}`;
}
