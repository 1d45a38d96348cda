import { appendAll } from './append-all';
import type { InputDraft, OutputDraft } from './read-io';
import { normalizeLabel } from './text-lines';
import type { Token } from './tokenize-document';

type SipocColumn = 'supplier' | 'input' | 'process' | 'output' | 'customer';

const SIPOC_HEADERS: ReadonlyArray<[RegExp, SipocColumn]> = [
  [/^(s|suppliers?|поставщики?)$/u, 'supplier'],
  [/^(i|inputs?|входы?)$/u, 'input'],
  [/^(p|process( steps)?|процесс|действия|activities)$/u, 'process'],
  [/^(o|outputs?|выходы?)$/u, 'output'],
  [/^(c|customers?|consumers?|потребители|потребитель|клиенты?)$/u, 'customer'],
];

export interface SipocRead {
  inputs: InputDraft[];
  outputs: OutputDraft[];
  /** The Process column, top to bottom. */
  steps: string[];
}

/**
 * A SIPOC table (Suppliers | Inputs | Process | Outputs | Customers): inputs with their
 * suppliers, outputs with their customers, and the process steps. Null for other tables.
 */
export function readSipoc(rows: readonly string[][]): SipocRead | null {
  const filled = rows.filter((row) => row.some((cell) => cell !== ''));
  const header = filled[0];
  if (!header) return null;
  const columns = header.map((cell) => SIPOC_HEADERS.find(([pattern]) => pattern.test(normalizeLabel(cell)))?.[1]);
  const found = new Set(columns.filter((column) => column !== undefined));
  if (found.size < 4 || !found.has('input') || !found.has('output')) return null;
  const read: SipocRead = { inputs: [], outputs: [], steps: [] };
  for (const row of filled.slice(1)) {
    const cell = (column: SipocColumn): string => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (row[index] ?? '').trim();
    };
    if (cell('input')) read.inputs.push({ name: cell('input'), requirements: '', supplier: cell('supplier') });
    if (cell('output')) read.outputs.push({ name: cell('output'), requirements: '', consumer: cell('customer') });
    if (cell('process')) read.steps.push(cell('process'));
  }
  return read;
}

/**
 * Takes every SIPOC table out of the given token lists (they are read, not left as stray text).
 * The tables of a later list come before those of an earlier one, as they always have.
 */
export function extractSipoc(tokenLists: ReadonlyArray<Token[]>): SipocRead {
  const readsByList = tokenLists.map((tokens) => {
    const reads: SipocRead[] = [];
    let kept = 0;
    // Compacted in place rather than spliced: splicing each table out is quadratic.
    for (const token of tokens) {
      const read = token.kind === 'table' ? readSipoc(token.rows) : null;
      if (read) reads.push(read);
      else tokens[kept++] = token;
    }
    tokens.length = kept;
    return reads;
  });
  const all: SipocRead = { inputs: [], outputs: [], steps: [] };
  for (const reads of readsByList.reverse()) {
    for (const read of reads) {
      appendAll(all.inputs, read.inputs);
      appendAll(all.outputs, read.outputs);
      appendAll(all.steps, read.steps);
    }
  }
  return all;
}
