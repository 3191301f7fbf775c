/** Logged once the bot answers: connected, every shard ready, the data loaded. Benchmarks and tests wait for it. */
export const READY_LINE = 'connected to Discord, ready to answer';
