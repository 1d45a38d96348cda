import type { Kpi } from '../card/process-card';
import type { ImportContext } from './import-context';
import { directionOf, parseBound, parseDirection } from './parse-bound';
import { parseFrequency } from './parse-frequency';
import { readListItems, splitInlineList } from './read-list-items';
import { readTable } from './read-table';
import type { Segment } from './segment-document';
import { KPI_COLUMNS, type KpiColumn } from './table-columns';

export type KpiDraft = Omit<Kpi, 'id'>;

/** A KPI from its written cells; parsed values sit beside the text, which stays as written. */
export function buildKpi(cells: Partial<Record<KpiColumn, string>>): KpiDraft {
  const text = (column: KpiColumn): string => (cells[column] ?? '').trim();
  const name = text('name');
  const target = text('target');
  const warningThreshold = text('warningThreshold');
  const frequency = text('frequency');
  const targetParsed = parseBound(target);
  const warningParsed = parseBound(warningThreshold);
  const frequencyCode = frequency ? parseFrequency(frequency) : undefined;
  const writtenUnit = text('unit');
  const unitFromName = /,\s*%$/.test(name) ? '%' : '';
  const unit = (writtenUnit || targetParsed?.unit || unitFromName).slice(0, 50);
  const stated = text('direction');
  return {
    name,
    formula: text('formula'),
    unit,
    direction: (stated ? parseDirection(stated) : null) ?? directionOf(targetParsed),
    target,
    ...(targetParsed ? { targetParsed } : {}),
    warningThreshold,
    ...(warningParsed ? { warningParsed } : {}),
    frequency,
    ...(frequencyCode ? { frequencyCode } : {}),
    owner: text('owner'),
    dataSource: text('dataSource'),
  };
}

/** KPIs as a table (columns found by header text) or as a list of names. */
export function readKpis(segments: readonly Segment[], ctx: ImportContext, note: (text: string) => void): KpiDraft[] {
  const kpis: KpiDraft[] = [];
  const addName = (raw: string, heading: string): void => {
    const name = ctx.value(raw, 'kpis', heading);
    if (name !== '') kpis.push(buildKpi({ name }));
  };
  for (const segment of segments) {
    if (segment.inline) {
      if (ctx.value(segment.inline, 'kpis', segment.heading) !== '') {
        for (const name of splitInlineList(segment.inline)) addName(name, segment.heading);
      }
    }
    const list = readListItems(segment.tokens);
    for (const item of list.items) addName(item, segment.heading);
    list.notes.forEach(note);
    for (const table of list.tables) {
      const read = readTable(table.rows, KPI_COLUMNS, ['name', 'formula', 'unit', 'target', 'frequency']);
      for (const row of read.rows) {
        const cells: Partial<Record<KpiColumn, string>> = {};
        for (const [column, value] of Object.entries(row) as Array<[KpiColumn, string]>) {
          cells[column] = ctx.value(value, 'kpis', segment.heading);
        }
        if (Object.values(cells).some((value) => value !== '')) kpis.push(buildKpi(cells));
      }
      for (const row of read.unreadable) {
        ctx.warn({ code: 'unreadable-row', message: 'A KPI table row has more cells than the table has columns.', section: 'kpis', heading: segment.heading, text: row });
      }
      if (read.hasUnknownColumns || read.unreadable.length > 0) note(table.raw.join('\n'));
    }
  }
  return kpis;
}
