import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/bot/config.ts';
import { CatalogStore } from '../src/data/catalogStore.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import type { InteractionReply } from '../src/playground/message-view.ts';
import { startPlayground, type Playground } from '../src/playground/start.ts';
import { BENIN_TITLE } from './support/discord.ts';

/** PLAYGROUND_TRANSPORT=http: the page drives the bot's HTTP interactions endpoint, signed like Discord's POSTs. */
let playground: Playground;
const logs: Record<string, unknown>[] = [];
beforeAll(async () => {
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) },
  );
  playground = await startPlayground({
    config: { ...loadConfig({}), PLAYGROUND_PORT: 0, PLAYGROUND_TRANSPORT: 'http' },
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
});
afterAll(async () => {
  await playground?.close();
});

it('answers a slash command from the page through the HTTP endpoint', async () => {
  const response = await fetch(new URL('/api/interactions/command', playground.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subcommand: 'country', options: { name: 'benin' }, locale: 'en-US', userName: 'Grace' }),
  });
  expect(response.status).toBe(200);
  const reply = (await response.json()) as InteractionReply;
  expect(reply.message?.embeds[0]?.title).toBe(BENIN_TITLE);
  const line = logs.find((entry) => entry.msg === 'interaction' && entry.action === 'country');
  expect(line?.transport).toBe('http');
});
