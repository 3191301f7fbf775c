import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../projectRoot.ts';
import { pageBundle } from './bundle.ts';

/** From the project root, not this module: in a bundle (dist/) this code no longer sits next to public/. */
const PUBLIC = pathToFileURL(join(PROJECT_ROOT, 'src/playground/public/'));

/**
 * Only these are served: the page sources next to them (TypeScript modules) reach the browser through the bundle.
 * Script from our origin only, so injected markup could not run code even if some text escaped its escaping.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const ASSETS: Record<string, { type: string; load: () => Promise<string | Buffer> }> = {
  '/': { type: 'text/html; charset=utf-8', load: () => readFile(new URL('index.html', PUBLIC)) },
  '/style.css': { type: 'text/css; charset=utf-8', load: () => readFile(new URL('style.css', PUBLIC)) },
  '/app.js': { type: 'text/javascript; charset=utf-8', load: pageBundle },
  '/avatars/bot.svg': { type: 'image/svg+xml', load: () => readFile(new URL('avatars/bot.svg', PUBLIC)) },
  '/avatars/user.svg': { type: 'image/svg+xml', load: () => readFile(new URL('avatars/user.svg', PUBLIC)) },
};

export function isAsset(path: string): boolean {
  return Object.hasOwn(ASSETS, path);
}

export async function sendAsset(res: ServerResponse, path: string): Promise<void> {
  const asset = ASSETS[path];
  if (!asset) throw new Error(`not an asset: ${path}`);
  const body = await asset.load();
  res.writeHead(200, {
    'content-type': asset.type,
    'content-length': Buffer.byteLength(body).toString(),
    'cache-control': 'no-cache',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}
