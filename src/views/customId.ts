import * as z from 'zod';
import { LIMITS } from './limits.ts';

/**
 * Component custom_ids carry all the state a button or menu needs (stateless: survives restarts, works across shards).
 * They come back from the client, so a modified client can send anything: every id is parsed and validated.
 */
const VERSION = 'lb1';

export const LIST_MODES = ['search', 'authority', 'country', 'keyword', 'region', 'ask'] as const;
export type ListMode = (typeof LIST_MODES)[number];
export const SIDES = ['any', 'french', 'partner'] as const;
export type Side = (typeof SIDES)[number];
// One letter each: the query gets the room (custom_ids are 100 characters at most).
const MODE_CODES: Record<ListMode, string> = {
  search: 's',
  authority: 'a',
  country: 'c',
  keyword: 'k',
  region: 'r',
  ask: 'q',
};
const SIDE_CODES: Record<Side, string> = { any: 'a', french: 'f', partner: 'p' };

/** Longest query a page button can carry once the rest of the id is counted. */
export const MAX_QUERY_IN_ID = 80;

export type ComponentAction =
  | { action: 'page'; mode: ListMode; page: number; side: Side; query: string }
  /** The whole list as a CSV file, rebuilt from the same state as a page. */
  | { action: 'export'; mode: ListMode; side: Side; query: string }
  | { action: 'open' }
  | { action: 'share'; projectId: string }
  /** The Share button once the card was shared: disabled, but an old client may still send it. */
  | { action: 'shared'; projectId: string }
  | { action: 'noop'; slot: string };

export function encodeCustomId(action: ComponentAction): string {
  const id = (() => {
    switch (action.action) {
      case 'page':
        return [VERSION, 'p', MODE_CODES[action.mode], action.page, SIDE_CODES[action.side], action.query].join('|');
      case 'export':
        return [VERSION, 'x', MODE_CODES[action.mode], SIDE_CODES[action.side], action.query].join('|');
      case 'open':
        return `${VERSION}|o`;
      case 'share':
        return `${VERSION}|s|${action.projectId}`;
      case 'shared':
        return `${VERSION}|d|${action.projectId}`;
      case 'noop':
        return `${VERSION}|n|${action.slot}`;
    }
  })();
  if (id.length > LIMITS.customId) throw new RangeError(`custom_id over ${LIMITS.customId} characters: ${id}`);
  return id;
}

const pageSchema = z.tuple([
  z.literal('p'),
  z.enum(Object.values(MODE_CODES) as [string, ...string[]]),
  z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number),
  z.enum(Object.values(SIDE_CODES) as [string, ...string[]]),
  z.string().min(1).max(MAX_QUERY_IN_ID),
]);
const exportSchema = z.tuple([
  z.literal('x'),
  z.enum(Object.values(MODE_CODES) as [string, ...string[]]),
  z.enum(Object.values(SIDE_CODES) as [string, ...string[]]),
  z.string().min(1).max(MAX_QUERY_IN_ID),
]);
const shareSchema = z.tuple([z.enum(['s', 'd']), z.string().regex(/^[a-z0-9-]{1,90}$/)]);

const modeOf = (code: string) => LIST_MODES.find((candidate) => MODE_CODES[candidate] === code);
const sideOf = (code: string) => SIDES.find((candidate) => SIDE_CODES[candidate] === code);

/** The action a custom_id stands for, or undefined for anything we did not issue (forged, old version, garbage). */
export function decodeCustomId(customId: string): ComponentAction | undefined {
  if (customId.length > LIMITS.customId || !customId.startsWith(`${VERSION}|`)) return undefined;
  const [, kind, ...rest] = customId.split('|');
  if (kind === 'o' && rest.length === 0) return { action: 'open' };
  if (kind === 'n' && rest.length === 1) return { action: 'noop', slot: rest[0] ?? '' };
  if (kind === 's' || kind === 'd') {
    const share = shareSchema.safeParse([kind, ...rest]);
    if (!share.success) return undefined;
    return { action: kind === 's' ? 'share' : 'shared', projectId: share.data[1] };
  }
  if (kind === 'x') {
    const [mode, sideCode, ...query] = rest;
    const parsed = exportSchema.safeParse([kind, mode, sideCode, query.join('|')]);
    if (!parsed.success) return undefined;
    const [, modeCode, exportSide, exportQuery] = parsed.data;
    const listMode = modeOf(modeCode);
    const side = sideOf(exportSide);
    return listMode && side && { action: 'export', mode: listMode, side, query: exportQuery };
  }
  if (kind === 'p') {
    // The query is last and may itself contain the separator.
    const [mode, page, sideCode, ...query] = rest;
    const parsed = pageSchema.safeParse([kind, mode, page, sideCode, query.join('|')]);
    if (!parsed.success) return undefined;
    const [, modeCode, pageNumber, pageSide, pageQuery] = parsed.data;
    const listMode = modeOf(modeCode);
    const side = sideOf(pageSide);
    return listMode && side && { action: 'page', mode: listMode, page: pageNumber, side, query: pageQuery };
  }
  return undefined;
}
