import Fuse, { type FuseOptionKey } from 'fuse.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import type { Dataset, Project } from '../src/domain/schema.ts';
import { Catalog } from '../src/search/catalog.ts';
import { FACET_KINDS } from '../src/search/facets.ts';
import { answerQuery, understandQuestion } from '../src/search/query.ts';
import { ADVERSARIAL_QUERIES, ADVERSARIAL_QUESTIONS } from '../test/support/adversarial.ts';
import { syntheticDataset } from './synthetic-dataset.ts';
import { freshMemory } from './bench/freshMemory.ts';

/**
 * `npm run bench:search`: a benchmark, not a test. Index build time, memory and query latency of the Catalog on the
 * real dataset and on synthetic ones of 15,000 and 100,000 projects, beside a plain Fuse.js index with default options
 * over the same text fields. Run it on one core (`taskset -c 0 npm run bench:search`) for numbers that compare.
 */

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Whole questions, as asked to /search: words, typos, missing accents, several words, nothing found. */
const SEARCHES = [
  'eau',
  'water',
  'jazz',
  'benin',
  'ivory coast',
  'bordaux',
  'perigeux',
  'benim',
  'ivory cost',
  'makenene',
  'cote divoire',
  'eau potable cameroun',
  'nouvelle aquitaine',
  'santé',
  'youth',
  'covid',
  'tourism',
  'conseil départemental',
  'climat résilience',
  'tombouktou',
  'formation jeunesse',
  'grand est',
  'zzqx',
];

/** Questions as asked to /ask: lists, counts, which, yes/no, typos, nothing found, not understood. */
const QUESTIONS = [
  'quels projets en Afrique ?',
  'which French regions work with Cameroon?',
  'combien de projets en Nouvelle-Aquitaine ?',
  'la Normandie travaille-t-elle avec le Mali ?',
  'projets eau potable en Afrique',
  'y a-t-il un projet au Sénégal ?',
  'how many partner countries?',
  'quels départements travaillent avec le Burkina Faso ?',
  "projets en afriqe de l'ouest",
  'who works with Benin?',
  'communes en Asie du Sud-Est',
  'projets jeunesse au Burkina Faso',
  'is there a health project in Europe?',
  'Bordeaux travaille-t-elle avec Douala ?',
  'projets culture sur le jazz',
  'bonjour',
];

/** "benim" → "b", "be", "ben", "beni", "benim": what autocomplete receives, keystroke by keystroke. */
const keystrokes = (...texts: string[]) =>
  texts.flatMap((text) => Array.from(text, (_, index) => text.slice(0, index + 1)).filter((q) => q.trim() !== ''));

const AUTOCOMPLETE = {
  suggest: keystrokes('cameroun', 'santé', 'perigeux', 'jazz', 'eau potable', 'nouvelle aq', 'covid'),
  suggestCountries: keystrokes('cameroun', 'benim', 'ivory coast', 'viet nam', 'macédoine', 'allemagne'),
  suggestAuthorities: keystrokes('bordeaux', 'conseil dép', 'grand périgueux', 'porto novo', 'vichy'),
} as const;
type AutocompleteKind = keyof typeof AUTOCOMPLETE;
const AUTOCOMPLETE_KINDS = Object.keys(AUTOCOMPLETE) as AutocompleteKind[];

/** The text fields our index searches, as plain Fuse keys. */
const FUSE_KEYS: FuseOptionKey<Project>[] = [
  'lead.name',
  'lead.aliases',
  'partners.name',
  'partners.country',
  'partners.countryAsPublished',
  'region.name',
  'region.nameAsPublished',
  'title',
  'themes',
  'id',
];

interface Plan {
  label: string;
  dataset: Dataset;
  builds: number;
  /** Passes over each query list, for our index and the baseline (the baseline is far slower on large data). */
  rounds: number;
  baselineRounds: number;
  /** At most this many baseline queries per list, evenly spread, to keep the whole run short. */
  baselineQueries: number;
}

interface Latency {
  median: number;
  p99: number;
}

interface Side {
  buildMs: number;
  heapMb: number;
  rssMb: number;
  search: Latency;
  /** Ours only: a question read and answered, and the first one (which builds the question tables). */
  ask?: Latency & { firstMs: number };
  autocomplete: Record<AutocompleteKind | 'all', Latency>;
  /** Ours only: the facets' build, which a catalogue in service does in slices (see Catalog.prepareFacets). */
  facetsMs?: number;
  /** Ours only: the slowest single call over the adversarial queries, and which. */
  worst?: { ms: number; what: string };
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
}

function latency(samples: number[]): Latency {
  const sorted = samples.toSorted((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

/** Every call timed alone, after one untimed warm-up pass. */
function timeQueries(queries: readonly string[], rounds: number, run: (query: string) => unknown): number[] {
  for (const query of queries) run(query);
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      const started = performance.now();
      run(query);
      samples.push(performance.now() - started);
    }
  }
  return samples;
}

/** Builds `builds` times (median time), then measures the memory the last one holds once garbage is collected. */
function build<T>(builds: number, make: () => T): { index: T; buildMs: number; heapMb: number; rssMb: number } {
  const times: number[] = [];
  let index: T | undefined;
  for (let attempt = 0; attempt < builds; attempt++) {
    index = undefined;
    collectGarbage();
    const before = process.memoryUsage();
    const started = performance.now();
    index = make();
    times.push(performance.now() - started);
    collectGarbage();
    const after = process.memoryUsage();
    if (attempt === builds - 1) {
      const mb = (bytes: number) => bytes / 1_048_576;
      return {
        index,
        buildMs: latency(times).median,
        heapMb: mb(after.heapUsed - before.heapUsed),
        rssMb: mb(after.rss - before.rss),
      };
    }
  }
  throw new Error('builds must be at least 1');
}

const spread = (queries: readonly string[], count: number) =>
  queries.length <= count ? queries : queries.filter((_, index) => index % Math.ceil(queries.length / count) === 0);

function measureOurs(plan: Plan): Side {
  const { index: catalog, ...memory } = build(plan.builds, () => new Catalog(plan.dataset));
  // Made as a catalogue in service has them: CatalogStore.serve prepares every facet, in slices, once it is swapped in.
  const preparing = performance.now();
  for (const kind of FACET_KINDS) catalog.facet(kind);
  const facetsMs = performance.now() - preparing;
  const run: Record<AutocompleteKind, (query: string) => unknown> = {
    suggest: (query) => catalog.suggest(query),
    suggestCountries: (query) => catalog.suggestCountries(query),
    suggestAuthorities: (query) => catalog.suggestAuthorities(query),
  };
  const perKind = Object.fromEntries(
    AUTOCOMPLETE_KINDS.map((kind) => [kind, timeQueries(AUTOCOMPLETE[kind], plan.rounds, run[kind])]),
  ) as Record<AutocompleteKind, number[]>;
  const answer = (question: string) => answerQuery(catalog, understandQuestion(catalog, question, 'fr'));
  const started = performance.now();
  answer(QUESTIONS[0] as string);
  const firstMs = performance.now() - started;
  const worst = { ms: 0, what: '' };
  const adversarial: Record<string, (query: string) => unknown> = {
    search: (query) => catalog.search(query),
    authority: (query) => catalog.authority(query),
    'partner authority': (query) => catalog.authority(query, 'partner'),
    keyword: (query) => catalog.keyword(query),
    ask: answer,
    ...run,
  };
  const timeWorst = (kind: string, queries: readonly string[], ask: (query: string) => unknown) =>
    timeQueries(queries, 1, ask).forEach((ms, index) => {
      if (ms > worst.ms) Object.assign(worst, { ms, what: `${kind} "${queries[index]}"` });
    });
  for (const [kind, ask] of Object.entries(adversarial)) timeWorst(kind, ADVERSARIAL_QUERIES, ask);
  timeWorst('ask', ADVERSARIAL_QUESTIONS, answer);
  return {
    ...memory,
    facetsMs,
    worst,
    search: latency(timeQueries(SEARCHES, plan.rounds, (query) => catalog.search(query))),
    ask: { ...latency(timeQueries(QUESTIONS, plan.rounds, answer)), firstMs },
    autocomplete: autocompleteLatencies(perKind),
  };
}

function measureBaseline(plan: Plan): Side {
  const { index: fuse, ...memory } = build(plan.builds, () => new Fuse(plan.dataset.projects, { keys: FUSE_KEYS }));
  const perKind = Object.fromEntries(
    AUTOCOMPLETE_KINDS.map((kind) => [
      kind,
      timeQueries(spread(AUTOCOMPLETE[kind], plan.baselineQueries), plan.baselineRounds, (query) =>
        fuse.search(query, { limit: 25 }),
      ),
    ]),
  ) as Record<AutocompleteKind, number[]>;
  return {
    ...memory,
    search: latency(
      timeQueries(spread(SEARCHES, plan.baselineQueries), plan.baselineRounds, (query) => fuse.search(query)),
    ),
    autocomplete: autocompleteLatencies(perKind),
  };
}

function autocompleteLatencies(perKind: Record<AutocompleteKind, number[]>): Side['autocomplete'] {
  return {
    suggest: latency(perKind.suggest),
    suggestCountries: latency(perKind.suggestCountries),
    suggestAuthorities: latency(perKind.suggestAuthorities),
    all: latency(AUTOCOMPLETE_KINDS.flatMap((kind) => perKind[kind])),
  };
}

const format = (value: number) =>
  Number.isNaN(value) ? '–' : Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 3);

function printTable(plan: Plan, ours: Side, baseline: Side): void {
  const rows: [string, number, number][] = [
    ['index build (ms)', ours.buildMs, baseline.buildMs],
    ['heap Δ (MB)', ours.heapMb, baseline.heapMb],
    ['RSS Δ (MB)', ours.rssMb, baseline.rssMb],
    ['facets, built in slices in service (ms)', ours.facetsMs ?? Number.NaN, Number.NaN],
    ['search median (ms)', ours.search.median, baseline.search.median],
    ['search p99 (ms)', ours.search.p99, baseline.search.p99],
  ];
  if (ours.ask) {
    // No baseline answers questions: the ratio column compares with our own search.
    rows.push(['ask median (vs our search)', ours.ask.median, ours.search.median]);
    rows.push(['ask p99 (vs our search)', ours.ask.p99, ours.search.p99]);
    rows.push(['first ask, tables built (ms)', ours.ask.firstMs, Number.NaN]);
  }
  for (const kind of [...AUTOCOMPLETE_KINDS, 'all'] as const) {
    const name = kind === 'all' ? 'autocomplete, all' : kind;
    rows.push([`${name} median (ms)`, ours.autocomplete[kind].median, baseline.autocomplete[kind].median]);
    rows.push([`${name} p99 (ms)`, ours.autocomplete[kind].p99, baseline.autocomplete[kind].p99]);
  }
  console.log(`\n## ${plan.label}: ${plan.dataset.projects.length.toLocaleString('en')} projects`);
  console.log(`${'metric'.padEnd(32)}${'ours'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(10)}`);
  for (const [metric, mine, theirs] of rows) {
    // A ratio of memory deltas near zero or negative (the collector returned memory) says nothing.
    const ratio = theirs > 0.01 && mine >= 0 ? (mine / theirs).toPrecision(2) : '–';
    console.log(`${metric.padEnd(32)}${format(mine).padStart(10)}${format(theirs).padStart(10)}${ratio.padStart(10)}`);
  }
}

interface Target {
  what: string;
  value: number;
  limit: number;
}

function main(): void {
  const started = performance.now();
  const real = loadDataset(DATASET_FILE);
  // The baseline takes seconds per query on large data: a few of its queries suffice to compare.
  const plans: Plan[] = [
    { label: 'real', dataset: real, builds: 20, rounds: 50, baselineRounds: 50, baselineQueries: 100 },
    {
      label: 'synthetic',
      dataset: syntheticDataset(real, 15_000),
      builds: 2,
      rounds: 10,
      baselineRounds: 1,
      baselineQueries: 6,
    },
    {
      label: 'synthetic',
      dataset: syntheticDataset(real, 100_000),
      builds: 1,
      rounds: 3,
      baselineRounds: 1,
      baselineQueries: 2,
    },
  ];
  const targets: Target[] = [];
  for (const plan of plans) {
    const ours = measureOurs(plan);
    const baseline = measureBaseline(plan);
    printTable(plan, ours, baseline);
    const size = plan.dataset.projects.length;
    if (size === 15_000)
      targets.push({ what: 'autocomplete p99 at 15,000', value: ours.autocomplete.all.p99, limit: 5 });
    if (size === 100_000) {
      targets.push({ what: 'autocomplete p99 at 100,000', value: ours.autocomplete.all.p99, limit: 25 });
      targets.push({ what: 'index build at 100,000', value: ours.buildMs, limit: 2_000 });
      if (ours.worst) {
        targets.push({
          what: `worst adversarial query at 100,000 (${ours.worst.what})`,
          value: ours.worst.ms,
          limit: 100,
        });
      }
      if (ours.ask) targets.push({ what: 'question read + answered p99 at 100,000', value: ours.ask.p99, limit: 50 });
    }
  }
  console.log('\n## targets');
  for (const { what, value, limit } of targets) {
    console.log(`${value <= limit ? 'MET   ' : 'MISSED'} ${what}: ${format(value)} ms (≤ ${limit} ms)`);
  }
  const memory = freshMemory();
  console.log(
    `\n(whole run: ${((performance.now() - started) / 1000).toFixed(1)} s; node ${process.version}; this machine now: ` +
      `64 MB of fresh memory written in ${memory.firstMs.toFixed(0)} ms, again in ${memory.againMs.toFixed(0)} ms)`,
  );
}

main();
