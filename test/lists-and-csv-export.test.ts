import { parseCsv } from './support/csv.ts';
import { describe, expect, it } from 'vitest';
import { decodeCustomId, encodeCustomId, MAX_QUERY_IN_ID } from '../src/views/customId.ts';
import type { MessageBody } from '../src/views/message.ts';
import { expectWithinDiscordLimits } from './support/limits.ts';
import { bodyOf, command, component, customIds, listedIds } from './support/router.ts';

/** Lists answer "which regions, on what?" in their rows, and any list can be taken away whole as a spreadsheet. */
const exportIdOf = (body: MessageBody) =>
  customIds(body).find((id) => decodeCustomId(id)?.action === 'export') ?? 'no export button';

function csvOf(body: MessageBody): { bytes: Uint8Array; rows: string[][] } {
  const file = body.files?.[0];
  if (!file) throw new Error('no file attached');
  expect(file.name).toMatch(/\.csv$/);
  expect(file.contentType).toBe('text/csv; charset=utf-8');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
  return { bytes: file.data, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

describe('list rows show the French region and the themes', () => {
  it('country Cameroon: each row names the region and the themes, in the reader’s language', () => {
    const description = bodyOf(command('country', { name: 'cameroun' }).reply).embeds[0]?.description ?? '';
    expect(description).toContain('📍 Auvergne-Rhône-Alpes · 💧 Water & sanitation');
    expect(description).toContain('📍 Nouvelle-Aquitaine · 🌍 Climate & environment · 🎓 Training & exchange');
    const french = bodyOf(command('country', { name: 'cameroun' }, 'fr').reply).embeds[0]?.description ?? '';
    expect(french).toContain('📍 Auvergne-Rhône-Alpes · 💧 Eau et assainissement');
  });

  it('a full page of the longest rows stays within Discord’s limits', () => {
    const body = bodyOf(command('search', { query: '2021' }).reply);
    expect(listedIds(body)).toHaveLength(10);
    expectWithinDiscordLimits(body);
  });

  it('a title cut in a row is in full on the card the menu opens', () => {
    const list = bodyOf(command('country', { name: 'CI' }).reply);
    expect(list.embeds[0]?.description).toContain('…*');
    const card = bodyOf(component('lb1|o', ['aapg-2021-aura-belier']).reply);
    expect(card.embeds[0]?.description).toContain('"Système Bélier-métiers d\'art"');
  });
});

describe('CSV export of a whole list', () => {
  it('every list has a CSV button; its reply is private, with a .csv of every project, not just the page', () => {
    const list = bodyOf(command('search', { query: '2021' }).reply);
    expect(list.embeds[0]?.footer?.text).toBe('16 projects · Page 1/2');
    const { reply } = component(exportIdOf(list));
    expect(reply).toMatchObject({ type: 'message', ephemeral: true });
    const body = bodyOf(reply);
    // Said in plain words: the list's title (its counts, a question) would read oddly in the sentence.
    expect(body.content).toBe('All 16 projects of this list, as a spreadsheet (CSV, UTF-8).');
    const { bytes, rows } = csvOf(body);
    // UTF-8 with a byte-order mark, so that spreadsheet software reads the accents right.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([
      'French region',
      'French lead authority',
      'Kind of lead authority',
      'Département of the lead',
      'Partner authorities',
      'Partner countries',
      'Title (as published)',
      'English title (translation)',
      'Themes',
      'Call for projects',
      'Id',
    ]);
    expect(rows).toHaveLength(17);
    expect(
      rows
        .map((row) => row.at(-1))
        .slice(1)
        .sort(),
    ).toEqual([...new Set(rows.slice(1).map((row) => row.at(-1)))].sort());
  });

  it('the kind and département of a lead, when known', () => {
    const list = bodyOf(command('authority', { name: 'Vichy' }).reply);
    const [, row] = csvOf(bodyOf(component(exportIdOf(list)).reply)).rows;
    expect(row?.slice(1, 4)).toEqual(["Communauté d'Agglomération de Vichy", 'Agglomeration community', '03 Allier']);
  });

  it('a row holds the published texts as published, several partners in one cell', () => {
    const list = bodyOf(command('country', { name: 'togo' }).reply);
    const [, row] = csvOf(bodyOf(component(exportIdOf(list)).reply)).rows;
    expect(row).toEqual([
      'Grand Est',
      'Région Grand Est',
      'Region',
      '',
      "Départements de l'Alibori et du Borgou; Région Centrale",
      'Benin; Togo',
      expect.stringContaining('Accompagnement de la résilience'),
      expect.stringContaining('Supporting the resilience'),
      'Crisis recovery; Health',
      'AAP Généraliste 2021',
      'aapg-2021-grand-est-borgou-centrale',
    ]);
  });

  it('French readers get French headers, countries and themes', () => {
    const list = bodyOf(command('region', { name: '75' }, 'fr').reply);
    const { rows } = csvOf(bodyOf(component(exportIdOf(list), [], 'fr').reply));
    expect(rows[0]?.[0]).toBe('Région française');
    expect(rows.slice(1).map((row) => row[0])).toEqual([
      'Nouvelle-Aquitaine',
      'Nouvelle-Aquitaine',
      'Nouvelle-Aquitaine',
    ]);
    expect(rows.some((row) => row[5] === 'Cameroun')).toBe(true);
    expect(rows[1]?.[8]).toMatch(/^(Climat|Eau|Sécurité)/);
  });

  it('the export id of the longest query fits Discord’s 100 characters, and a stale one answers honestly', () => {
    const longest = 'é'.repeat(MAX_QUERY_IN_ID);
    const id = encodeCustomId({ action: 'export', mode: 'authority', side: 'partner', query: longest });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id)).toEqual({ action: 'export', mode: 'authority', side: 'partner', query: longest });
    const stale = bodyOf(component('lb1|x|s|a|qwxzqwxz').reply);
    expect(stale.files).toBeUndefined();
    expect(stale.embeds[0]?.description).toContain('No project matches');
  });
});
