import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm start` runs dist/, built at install: `prestart` (scripts/ensure-built.mjs) rebuilds it when a source is newer,
 * so an edit or a pull is never silently ignored. In a scratch project whose "build" counts its runs.
 */
const project = mkdtempSync(join(tmpdir(), 'laureates-prestart-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

mkdirSync(join(project, 'scripts'));
mkdirSync(join(project, 'src'));
copyFileSync(new URL('../scripts/ensure-built.mjs', import.meta.url), join(project, 'scripts', 'ensure-built.mjs'));
writeFileSync(join(project, 'src', 'main.ts'), 'export {};\n');
const BUILD = `node -e "const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/main.js','');fs.appendFileSync('builds','x')"`;
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({ name: 'scratch', private: true, scripts: { build: BUILD } }),
);

const builds = () => {
  try {
    return readFileSync(join(project, 'builds'), 'utf8').length;
  } catch {
    return 0;
  }
};
const prestart = () => spawnSync('node', [join(project, 'scripts', 'ensure-built.mjs')], { encoding: 'utf8' });

describe('npm start before it starts', () => {
  it('builds dist/ when there is none', () => {
    expect(prestart().status).toBe(0);
    expect(builds()).toBe(1);
  });

  it('leaves an up-to-date bundle alone', () => {
    const run = prestart();
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(builds()).toBe(1);
  });

  it('rebuilds after a source changed, and says so', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(project, 'src', 'main.ts'), later, later);
    const run = prestart();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('rebuilding');
    expect(builds()).toBe(2);
  });
});
