import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** tsx's ESM API, as its package exports it for `import` (require.resolve would give the CommonJS one). */
function tsxEsmApi(): URL {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: { './esm/api': { import: { default: string } } } };
  return new URL(manifest.exports['./esm/api'].import.default, pathToFileURL(manifestPath));
}

/**
 * A worker thread on that entry point. From source the entry is TypeScript, which a worker thread can't load by
 * itself whatever runs the parent (tsx, vitest): a two-line bootstrap loads it through tsx's API.
 */
export function startWorker(url: URL, options: { workerData: object; resourceLimits?: ResourceLimits }): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsxApi = tsxEsmApi().href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => tsx.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}));`;
  return new Worker(bootstrap, { ...options, eval: true });
}
