/**
 * `npm run build` (also run by `prepare`, so on every `npm install` / `npm ci`): the entry points bundled by esbuild into
 * dist/, which `npm start` runs on plain node — no TypeScript loader at start. Our code goes in; packages stay out and
 * load from node_modules as usual. Dynamic imports become chunks of their own (code splitting), so what a mode does
 * not use (the playground and the emulator, in bot mode) is never loaded.
 *
 * Worker threads need an entry point of their own: add it to ENTRIES (the key is its path in dist/, without .js).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../src/projectRoot.ts';

export const ENTRIES: Record<string, string> = {
  main: 'src/main.ts',
  'render/worker': 'src/render/worker.ts',
  'data/reloadWorker': 'src/data/reloadWorker.ts',
};

export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * Bundled after all, so that what we do not use is left out: zod exports every one of its ~40 error-message locales,
 * which node would load (and keep, as source and code) for the one we use.
 */
const BUNDLED = /^zod(\/|$)/;

/** Packages stay out of the bundle and load from node_modules; their JSON goes in (node needs `with { type }`). */
const packagesOutJsonIn: Plugin = {
  name: 'packages-out-json-in',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.endsWith('.json') || BUNDLED.test(path) ? undefined : { path, external: true },
    );
  },
};

/** How every bundle of the project is made: ESM for node 20, packages external. */
export const NODE_BUNDLE: BuildOptions = {
  bundle: true,
  plugins: [packagesOutJsonIn],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces name the TypeScript files and lines.
  sourcemap: 'linked',
  logLevel: 'warning',
};

/** Bundles `entries` (name in dist/ → source path from the project root) into `outdir`, emptied first. */
export async function buildEntries(entries: Record<string, string>, outdir = DIST): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...NODE_BUNDLE,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(PROJECT_ROOT, path)])),
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = performance.now();
  await buildEntries(ENTRIES);
  console.log(`dist/ built in ${Math.round(performance.now() - started)} ms`);
}
