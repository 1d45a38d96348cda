import { ProcessCard, type CardContent } from '../card/process-card';
import { unsavedCard } from '../card/empty-card';
import { fitCardContent } from './fit-card-content';
import type { ImportContext } from './import-context';
import type { ImportOptions } from './import-warning';
import { safeCardId } from './new-card-id';

/**
 * A new, unsaved draft card holding `content`, checked against the schema. A card that still
 * fails is a bug in the importer and throws: an empty card would read as "not a process card".
 */
export function newDraftCard(content: CardContent, options: ImportOptions, ctx: ImportContext): ProcessCard {
  return ProcessCard.parse(unsavedCard(safeCardId(options.newCardId), fitCardContent(content, ctx)));
}
