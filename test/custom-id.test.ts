import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, MAX_QUERY_IN_ID, type ComponentAction } from '../src/views/customId.ts';

describe('custom_ids carry the whole state of a button and are validated on the way back in', () => {
  const actions: ComponentAction[] = [
    { action: 'page', mode: 'search', page: 3, side: 'any', query: 'eau | potable' },
    { action: 'page', mode: 'authority', page: 0, side: 'partner', query: 'Région' },
    { action: 'page', mode: 'country', page: 1, side: 'any', query: 'BJ' },
    { action: 'open' },
    { action: 'share', projectId: 'aapg-2021-dijon-fier' },
    { action: 'noop', slot: 'next' },
  ];

  it.each(actions)('round-trips %o', (action) => {
    expect(decodeCustomId(encodeCustomId(action))).toEqual(action);
  });

  it('fits the longest query a command accepts within 100 characters', () => {
    const id = encodeCustomId({
      action: 'page',
      mode: 'authority',
      page: 9999,
      side: 'partner',
      query: 'x'.repeat(MAX_QUERY_IN_ID),
    });
    expect(id.length).toBeLessThanOrEqual(100);
  });

  it('refuses to build an id over Discord’s limit instead of sending a rejected payload', () => {
    expect(() => encodeCustomId({ action: 'share', projectId: 'x'.repeat(120) })).toThrow(RangeError);
  });

  it.each([
    '',
    'garbage',
    'lb0|o',
    'lb1|o|extra',
    'lb1|p|s|-1|any|q',
    'lb1|p|s|1|everyone|q',
    'lb1|p|s|1|any|q',
    'lb1|p|z|1|any|q',
    'lb1|p|s|99999|any|q',
    'lb1|p|s|1|any|',
    'lb1|s|../../etc/passwd',
    'lb1|s|__proto__',
    `lb1|p|s|1|any|${'x'.repeat(120)}`,
    'lb1|x',
  ])('rejects the forged or malformed id %j', (forged) => {
    expect(decodeCustomId(forged)).toBeUndefined();
  });
});
