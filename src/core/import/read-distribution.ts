import { appendAll } from './append-all';
import type { DistributionEntry } from '../card/process-card';
import type { ImportContext } from './import-context';
import { readNames, readSectionTable } from './read-io';
import type { Segment } from './segment-document';
import { DISTRIBUTION_COLUMNS } from './table-columns';
import { trimEndChars, trimStartChars } from './text-lines';

export type DistributionDraft = Omit<DistributionEntry, 'id'>;

const COPY = /\(?\s*(?:экз(?:емпляр)?\.?|копия|copy)\s*(?:№|#|no\.?)?\s*(\d{1,4})\s*\)?/iu;

/** «Руководитель отдела продаж — экз. № 2», "Quality manager (copy 3)": recipient and copy number. */
export function parseDistributionItem(item: string): DistributionDraft {
  const copy = COPY.exec(item);
  if (!copy) return { recipient: item.trim(), copyNumber: '' };
  const recipient = item.slice(0, copy.index) + item.slice(copy.index + copy[0].length);
  return {
    recipient: trimEndChars(trimStartChars(recipient.trim(), ' ,;:–—-'), ' ,;:–—-'),
    copyNumber: copy[1]!,
  };
}

export function readDistribution(segments: readonly Segment[], ctx: ImportContext, note: (text: string) => void): DistributionDraft[] {
  const entries: DistributionDraft[] = [];
  for (const segment of segments) {
    const { names, tables } = readNames(segment, 'distribution', ctx, note);
    appendAll(entries, names.map(parseDistributionItem).filter((entry) => entry.recipient !== ''));
    for (const table of tables) {
      const rows = readSectionTable(table, DISTRIBUTION_COLUMNS, ['recipient', 'copyNumber'], 'distribution', segment.heading, ctx, note);
      for (const row of rows) {
        const entry = { recipient: row.recipient ?? '', copyNumber: (row.copyNumber ?? '').slice(0, 50) };
        if (entry.recipient || entry.copyNumber) entries.push(entry);
      }
    }
  }
  return entries;
}
