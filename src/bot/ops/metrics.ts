import { createHash } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Outcome } from '../../app/router.ts';
import type { Catalog } from '../../search/catalog.ts';
import type { ShardStates } from './readiness.ts';

/** One answered (or failed) interaction, as both transports report it at their log line. */
export interface InteractionRecord {
  kind: string;
  /** The router's action: "search", "autocomplete:country", "page:region"…; undefined when it never got that far. */
  action: string | undefined;
  /** The router's outcome, or "failed" when no answer could be sent. */
  outcome: Outcome | 'failed';
  seconds: number;
  deferred: boolean;
}

export type InteractionObserver = (record: InteractionRecord) => void;

/** Around Discord's 3 s deadline for the first response, where a slow answer turns into a failed one. */
const LATENCY_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];
/** Label values come from our own code, but a bound keeps a future bug from exploding the series count. */
const LABEL_VALUE = /^[a-z0-9_:-]{1,40}$/i;
const label = (value: string | undefined): string => (value && LABEL_VALUE.test(value) ? value : 'other');

export interface MetricsSources {
  catalog: () => Catalog | undefined;
  /** Gateway mode: the shard states, exported as one gauge per shard. */
  shards?: () => ShardStates;
}

export interface Metrics {
  observe: InteractionObserver;
  /** HTTP mode: a POST to /interactions refused before the router, by reason. */
  refused: (reason: string) => void;
  /** The Prometheus text exposition, and its content type. */
  expose: () => Promise<{ contentType: string; text: string }>;
}

/**
 * The bot's Prometheus metrics, in a registry of its own (so two bots in one test process don't collide): interactions
 * by kind, subcommand and outcome, their latency, shard status, the dataset in service, and node's process metrics.
 */
export function createMetrics({ catalog, shards }: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const interactions = new Counter({
    name: 'laureates_interactions_total',
    help: 'Interactions answered, by kind, subcommand (or component action) and outcome',
    labelNames: ['kind', 'subcommand', 'outcome'] as const,
    registers: [registry],
  });
  const deferred = new Counter({
    name: 'laureates_interactions_deferred_total',
    help: 'Interactions acknowledged first and answered later, because the answer was slow or carried files',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'laureates_interaction_duration_seconds',
    help: 'From receiving an interaction to its answer being sent',
    labelNames: ['kind'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'laureates_http_refused_total',
    help: 'POSTs to /interactions refused before reaching the router (bad or stale signatures, oversized or malformed bodies, overload)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  if (shards) {
    new Gauge({
      name: 'laureates_gateway_shard_up',
      help: '1 while the gateway shard is connected and ready, 0 otherwise',
      labelNames: ['shard'] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const [id, up] of shards()) this.set({ shard: String(id) }, up ? 1 : 0);
      },
    });
  }
  new Gauge({
    name: 'laureates_dataset_projects',
    help: 'Projects in the dataset in service',
    registers: [registry],
    collect() {
      this.set(catalog()?.projects.length ?? 0);
    },
  });
  new Gauge({
    name: 'laureates_dataset_info',
    help: 'The dataset in service: version is a digest of its projects, so a reload shows as a new series',
    labelNames: ['version'] as const,
    registers: [registry],
    collect() {
      this.reset();
      const current = catalog();
      if (current) this.set({ version: datasetVersion(current) }, 1);
    },
  });

  return {
    observe(record) {
      const kind = label(record.kind);
      // "autocomplete:search" is the search subcommand's autocomplete; the kind label already says which.
      const subcommand = label(record.action?.replace(/^autocomplete:/, ''));
      interactions.inc({ kind, subcommand, outcome: record.outcome });
      latency.observe({ kind }, record.seconds);
      if (record.deferred) deferred.inc({ kind });
    },
    refused(reason) {
      refusals.inc({ reason: label(reason) });
    },
    async expose() {
      return { contentType: registry.contentType, text: await registry.metrics() };
    },
  };
}

/** Computed once per catalogue (a reload makes a new one): a digest of its projects as loaded. */
const versions = new WeakMap<Catalog, string>();
function datasetVersion(catalog: Catalog): string {
  let version = versions.get(catalog);
  if (version === undefined) {
    version = createHash('sha256').update(JSON.stringify(catalog.projects)).digest('hex').slice(0, 12);
    versions.set(catalog, version);
  }
  return version;
}
