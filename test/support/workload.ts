import type { InteractionRequest } from '../../src/app/router.ts';
import { click, slash, typing } from './discord.ts';

/** What people do, in proportions: every list command, cards, info, autocomplete as they type, a page button. */
export const WORKLOAD: readonly InteractionRequest[] = [
  slash('search', { query: 'eau' }),
  typing('search', 'query', 'cul'),
  slash('country', { name: 'benin' }),
  typing('country', 'name', 'ben'),
  slash('project', { id: 'aapg-2021-perigueux-lao-cai' }),
  typing('project', 'id', 'climat'),
  slash('authority', { name: 'Bordeaux' }),
  typing('authority', 'name', 'rég'),
  slash('keyword', { words: 'water' }),
  slash('region', { name: '02' }),
  slash('stats'),
  slash('random'),
  slash('help'),
  click('lb1|p|s|1|a|2021'),
];

/** The index-th interaction of an endless round of the workload. */
export const workload = (index: number): InteractionRequest => WORKLOAD[index % WORKLOAD.length] as InteractionRequest;
