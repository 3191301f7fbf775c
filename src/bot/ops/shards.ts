import { Status, type Client } from 'discord.js';
import type { ShardStates } from './readiness.ts';

/** The gateway shards of this client as readiness and metrics read them: ready only while connected and READY. */
export function shardStates(client: Client): ShardStates {
  return new Map(client.ws.shards.map((shard, id) => [id, shard.status === Status.Ready]));
}
