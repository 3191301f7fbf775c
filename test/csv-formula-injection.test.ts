import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/data/loader.ts';
import { DATASET_FILE } from '../src/data/paths.ts';
import { localeFor } from '../src/i18n/index.ts';
import { projectsCsv } from '../src/views/projectsCsv.ts';
import { parseCsv } from './support/csv.ts';

/** OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula to a spreadsheet, unless quoted by `'`. */
describe('the CSV export never hands a spreadsheet a formula', () => {
  const dataset = loadDataset(DATASET_FILE);

  function csvRow(partnerName: string, leadName: string): string[] {
    const [real] = dataset.projects;
    const [partner] = real?.partners ?? [];
    if (!real || !partner) throw new Error('empty dataset');
    const project = {
      ...real,
      lead: { ...real.lead, name: leadName },
      partners: [{ ...partner, name: partnerName }],
    };
    const file = projectsCsv([project], () => undefined, localeFor('en-US'), 'list');
    const text = new TextDecoder().decode(file.data).replace(/^\uFEFF/, '');
    const [, row] = parseCsv(text);
    return row ?? [];
  }

  it.each(['=HYPERLINK("https://evil.example","x")', '+1+cmd|/C calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'a partner named %j is kept as text',
    (hostile) => {
      const row = csvRow(hostile, 'Rennes');
      expect(row[4]).toBe(`'${hostile}`);
      expect(row[1]).toBe('Rennes');
    },
  );

  it('ordinary names, including a hyphen or an @ inside, are left as they are', () => {
    const row = csvRow('Saint-Louis @ Sénégal', 'Aix-Marseille-Provence');
    expect(row[4]).toBe('Saint-Louis @ Sénégal');
    expect(row[1]).toBe('Aix-Marseille-Provence');
  });
});
