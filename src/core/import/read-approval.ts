import type { Approval } from '../card/process-card';
import type { ImportContext } from './import-context';
import { findDate } from './parse-date';
import { normalizeLabel, trimEndChars, trimStartChars } from './text-lines';

const MARKER = /^(утверждаю|утверждено|утвердил[а]?|approved by|approved|approval)(?![\p{L}])/iu;

/** The approval marker at the start of a line («УТВЕРЖДАЮ», "Approved by:") and what follows it. */
export function readApprovalMarker(line: string): { marker: string; rest: string } | null {
  const text = line.trim().replace(/^#{1,6}\s+/, '').replace(/^\*\*|^__/, '');
  const match = MARKER.exec(text);
  if (!match) return null;
  const rest = trimStartChars(text.slice(match[0].length).replace(/^\*\*|^__/, ''), ' \t:–—-*_');
  return { marker: match[0], rest: trimEndChars(rest, ' *_') };
}

export const emptyApproval = (): Approval => ({ marker: '', approverName: '', approverPosition: '', date: '' });

const LABELLED: ReadonlyArray<[RegExp, 'name' | 'position' | 'date']> = [
  [/^(ф\.?\s?и\.?\s?о\.?|фио|имя|name|approver)$/, 'name'],
  [/^(должность|position|title|role)$/, 'position'],
  [/^(дата|date|дата утверждения|approval date)$/, 'date'],
];

const SIGNATURE_NOISE = /\((?:подпись|signature|ф\.?\s?и\.?\s?о\.?|расшифровка подписи)\)|\/+/giu;

/**
 * Adds one line of an approval block to `approval`: a labelled field, a date, a signature
 * line («_____ И. О. Фамилия») or the approver's position. `nameFirst` reads "Jane Roe, Head
 * of Quality" the English way (name before position).
 */
export function addApprovalLine(approval: Approval, raw: string, ctx: ImportContext, nameFirst: boolean): void {
  let line = raw.trim();
  if (line === '') return;
  const colon = line.indexOf(':');
  if (colon > 0 && colon < 30) {
    const label = normalizeLabel(line.slice(0, colon));
    const field = LABELLED.find(([pattern]) => pattern.test(label))?.[1];
    if (field) {
      const value = ctx.value(line.slice(colon + 1), 'approval');
      if (field === 'name') approval.approverName ||= value;
      else if (field === 'position') approval.approverPosition ||= value;
      else setDate(approval, value);
      return;
    }
  }
  if (ctx.value(line, 'approval') === '') return;
  const date = findDate(line);
  if (date && approval.date === '') {
    approval.date = date.text;
    if (date.iso) approval.dateIso = date.iso;
    line = (line.slice(0, date.index) + line.slice(date.index + date.text.length)).trim();
  }
  line = trimEndChars(trimStartChars(line, ' ,;–—'), ' ,;–—');
  if (line === '') return;
  const underscores = /_{3,}/.exec(line);
  if (underscores) {
    const before = line.slice(0, underscores.index).replace(SIGNATURE_NOISE, '').trim();
    const lastRun = line.lastIndexOf('___');
    const after = trimStartChars(line.slice(lastRun), '_ ').replace(SIGNATURE_NOISE, '').trim();
    if (after) approval.approverName ||= after;
    if (before && !after) approval.approverName ||= before;
    else if (before) approval.approverPosition ||= before;
    return;
  }
  if (nameFirst && line.includes(',')) {
    const [name, ...position] = line.split(',').map((part) => part.trim());
    approval.approverName ||= name ?? '';
    if (position.length > 0) approval.approverPosition ||= position.join(', ');
    return;
  }
  if (nameFirst && approval.approverName === '') approval.approverName = line;
  else if (approval.approverPosition === '') approval.approverPosition = line;
  else approval.approverPosition = `${approval.approverPosition}\n${line}`;
}

function setDate(approval: Approval, value: string): void {
  if (value === '' || approval.date !== '') return;
  approval.date = value;
  const found = findDate(value);
  if (found?.iso) approval.dateIso = found.iso;
}

export const isEnglishMarker = (marker: string): boolean => /^[a-z]/i.test(marker);
