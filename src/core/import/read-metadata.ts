import { readApprovalMarker } from './read-approval';
import { normalizeLabel } from './text-lines';

export type MetaField = 'code' | 'revision' | 'approval' | 'date' | 'owner' | 'title';

/** One "Key: value" of a document's metadata, e.g. «Редакция: 2», "Approved by: J. Smith". */
export interface MetaPair {
  field: MetaField;
  label: string;
  value: string;
}

const META_KEYS: ReadonlyArray<[RegExp, MetaField]> = [
  [/^(document|document[ -]id|doc[ -]id|document (no|number|code)|code|код( документа)?|обозначение|номер документа|документ|шифр)$/, 'code'],
  [/^(revision|rev|version|issue|версия|редакция|ревизия|номер редакции)$/, 'revision'],
  [/^(approved by|approver|approved|утверждено|утвердил|утверждаю)$/, 'approval'],
  [/^(date|дата|approval date|date of approval|дата утверждения|effective date|дата введения)$/, 'date'],
  [/^(owner|process owner|владелец( процесса)?)$/, 'owner'],
  [/^(title|process|process name|процесс|наименование процесса|название процесса)$/, 'title'],
];

export function metaField(label: string): MetaField | undefined {
  const normalized = normalizeLabel(label);
  return META_KEYS.find(([pattern]) => pattern.test(normalized))?.[1];
}

/** "Key: value" pairs of a metadata line; a line may hold several joined by « · ». */
export function metaPairs(line: string): MetaPair[] | null {
  const parts = line.includes('·') ? line.split('·') : [line];
  const pairs: MetaPair[] = [];
  for (const part of parts) {
    const text = part.trim().replace(/^[-*•]\s+/, '').replace(/\*\*/g, '');
    const colon = text.indexOf(':');
    if (colon <= 0 || colon > 40) return null;
    const field = metaField(text.slice(0, colon));
    if (!field) return null;
    pairs.push({ field, label: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() });
  }
  return pairs.length > 0 ? pairs : null;
}

/** Header lines the segmenter must leave to the header: metadata and approval markers. */
export function isHeaderLine(line: string): boolean {
  return metaPairs(line) !== null || readApprovalMarker(line) !== null;
}

/** A two-column "field | value" table of metadata (Document | КП-07, Revision | 2); null if it is another table. */
export function metaTablePairs(rows: readonly string[][]): MetaPair[] | null {
  const pairs: MetaPair[] = [];
  for (const row of rows) {
    const cells = row.filter((cell) => cell !== '');
    if (cells.length === 0) continue;
    const field = cells.length === 2 ? metaField(cells[0]!) : undefined;
    if (!field) return null;
    pairs.push({ field, label: cells[0]!, value: cells[1]! });
  }
  return pairs;
}
