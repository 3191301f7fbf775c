import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildEntries, ENTRIES } from '../scripts/build.ts';

/**
 * An HTTP replica never loads discord.js (about 20 MB of RSS and 0.25 s of start, measured on the built entry point):
 * what it loads — the built main.js and the HTTP service chunk, with everything they import statically, chunk after
 * chunk — neither imports it nor has it bundled in. The gateway transport, which needs it, is its own dynamic import.
 */
const out = mkdtempSync(join(tmpdir(), 'laureates-dist-'));
beforeAll(() => buildEntries(ENTRIES, out), 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The package a module path or specifier names ("discord.js", "@discordjs/ws"). */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Every file main.js loads before any dynamic import(), and the packages they load: imported from node_modules, or
 * bundled in (esbuild heads each module it bundles with a comment naming its path).
 */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string>; imported: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  /** Those node loads from node_modules at run time, not bundled in. */
  const imported = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(
      /^\s*(?:import|export)\s[^;]*?from\s*"([^"]+)"|^\s*import\s*"([^"]+)"/gm,
    )) {
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) {
        packages.add(packageOf(specifier));
        imported.add(packageOf(specifier));
      }
    }
    for (const [, path] of code.matchAll(/^\/\/ \S*?node_modules\/(\S+)$/gm)) if (path) packages.add(packageOf(path));
  };
  visit(join(out, entry));
  return { files, packages, imported };
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
  expect([...packages]).not.toContain('ws');
  // The gateway transport, loaded on demand, does use it: the check above would see the package were it there.
  expect([...staticGraph(dynamicChunk('gatewayService')).packages]).toContain('discord.js');
});

it('the bot’s main thread, in either mode, never loads the world atlas, the map drawing, the playground or the emulator', () => {
  const graphs = ['main.js', dynamicChunk('service'), dynamicChunk('gatewayService')].map(staticGraph);
  const packages = new Set(graphs.flatMap((graph) => [...graph.packages]));
  const files = new Set(graphs.flatMap((graph) => [...graph.files]));
  const code = [...files].map((file) => readFileSync(file, 'utf8'));
  // The atlas (~20 MB of RSS once parsed into shapes) and the renderer belong to the picture worker.
  for (const heavy of ['d3-geo', 'topojson-client', '@resvg/resvg-js', 'world-atlas'])
    expect([...packages]).not.toContain(heavy);
  for (const source of ['src/emulator/', 'src/playground/']) {
    expect(code.filter((text) => new RegExp(`^// ${source}`, 'm').test(text))).toEqual([]);
  }
  expect([...packages]).toContain('discord.js');
  // zod is bundled so that its ~40 error-message locales are left out, but for the English one.
  const zodLocales = code.flatMap((text) => [...text.matchAll(/^\/\/ \S*node_modules\/zod\/v4\/locales\/(\w+)\.js/gm)]);
  expect(zodLocales.map((match) => match[1])).toEqual(['en']);
  // Nor are the country names in i18n-iso-countries's 78 languages: its main entry registers them all at import
  // (a start took ~70 ms and ~25 MB of RSS more), the bot reads two.
  const countryLanguages = code.flatMap((text) => [
    ...text.matchAll(/^\/\/ \S*node_modules\/i18n-iso-countries\/langs\/(\w+)\.json/gm),
  ]);
  expect(countryLanguages.map((match) => match[1]).sort()).toEqual(['en', 'fr']);
});

it('a start, in either mode, has node load no package from node_modules: they are bundled into the chunks', () => {
  // Node finding, reading and wrapping discord.js's and the others' CommonJS files one by one was ~0.4 s of a start.
  const graphs = ['main.js', dynamicChunk('service'), dynamicChunk('gatewayService')].map(staticGraph);
  expect(graphs.flatMap((graph) => [...graph.imported])).toEqual([]);
  for (const bundled of ['discord.js', 'pino', 'prom-client', 'i18n-iso-countries', 'snowball-stemmers'])
    expect(graphs.flatMap((graph) => [...graph.packages])).toContain(bundled);
});
