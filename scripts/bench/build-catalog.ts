/**
 * Run by `npm run bench` in a process of its own, precompiled on plain node: what a start or a reload does with a
 * dataset file — load it (read, parse, validate), build the catalogue, answer the first question (which reads the
 * names made with the catalogue) — each timed, the build `BUILDS` times (the first is a start's, on a cold engine).
 * Prints one line of JSON.
 */
import { loadDataset } from '../../src/data/loader.ts';
import { Catalog } from '../../src/search/catalog.ts';
import { answerQuery, understandQuestion } from '../../src/search/query.ts';

const [file, builds = '3'] = process.argv.slice(2);
if (!file) throw new Error('usage: build-catalog <dataset file> [builds]');

const time = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

const [dataset, loadMs] = time(() => loadDataset(file, Number.MAX_SAFE_INTEGER));
const buildMs: number[] = [];
let firstQuestionMs = Number.NaN;
for (let build = 0; build < Number(builds); build++) {
  const [catalog, ms] = time(() => new Catalog(dataset));
  buildMs.push(ms);
  if (build === 0) {
    [, firstQuestionMs] = time(() =>
      answerQuery(catalog, understandQuestion(catalog, 'quels projets de la Normandie en Afrique ?', 'fr')),
    );
  }
}
console.log(JSON.stringify({ projects: dataset.projects.length, loadMs, buildMs, firstQuestionMs }));
