import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../projectRoot.ts';

/** From the project root, not this module: in a bundle (dist/) this code no longer sits next to public/. */
const ENTRY = join(PROJECT_ROOT, 'src/playground/public/app.ts');

let cached: Promise<string> | undefined;

/**
 * The page's script: its modules and the Discord web components, bundled by esbuild into memory on first use and kept
 * for the life of the process, so there is no build step and no build output to keep in sync.
 */
export function pageBundle(): Promise<string> {
  cached ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'inline',
    logLevel: 'silent',
  }).then(
    (result) => {
      const output = result.outputFiles[0];
      if (!output) throw new Error('esbuild produced no output for the playground page');
      return output.text;
    },
    (error: unknown) => {
      // Let a later request try again (after the source is fixed) instead of serving the failure forever.
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
