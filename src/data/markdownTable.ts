/** A data row of a Markdown table, with the 1-based line it was read from (for error messages). */
export interface TableRow {
  line: number;
  cells: string[];
}

const SEPARATOR = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function splitCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/**
 * Reads every data row of every pipe table in a Markdown text. A table may be split in several tables (the published
 * list is, after Normandie): header rows (the line before a `|---|` separator) are skipped, data rows are kept in order.
 */
export function readTableRows(markdown: string): TableRow[] {
  const lines = markdown.split(/\r?\n/);
  const rows: TableRow[] = [];
  lines.forEach((line, index) => {
    if (!line.trim().startsWith('|') || SEPARATOR.test(line.trim())) return;
    const next = lines[index + 1]?.trim() ?? '';
    if (SEPARATOR.test(next) && next.startsWith('|')) return;
    rows.push({ line: index + 1, cells: splitCells(line) });
  });
  return rows;
}
