import type { ProcessCard } from './process-card';
import { diffCards, type CardChange } from './card-diff';
import { assertFitsInStorage } from '../ports/storage-limits';

export const REVISION_SCHEMA_VERSION = 1 as const;

/** One saved version of a card: who saved it, when, and what changed. */
export interface CardRevision {
  schemaVersion: typeof REVISION_SCHEMA_VERSION;
  cardId: string;
  version: number;
  savedAt: string;
  savedBy: string;
  changes: CardChange[];
  changesOmitted: number;
  card: ProcessCard;
}

/**
 * The revision record a save writes, checked against the storage limit as the record it is (the
 * card inside it plus the diff), so every store refuses the same saves before writing anything.
 */
export function buildRevision(before: ProcessCard | null, stored: ProcessCard, savedBy: string, savedAt: string): CardRevision {
  const diff = diffCards(before, stored);
  const revision: CardRevision = {
    schemaVersion: REVISION_SCHEMA_VERSION,
    cardId: stored.id,
    version: stored.version,
    savedAt,
    savedBy,
    changes: diff.changes,
    changesOmitted: diff.omitted,
    card: stored,
  };
  assertFitsInStorage('The card revision', revision, { reason: 'storage' });
  return revision;
}
