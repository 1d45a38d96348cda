import { normalizeLabel } from './text-lines';

export interface ColumnSpec<F extends string> {
  field: F;
  /** Tested against the normalised header cell. */
  header: RegExp;
}

export interface TableContent<F extends string> {
  rows: Array<Partial<Record<F, string>>>;
  /** False when no header cell named a known column and columns were taken by position. */
  headerMatched: boolean;
  /** Rows with more filled cells than the table has columns, as written. */
  unreadable: string[];
  /** Columns the card has no field for ("Примечание"): the table is kept as written too. */
  hasUnknownColumns: boolean;
}

const NUMBERING_HEADER = /^(№|#|n|no|nr|nn|№ ?п\/?п|п\/?п|пп|item|poz|поз)$/;
const NUMBER_CELL = /^\d{1,4}[.)]?$/;

/**
 * Reads a table by its header text, not by column position: «Требования к входу» is the
 * requirements column wherever it stands. Numbering columns («№ П/п») are dropped. When the
 * first row names no known column, columns are taken in `fallback` order.
 */
export function readTable<F extends string>(
  rows: readonly string[][],
  specs: ReadonlyArray<ColumnSpec<F>>,
  fallback: readonly F[],
): TableContent<F> {
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  const result: TableContent<F> = { rows: [], headerMatched: false, unreadable: [], hasUnknownColumns: false };
  if (filled.length === 0) return result;
  const header = filled[0]!;
  const columns: Array<F | 'skip' | 'unknown'> = header.map(() => 'unknown');
  const taken = new Set<F>();
  header.forEach((cell, index) => {
    const normalized = normalizeLabel(cell);
    const spec = specs.find((candidate) => !taken.has(candidate.field) && candidate.header.test(normalized));
    if (spec) {
      columns[index] = spec.field;
      taken.add(spec.field);
    } else if (NUMBERING_HEADER.test(normalized) || (normalized === '' && index === 0)) {
      columns[index] = 'skip';
    }
  });
  result.headerMatched = taken.size > 0;
  let body = filled.slice(1);
  if (!result.headerMatched) {
    body = filled;
    const width = filled.reduce((widest, row) => Math.max(widest, row.length), 0);
    const numbered = filled.every((row) => row[0] === '' || NUMBER_CELL.test(row[0] ?? ''));
    const order = [...(numbered ? ['skip' as const] : []), ...fallback];
    for (let index = 0; index < width; index += 1) columns[index] = order[index] ?? 'unknown';
  }
  result.hasUnknownColumns = columns.some((column, index) => column === 'unknown' && body.some((row) => (row[index] ?? '') !== ''));
  for (const row of body) {
    const extra = row.slice(columns.length).some((cell) => cell !== '');
    if (extra) {
      result.unreadable.push(row.join(' | '));
      continue;
    }
    const entry: Partial<Record<F, string>> = {};
    row.forEach((cell, index) => {
      const column = columns[index];
      if (column && column !== 'skip' && column !== 'unknown') entry[column] = cell;
    });
    if (Object.values(entry).some((value) => value !== '')) result.rows.push(entry);
  }
  return result;
}
