import type { CardLocation, ProcessCard } from '../card/process-card';
import type { CardChange } from '../card/card-diff';

/** One saved version of a card: who saved it, when, and what changed. */
export interface CardRevision {
  cardId: string;
  version: number;
  savedAt: string;
  savedBy: string;
  changes: CardChange[];
  card: ProcessCard;
}

export interface CardSummary {
  id: string;
  title: string;
  version: number;
  status: ProcessCard['status'];
  ownerRole: string;
  location: CardLocation | null;
  updatedAt: string | null;
}

export interface Page<T> {
  items: T[];
  /** Opaque cursor for the next page; null on the last page. */
  cursor: string | null;
}

export interface ListCardsQuery {
  spaceId?: string;
  pageId?: string;
  cursor?: string;
  /** At most 20: Forge storage pages queries by 20. */
  limit?: number;
}

export interface SaveCardCommand {
  /** The card as it should be stored; its `version` is ignored in favour of expectedVersion + 1. */
  card: ProcessCard;
  /** Version the caller last read: 0 to create. A mismatch fails with CONFLICT and writes nothing. */
  expectedVersion: number;
  savedBy: string;
  savedAt: string;
}

/** Where cards live. The Forge adapter keeps them in Forge storage; tests use the in-memory one. */
export interface CardStore {
  get(cardId: string): Promise<ProcessCard | null>;
  list(query: ListCardsQuery): Promise<Page<CardSummary>>;
  /** Compare-and-set: returns the stored card with its new version, or throws AppError CONFLICT. */
  save(command: SaveCardCommand): Promise<ProcessCard>;
  history(cardId: string, cursor?: string): Promise<Page<CardRevision>>;
}

/** Which card a macro instance shows, keyed by the macro's localId. */
export interface MacroBindingStore {
  getCardId(localId: string): Promise<string | null>;
  bind(localId: string, cardId: string): Promise<void>;
}
