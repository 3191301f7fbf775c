import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogStore, reloadHeapMbFor } from '../src/data/catalogStore.ts';
import { validateDataset } from '../src/data/importer.ts';
import { loadDataset } from '../src/data/loader.ts';
import { loadOffThread } from '../src/data/loadOffThread.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { runScript } from './support/process.ts';
import { dataError } from './support/dataError.ts';

/** Bounds on what a dataset file can cost: its size, the problems described, the reload worker's memory and time. */
const ORIGINAL = readFileSync(DATASET_FILE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'laureates-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Dataset = { projects: Record<string, unknown>[] };
/** The dataset's projects repeated `times` over with fresh ids, `edit`ed. */
function repeated(times: number, edit: (project: Record<string, unknown>) => object = (project) => project): Dataset {
  const dataset = JSON.parse(ORIGINAL) as Dataset;
  const models = dataset.projects;
  dataset.projects = Array.from({ length: models.length * times }, (_, index) => ({
    ...edit({ ...models[index % models.length] }),
    id: `bulk-${index}`,
  }));
  return dataset;
}

describe('a dataset file over the size cap', () => {
  it('is refused before being read, naming the file, its size and the setting', () => {
    const error = dataError(() => loadDataset(DATASET_FILE, 4096));
    expect(error.message).toMatch(
      /laureates\.json: \(file\), field "\(file\)": is \d+\.\d KB, over the limit of 4\.0 KB \(DATA_MAX_BYTES=4096\)/,
    );
  });

  it('stops the bot at start: exit 1 with that line, no stack', async () => {
    const script = runScript('src/main.ts', { DATA_MAX_BYTES: '4096', PLAYGROUND_PORT: '0' });
    expect(await script.exited).toBe(1);
    expect(script.output()).toContain('over the limit of 4.0 KB (DATA_MAX_BYTES=4096)');
    expect(script.output()).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('validation in stages', () => {
  it('a thousand bad projects: the first described, four more located, the rest counted', () => {
    const error = dataError(() =>
      validateDataset(
        repeated(63, (project) => ({ ...project, themes: [] })),
        'x.json',
      ),
    );
    expect(error).toMatchObject({ location: 'projects[0].themes', field: 'themes' });
    expect(error.problem).toBe(
      'needs 1 to 3 themes (and 1007 more problems: projects[1].themes, projects[2].themes, projects[3].themes, projects[4].themes, …)',
    );
  });

  it('rules across records are checked once every record is well-formed', () => {
    const dataset = repeated(2);
    (dataset.projects[5] as { id: string }).id = 'bulk-0';
    expect(dataError(() => validateDataset(dataset, 'x.json')).message).toContain(
      'projects[5].id, field "id": duplicate project id "bulk-0"',
    );
  });

  it('a broken envelope is reported before any project is looked at', () => {
    const error = dataError(() => validateDataset({ schemaVersion: 1, calls: [], projects: 'many' }, 'x.json'));
    expect(error.location).toBe('calls');
  });
});

describe('the reload worker', () => {
  it('hands back the validated records of a good file', async () => {
    const dataset = await loadOffThread(DATASET_FILE, { maxBytes: 2 ** 20, heapMb: 128, timeoutMs: 20_000 });
    expect(dataset).toEqual(loadDataset(DATASET_FILE));
  });

  it('refuses a file that needs more memory than its heap allows, and the bot keeps serving the old data', async () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, ORIGINAL);
    const logs: Record<string, unknown>[] = [];
    const store = new CatalogStore(file, pino({}, { write: (line: string) => logs.push(JSON.parse(line)) }), {
      reloadHeapMb: 64,
    });
    const before = store.catalog;
    // About 23 MB of valid projects: more than 64 MB of heap once parsed and checked.
    writeFileSync(file, JSON.stringify(repeated(2000)));
    expect(await store.reload('test')).toBe(false);
    expect(store.catalog).toBe(before);
    expect(logs.at(-1)?.reason).toMatch(/big\.json: \(file\), field "\(file\)": needs more than 64 MB to be checked/);
  }, 60_000);

  it('gets a heap that follows DATA_MAX_BYTES: 2 MiB of `{},` (700,000 objects) is refused for memory, bounded', async () => {
    expect(reloadHeapMbFor(64 * 2 ** 20)).toBe(768);
    const file = join(dir, 'empties.json');
    writeFileSync(file, ORIGINAL);
    const logs: Record<string, unknown>[] = [];
    const maxBytes = 2 * 2 ** 20;
    const store = new CatalogStore(file, pino({}, { write: (line: string) => logs.push(JSON.parse(line)) }), {
      maxBytes,
    });
    const { calls } = JSON.parse(ORIGINAL) as { calls: unknown[] };
    const head = `{"schemaVersion":1,"calls":${JSON.stringify(calls)},"projects":[`;
    const objects = Math.floor((maxBytes - Buffer.byteLength(head) - 2) / 3);
    writeFileSync(file, `${head}${Array.from({ length: objects }, () => '{}').join(',')}]}`);
    expect(await store.reload('test')).toBe(false);
    // With a fixed 768 MB heap, the worker held hundreds of megabytes to list every project's missing fields.
    expect(logs.at(-1)?.reason).toMatch(
      /empties\.json: \(file\), field "\(file\)": needs more than 64 MB to be checked/,
    );
  }, 60_000);

  it('merges reloads asked for while one runs into one more run', async () => {
    const logs: Record<string, unknown>[] = [];
    const store = new CatalogStore(DATASET_FILE, pino({}, { write: (line: string) => logs.push(JSON.parse(line)) }));
    const results = await Promise.all([store.reload('a'), store.reload('b'), store.reload('c'), store.reload('d')]);
    expect(results).toEqual([true, true, true, true]);
    expect(logs.map((line) => line.trigger)).toEqual(['a', 'b']);
  }, 60_000);
});
