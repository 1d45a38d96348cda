import type { CardContent, SectionKey } from '../card/process-card';

type Purpose = CardContent['purpose'];
import type { ImportContext } from './import-context';
import type { Segment } from './segment-document';
import { segmentText } from './token-text';

/** A prose section (scope, improvement): every segment's text as written, one paragraph each. */
export function readProse(segments: readonly Segment[], section: SectionKey, ctx: ImportContext): string {
  return segments
    .map((segment) => ctx.prose(segmentText(segment.inline, segment.tokens), section, segment.heading))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}

/** Purpose of the card and of the process, told apart by the heading or label that introduces them. */
export function readPurpose(segments: readonly Segment[], ctx: ImportContext): Purpose {
  const card = segments.filter((segment) => segment.part === 'card');
  const process = segments.filter((segment) => segment.part !== 'card');
  return { card: readProse(card, 'purpose', ctx), process: readProse(process, 'purpose', ctx) };
}
