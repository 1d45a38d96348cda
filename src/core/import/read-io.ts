import { appendAll } from './append-all';
import type { ProcessInput, ProcessOutput, SectionKey } from '../card/process-card';
import type { ImportContext } from './import-context';
import { readListItems, splitInlineList } from './read-list-items';
import { readTable, type ColumnSpec } from './read-table';
import type { Segment } from './segment-document';
import { INPUT_COLUMNS, OUTPUT_COLUMNS } from './table-columns';
import type { Token } from './tokenize-document';

export type InputDraft = Omit<ProcessInput, 'id'>;
export type OutputDraft = Omit<ProcessOutput, 'id'>;

/** Rows of the section's tables, read by header text; unreadable rows are reported and kept in the notes. */
export function readSectionTable<F extends string>(
  table: Token & { kind: 'table' },
  specs: ReadonlyArray<ColumnSpec<F>>,
  fallback: readonly F[],
  section: SectionKey,
  heading: string,
  ctx: ImportContext,
  note: (text: string) => void,
): Array<Partial<Record<F, string>>> {
  const read = readTable(table.rows, specs, fallback);
  for (const row of read.unreadable) {
    ctx.warn({
      code: 'unreadable-row',
      message: `A row of the ${section} table has more cells than the table has columns.`,
      section,
      heading,
      text: row,
    });
  }
  if (read.hasUnknownColumns || read.unreadable.length > 0) note(table.raw.join('\n'));
  return read.rows.map((row) => {
    const cleaned: Partial<Record<F, string>> = {};
    for (const [field, value] of Object.entries(row) as Array<[F, string]>) cleaned[field] = ctx.value(value, section, heading);
    return cleaned;
  });
}

/** Names of a section written as a list or on the heading line ("Inputs: orders, materials"). */
export function readNames(segment: Segment, section: SectionKey, ctx: ImportContext, note: (text: string) => void) {
  const names: string[] = [];
  if (segment.inline && ctx.value(segment.inline, section, segment.heading) !== '') {
    appendAll(names, splitInlineList(segment.inline));
  }
  const list = readListItems(segment.tokens);
  list.notes.forEach(note);
  for (const item of list.items) {
    const value = ctx.value(item, section, segment.heading);
    if (value !== '') names.push(value);
  }
  return { names: names.filter((name) => name !== ''), tables: list.tables };
}

export function readInputs(segments: readonly Segment[], ctx: ImportContext, note: (text: string) => void): InputDraft[] {
  const inputs: InputDraft[] = [];
  for (const segment of segments) {
    const { names, tables } = readNames(segment, 'inputs', ctx, note);
    appendAll(inputs, names.map((name) => ({ name, requirements: '', supplier: '' })));
    for (const table of tables) {
      const rows = readSectionTable(table, INPUT_COLUMNS, ['name', 'requirements', 'supplier'], 'inputs', segment.heading, ctx, note);
      for (const row of rows) {
        const input = { name: row.name ?? '', requirements: row.requirements ?? '', supplier: row.supplier ?? '' };
        if (input.name || input.requirements || input.supplier) inputs.push(input);
      }
    }
  }
  return inputs;
}

export function readOutputs(segments: readonly Segment[], ctx: ImportContext, note: (text: string) => void): OutputDraft[] {
  const outputs: OutputDraft[] = [];
  for (const segment of segments) {
    const { names, tables } = readNames(segment, 'outputs', ctx, note);
    appendAll(outputs, names.map((name) => ({ name, requirements: '', consumer: '' })));
    for (const table of tables) {
      const rows = readSectionTable(table, OUTPUT_COLUMNS, ['name', 'requirements', 'consumer'], 'outputs', segment.heading, ctx, note);
      for (const row of rows) {
        const output = { name: row.name ?? '', requirements: row.requirements ?? '', consumer: row.consumer ?? '' };
        if (output.name || output.requirements || output.consumer) outputs.push(output);
      }
    }
  }
  return outputs;
}

/** Resources and management actions: items of a list; a table's rows become items too. */
export function readTextItems(
  segments: readonly Segment[],
  section: SectionKey,
  ctx: ImportContext,
  note: (text: string) => void,
): string[] {
  const items: string[] = [];
  for (const segment of segments) {
    const { names, tables } = readNames(segment, section, ctx, note);
    appendAll(items, names);
    for (const table of tables) {
      const filled = table.rows.filter((row) => row.some((cell) => cell !== ''));
      // The first row of a table of several rows names its columns.
      const body = filled.length > 1 ? filled.slice(1) : filled;
      for (const row of body) {
        const cells = row.filter((cell) => cell !== '' && !/^\d{1,3}[.)]?$/.test(cell));
        const text = ctx.value(cells.join(' – '), section, segment.heading);
        if (text !== '') items.push(text);
      }
    }
  }
  return items;
}
