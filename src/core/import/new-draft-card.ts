import { CARD_SCHEMA_VERSION, ProcessCard, type CardContent } from '../card/process-card';
import { emptyCardContent } from './empty-card-content';
import { fitCardContent } from './fit-card-content';
import type { ImportContext } from './import-context';
import type { ImportOptions } from './import-warning';
import { safeCardId } from './new-card-id';

function draft(content: CardContent, options: ImportOptions): ProcessCard {
  return {
    schemaVersion: CARD_SCHEMA_VERSION,
    id: safeCardId(options.newCardId),
    version: 0,
    status: 'draft',
    location: null,
    content,
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
  };
}

/**
 * A new, unsaved draft card holding `content`, checked against the schema. Should a card
 * still fail (a bug), an empty card keeps the document's text in its notes instead.
 */
export function newDraftCard(content: CardContent, options: ImportOptions, ctx: ImportContext, text: string): ProcessCard {
  const checked = ProcessCard.safeParse(draft(fitCardContent(content, ctx), options));
  if (checked.success) return checked.data;
  ctx.warn({
    code: 'unplaced-text',
    message: `The card could not be built (${checked.error.issues[0]?.message ?? 'invalid'}); its text is kept in the notes.`,
    text: text.slice(0, 20_000),
  });
  return ProcessCard.parse(draft(emptyCardContent(content.language, text.slice(0, 20_000)), options));
}
