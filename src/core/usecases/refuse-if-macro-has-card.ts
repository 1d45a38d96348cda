import type { CardStore, MacroBindingStore } from '../ports/card-store';
import { AppError } from '../errors';

/** A macro that already shows a card keeps it: a second import would silently orphan the first card. */
export async function refuseIfMacroHasCard(
  deps: { cards: CardStore; bindings: MacroBindingStore },
  localId: string,
): Promise<void> {
  const boundId = await deps.bindings.getCardId(localId);
  if (boundId === null) return;
  const card = await deps.cards.get(boundId);
  if (card !== null) {
    throw new AppError(
      'CONFLICT',
      `This macro already shows the card "${card.content.title}". Insert a new macro to import another card.`,
    );
  }
}
