import type { CardLocation, ProcessCard } from '../card/process-card';
import type { CardRevision } from '../card/card-revision';
import type { AuditEntry } from '../audit/audit-entry';

export type { CardRevision } from '../card/card-revision';

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
  /** At most MAX_PAGE_SIZE. */
  limit?: number;
}

export interface SaveCardCommand {
  /** The card as it should be stored; its `version` is ignored in favour of expectedVersion + 1. */
  card: ProcessCard;
  /** Version the caller last read. A mismatch fails with CONFLICT and writes nothing. */
  expectedVersion: number;
  savedBy: string;
  savedAt: string;
  /** Written in the same all-or-nothing step as the card. */
  audit?: AuditEntry;
}

/**
 * Cards written by an import (or a blank card) before the macro binding commits them. Until the
 * binding with this `importId` exists they are invisible: `get` and `list` leave them out.
 */
export interface PendingCards {
  importId: string;
  /** The binding key (page + macro) whose existence with this importId commits the cards. */
  macroKey: string;
  cards: ProcessCard[];
  savedBy: string;
  savedAt: string;
}

/** Where cards live. The Forge adapter keeps them in Forge storage; tests use the in-memory one. */
export interface CardStore {
  /** A card everyone may be shown (committed); null when missing or still pending. */
  get(cardId: string): Promise<ProcessCard | null>;
  /** Committed cards only; a stored record that cannot be read is skipped (and logged), not fatal. */
  list(query: ListCardsQuery): Promise<Page<CardSummary>>;
  /** Compare-and-set of a committed card: the stored card with its new version, or AppError CONFLICT. */
  save(command: SaveCardCommand): Promise<ProcessCard>;
  history(cardId: string, cursor?: string): Promise<Page<CardRevision>>;
  /**
   * Writes new cards at version 1, hidden until committed, in as many all-or-nothing steps as the
   * platform needs. Idempotent: cards already written under the same importId are left as they are;
   * an id held by any other card (or by this import for another macro) fails with CONFLICT
   * (import-id-reused) before anything is written. Answers the cards as stored (version 1).
   */
  writePending(pending: PendingCards): Promise<ProcessCard[]>;
  /** After the commit: makes the cards of `importId` plain committed cards (best effort, repeatable). */
  settle(importId: string, cardIds: readonly string[]): Promise<void>;
  /** Deletes the cards of `importId` that are still pending (after a lost race or on cleanup). */
  discardPending(importId: string, cardIds: readonly string[]): Promise<void>;
}
