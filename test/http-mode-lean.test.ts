import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildEntries, ENTRIES } from '../scripts/build.ts';

/**
 * An HTTP replica never loads discord.js (about 20 MB of RSS and 0.25 s of start, measured on the built entry point):
 * what it loads — the built main.js and the HTTP service chunk, with everything they import statically, chunk after
 * chunk — never imports it. The gateway transport, which needs it, is its own dynamic import.
 */
const out = mkdtempSync(join(tmpdir(), 'laureates-dist-'));
beforeAll(() => buildEntries(ENTRIES, out), 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Every file main.js loads before any dynamic import(), and the packages they import. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(
      /^\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm,
    )) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else
        packages.add(
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        );
    }
  };
  visit(join(out, entry));
  return { files, packages };
}

/** The chunk a dynamic import in main.js loads, by the name of its module. */
function dynamicChunk(name: string): string {
  const match = new RegExp(`import\\("\\./(chunks/${name}-[^"]+\\.js)"\\)`).exec(
    readFileSync(join(out, 'main.js'), 'utf8'),
  );
  if (!match?.[1]) throw new Error(`main.js does not import the ${name} chunk`);
  return match[1];
}

it('BOT_MODE=http loads main.js and the HTTP service, and neither brings discord.js', () => {
  const main = staticGraph('main.js');
  const http = staticGraph(dynamicChunk('service'));
  const packages = new Set([...main.packages, ...http.packages]);
  expect([...packages]).toContain('prom-client');
  expect([...packages]).not.toContain('discord.js');
  // The gateway transport, loaded on demand, does use it: the check above would see the package were it there.
  expect([...staticGraph(dynamicChunk('gatewayService')).packages]).toContain('discord.js');
});

it('the bot’s main thread, in either mode, never loads the world atlas, the map drawing, the playground or the emulator', () => {
  const graphs = ['main.js', dynamicChunk('service'), dynamicChunk('gatewayService')].map(staticGraph);
  const packages = new Set(graphs.flatMap((graph) => [...graph.packages]));
  const files = new Set(graphs.flatMap((graph) => [...graph.files]));
  const code = [...files].map((file) => readFileSync(file, 'utf8'));
  // The atlas (~20 MB of RSS once parsed into shapes) and the renderer belong to the picture worker.
  for (const heavy of ['d3-geo', 'topojson-client', '@resvg/resvg-js', 'ws'])
    expect([...packages]).not.toContain(heavy);
  for (const source of ['world-atlas/countries-50m.json', 'src/emulator/', 'src/playground/']) {
    // esbuild heads each module it bundles with a comment naming its path.
    expect(code.filter((text) => new RegExp(`^// (\\S*node_modules/)?${source}`, 'm').test(text))).toEqual([]);
  }
  expect([...packages]).toContain('discord.js');
  // zod is bundled so that its ~40 error-message locales are left out, but for the English one.
  const zodLocales = code.flatMap((text) => [...text.matchAll(/^\/\/ \S*node_modules\/zod\/v4\/locales\/(\w+)\.js/gm)]);
  expect(zodLocales.map((match) => match[1])).toEqual(['en']);
});
