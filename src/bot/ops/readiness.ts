/** Whether each gateway shard is connected and ready, by shard id. */
export type ShardStates = ReadonlyMap<number, boolean>;

export interface ReadinessSources {
  /** The dataset in service, once loaded; undefined before. */
  dataset: () => { projects: number } | undefined;
  /**
   * Gateway mode only: every shard this process runs, ready or not (none yet while connecting). HTTP mode has no
   * gateway and leaves it out.
   */
  shards?: () => ShardStates;
}

export interface ReadinessReport {
  ready: boolean;
  dataset: { loaded: boolean; projects?: number };
  shards?: Record<string, 'ready' | 'down'>;
}

/**
 * Ready = able to answer: the data is loaded and, in gateway mode, every shard is connected. Read from its sources at
 * each probe rather than kept in step by events, so it cannot drift from what the process really holds.
 */
export function readiness({ dataset, shards }: ReadinessSources): () => ReadinessReport {
  return () => {
    const data = dataset();
    const report: ReadinessReport = {
      ready: data !== undefined,
      dataset: data ? { loaded: true, projects: data.projects } : { loaded: false },
    };
    if (shards) {
      const states = shards();
      report.shards = Object.fromEntries([...states].map(([id, up]) => [String(id), up ? 'ready' : 'down']));
      report.ready &&= states.size > 0 && [...states.values()].every(Boolean);
    }
    return report;
  };
}
