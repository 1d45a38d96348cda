import { ProcessCard, type CardContent } from '../card/process-card';
import { emptyCardContent, unsavedCard } from '../card/empty-card';
import { fitCardContent } from './fit-card-content';
import type { ImportContext } from './import-context';
import type { ImportOptions } from './import-warning';
import { safeCardId } from './new-card-id';

/**
 * A new, unsaved draft card holding `content`, checked against the schema. Should a card
 * still fail (a bug), an empty card keeps the document's text in its notes instead.
 */
export function newDraftCard(content: CardContent, options: ImportOptions, ctx: ImportContext, text: string): ProcessCard {
  const id = safeCardId(options.newCardId);
  const checked = ProcessCard.safeParse(unsavedCard(id, fitCardContent(content, ctx)));
  if (checked.success) return checked.data;
  ctx.warn({
    code: 'unplaced-text',
    message: `The card could not be built (${checked.error.issues[0]?.message ?? 'invalid'}); its text is kept in the notes.`,
    text: text.slice(0, 20_000),
  });
  const kept = text.slice(0, 20_000);
  const fallback = emptyCardContent(content.language);
  return ProcessCard.parse(unsavedCard(id, kept.trim() === '' ? fallback : { ...fallback, sectionNotes: { purpose: kept } }));
}
