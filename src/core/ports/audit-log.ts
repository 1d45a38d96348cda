import type { AuditEntry } from '../audit/audit-entry';
import type { Page } from './card-store';

/**
 * The append-only audit trail. Stores that change a card write its entry in the same
 * all-or-nothing step (see SaveCardCommand.audit, MacroBindingStore.commit); `append` is for
 * events with no other write.
 */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** A card's entries, newest first. */
  list(cardId: string, cursor?: string): Promise<Page<AuditEntry>>;
}
