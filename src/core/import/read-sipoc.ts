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

/** Takes every SIPOC table out of the given token lists (they are read, not left as stray text). */
export function extractSipoc(tokenLists: ReadonlyArray<Token[]>): SipocRead {
  const all: SipocRead = { inputs: [], outputs: [], steps: [] };
  for (const tokens of tokenLists) {
    for (let index = tokens.length - 1; index >= 0; index -= 1) {
      const token = tokens[index]!;
      const read = token.kind === 'table' ? readSipoc(token.rows) : null;
      if (!read) continue;
      tokens.splice(index, 1);
      all.inputs.unshift(...read.inputs);
      all.outputs.unshift(...read.outputs);
      all.steps.unshift(...read.steps);
    }
  }
  return all;
}
