/** The q-quantile (0–1) of samples, nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => quantile(samples, 0.5);

export interface Row {
  metric: string;
  ours: number;
  trivial: number;
  target: string;
  met: boolean | undefined;
}

/** A plain-text table: metric, ours, trivial, ratio, target, met?. */
export function table(rows: readonly Row[]): string {
  const cells = [
    ['metric', 'ours', 'trivial', 'ratio', 'target', 'met?'],
    ...rows.map((row) => [
      row.metric,
      format(row.ours),
      format(row.trivial),
      Number.isNaN(row.trivial) ? '—' : `${(row.ours / row.trivial).toFixed(2)}×`,
      row.target,
      row.met === undefined ? '—' : row.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((line) => line[column]?.length ?? 0))) ?? [];
  const line = (values: string[]) => values.map((value, column) => value.padEnd(widths[column] ?? 0)).join('  ');
  return [line(cells[0] ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

function format(value: number): string {
  if (Number.isNaN(value)) return '—';
  return value >= 100 ? value.toFixed(0) : value.toFixed(2);
}
