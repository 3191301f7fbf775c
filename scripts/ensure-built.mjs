/**
 * `prestart`: `npm start` runs the bundle in dist/, made at `npm install`. After a pull or an edit it would run
 * yesterday's bot without a word, so the bundle is rebuilt first when any source is newer than it. Plain JavaScript
 * (no TypeScript loader) so that the up-to-date case costs a directory walk: ~30 ms.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(import.meta.resolve('..'));
const bundle = join(root, 'dist', 'main.js');
const SOURCES = ['src', 'commands', 'scripts/build.ts', 'package-lock.json'];

/** The newest modification time under `path` (a file or a directory), 0 if it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// An image holds dist/ without the sources: nothing to compare, nothing to rebuild.
const sources = Math.max(...SOURCES.map((path) => newest(join(root, path))));
if (sources > 0 && (!existsSync(bundle) || sources > statSync(bundle).mtimeMs)) {
  process.stderr.write('Sources changed since dist/ was built: rebuilding it first (npm run build).\n');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
