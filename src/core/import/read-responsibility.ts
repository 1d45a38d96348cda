import type { CardContent } from '../card/process-card';

type Responsibility = CardContent['responsibility'];
import type { ImportContext } from './import-context';
import type { Segment } from './segment-document';
import { segmentText } from './token-text';
import { trimEndChars } from './text-lines';

/** «… несёт владелец процесса – Руководитель отдела маркетинга.», "The process owner is the Head of Sales." */
const OWNER_IN_PROSE: readonly RegExp[] = [
  /(?:владел\p{L}*|руководител\p{L}*|ответственн\p{L}*)\s+(?:за\s+)?процесс\p{L}*\s*(?:\((?:ВП|РП)\)\s*)?(?:[–—:-]|является|выступает)\s*([^.;,\n]{2,150})/iu,
  /process\s+owner\s*(?:\(PO\)\s*)?(?:is\s+|:\s*|[–—-]\s*)(?:the\s+)?([^.;,\n]{2,150})/iu,
];

/** Labels whose value is the owner itself ("Process owner: …", "Responsible: …", «Владелец процесса – …»). */
const OWNER_LABEL = /^(владелец( процесса)?|ответственный( за процесс)?|руководитель процесса|process owner|owner|responsible|accountable)$/iu;

export function findOwnerInProse(text: string): string {
  for (const pattern of OWNER_IN_PROSE) {
    const match = pattern.exec(text);
    if (match) return trimEndChars(match[1]!.trim(), ' .:;');
  }
  return '';
}

/** Responsibility text as written, and the owner's role found in a labelled line or in the prose. */
export function readResponsibility(segments: readonly Segment[], ctx: ImportContext, headerOwner: string): Responsibility {
  let ownerRole = headerOwner;
  const texts: string[] = [];
  for (const segment of segments) {
    const ownerLabelled = segment.origin === 'inline' && OWNER_LABEL.test(segment.heading.trim().toLowerCase().replace(/ё/g, 'е'));
    if (ownerLabelled) {
      const value = ctx.value(segment.inline, 'responsibility', segment.heading);
      const firstLine = value.split('\n')[0] ?? '';
      if (ownerRole === '' && firstLine !== '') ownerRole = trimEndChars(firstLine, ' .;');
      const rest = segmentText(value.split('\n').slice(1).join('\n'), segment.tokens);
      if (rest.trim() !== '') texts.push(ctx.prose(rest, 'responsibility', segment.heading));
      continue;
    }
    const text = ctx.prose(segmentText(segment.inline, segment.tokens), 'responsibility', segment.heading);
    if (text.trim() === '') continue;
    texts.push(text);
    if (ownerRole === '') ownerRole = ctx.value(findOwnerInProse(text), 'responsibility', segment.heading);
  }
  return { ownerRole, text: texts.join('\n\n') };
}
