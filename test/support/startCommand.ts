import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './process.ts';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };

/** `npm start`'s script, word by word: environment assignments, maybe `exec`, `node`, node's flags, the entry point. */
const words = manifest.scripts.start.trim().split(/\s+/);
const assignments = words.findIndex((word) => !/^[A-Za-z_]\w*=/.test(word));
const command = words.slice(assignments);

/** The environment `npm start` gives node (its `NAME=value` words first). */
export const START_ENV: Record<string, string> = Object.fromEntries(
  words.slice(0, assignments).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
);

/** How `npm start` runs the bot, word by word: `node`, node's flags, the entry point. */
export const START_COMMAND = command[0] === 'exec' ? command.slice(1) : command;

/** The node flags `npm start` gives, for whatever starts the bot as it does (the container, the benchmark). */
export const START_NODE_FLAGS = START_COMMAND.slice(1, -1);

/** The built entry point `npm start` runs, from the project root. */
export const START_ENTRY = START_COMMAND.at(-1) as string;
