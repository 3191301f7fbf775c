import { crc32, deflateSync } from 'node:zlib';

/**
 * RGBA pixels as a PNG, written here rather than by resvg's `asPng()`: pictures with large flat areas compress well
 * without PNG's scanline filters, and zlib at level 3 on unfiltered rows was measured 2–5× faster than resvg's
 * encoder for a file ~10 % smaller (1600 × 900 map: ~20 ms and ~215 KB against ~55–120 ms and ~240 KB).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const stride = width * 4;
  if (rgba.byteLength !== stride * height) throw new RangeError(`expected ${stride * height} bytes of RGBA`);
  // Each row is preceded by its filter type, 0 (none).
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variant, not interlaced
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 3 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
