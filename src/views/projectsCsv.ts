import { stringify } from 'csv-stringify/sync';
import type { Call, Project } from '../domain/schema.ts';
import { departementByCode } from '../domain/departements.ts';
import { LEAD_KINDS } from '../domain/leadKinds.ts';
import { THEMES } from '../domain/themes.ts';
import type { Locale } from '../i18n/index.ts';
import type { MessageFile } from './message.ts';
import { countryName } from './projectText.ts';

/** "03 Allier": the INSEE code and the name, when the lead is in one département (a région spans several). */
function departementOf(project: Project): string {
  const departement = project.lead.departement ? departementByCode(project.lead.departement) : undefined;
  return departement ? `${departement.code} ${departement.name}` : '';
}

/**
 * A cell a spreadsheet would read as a formula (`=HYPERLINK(…)` in a partner's name from a reloaded data file) is
 * kept as text by a leading apostrophe, as OWASP's CSV injection guidance says: the file is opened by people who
 * trust it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutraliseFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Several values in one cell, as spreadsheet users read them. */
const joined = (values: readonly string[]) => values.join('; ');

/**
 * A list as a spreadsheet: one row per project, every project of the list (not one page), the published texts as
 * published beside the curated ones (kind of lead, département, English title), the id last for maintainers. UTF-8 with a byte-order mark, so that spreadsheet software shows the accents
 * right.
 */
export function projectsCsv(
  projects: readonly Project[],
  callOf: (id: string) => Call | undefined,
  { t, language }: Locale,
  baseName: string,
): MessageFile {
  const { columns } = t.csv;
  const rows = projects.map((project) => [
    project.region.name,
    project.lead.name,
    project.lead.kind ? LEAD_KINDS[project.lead.kind].label[language] : '',
    departementOf(project),
    joined(project.partners.map((partner) => partner.name)),
    joined([...new Set(project.partners.map((partner) => countryName(partner.country, { t, language })))]),
    project.title,
    project.titleEn ?? '',
    joined(project.themes.map((id) => THEMES[id].label[language])),
    callOf(project.callId)?.name ?? project.callId,
    project.id,
  ]);
  const text = stringify(rows, {
    bom: true,
    header: true,
    columns: [
      columns.region,
      columns.lead,
      columns.leadKind,
      columns.departement,
      columns.partners,
      columns.countries,
      columns.title,
      columns.titleEn,
      columns.themes,
      columns.call,
      columns.id,
    ],
    record_delimiter: 'windows',
    cast: { string: neutraliseFormula },
    // A lone CR or LF is a line break to a spreadsheet even with CRLF records: such a cell must be quoted too.
    quoted_match: /[\r\n]/,
  });
  return {
    name: `${baseName}.csv`,
    data: new TextEncoder().encode(text),
    contentType: 'text/csv; charset=utf-8',
    description: t.csv.description(projects.length),
  };
}
