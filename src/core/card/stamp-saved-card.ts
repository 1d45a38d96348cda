import type { ProcessCard } from './process-card';

/** The card as it is stored by a save: next version, with who saved it and when. */
export function stampSavedCard(card: ProcessCard, expectedVersion: number, savedBy: string, savedAt: string): ProcessCard {
  const creating = expectedVersion === 0;
  return {
    ...card,
    version: expectedVersion + 1,
    createdAt: creating ? savedAt : (card.createdAt ?? savedAt),
    createdBy: creating ? savedBy : (card.createdBy ?? savedBy),
    updatedAt: savedAt,
    updatedBy: savedBy,
  };
}
