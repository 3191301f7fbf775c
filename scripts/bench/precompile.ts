import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from '../../test/support/process.ts';

/**
 * Where bundles go: two levels under the project root, so that src/data/paths.ts finds data/ where it expects it, and
 * inside node_modules, so that the packages left out of the bundle resolve as usual.
 */
export const BUNDLE_DIR = join(ROOT, 'node_modules/.laureates-bench');

/** Packages stay out of the bundle and load from node_modules; their JSON goes in (node needs `with { type }`). */
const packagesOutJsonIn: Plugin = {
  name: 'packages-out-json-in',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.endsWith('.json') ? undefined : { path, external: true },
    );
  },
};

/** Bundles an entry point (our code in, packages out) into plain JavaScript: how it would start without tsx. */
export async function precompile(entry: string, name: string): Promise<string> {
  const outfile = join(BUNDLE_DIR, `${name}.mjs`);
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    plugins: [packagesOutJsonIn],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

export function removeBundles(): void {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
}
