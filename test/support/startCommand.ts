import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './process.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };

/** How `npm start` runs the bot, word by word: `node`, node's flags, the entry point (`exec` dropped). */
export const START_COMMAND = manifest.scripts.start.replace(/^exec /, '').split(' ');

/** The node flags `npm start` gives, for whatever starts the bot as it does (the container, the benchmark). */
export const START_NODE_FLAGS = START_COMMAND.slice(1, -1);

/** The built entry point `npm start` runs, from the project root. */
export const START_ENTRY = START_COMMAND.at(-1) as string;
