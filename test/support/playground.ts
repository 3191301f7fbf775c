import { pino } from 'pino';
import { loadConfig } from '../../src/bot/config.ts';
import { CatalogStore } from '../../src/data/catalogStore.ts';
import { DATASET_FILE } from '../../src/data/paths.ts';
import { startPlayground, type Playground } from '../../src/playground/start.ts';

/** The playground as `npm start` runs it without a token, on a free port, logging nothing. */
export function startTestPlayground(): Promise<Playground> {
  const logger = pino({ level: 'silent' });
  return startPlayground({
    config: { ...loadConfig({}), PLAYGROUND_PORT: 0 },
    store: new CatalogStore(DATASET_FILE, logger),
    logger,
  });
}
