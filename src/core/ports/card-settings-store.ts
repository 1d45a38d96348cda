import type { CardSettings } from '../settings/card-settings';
import type { AuditEntry } from '../audit/audit-entry';

export interface SaveSettingsCommand {
  settings: CardSettings;
  /** The version the caller read: a mismatch fails with CONFLICT and writes nothing. */
  expectedVersion: number;
  savedBy: string;
  savedAt: string;
  /** Written in the same all-or-nothing step. */
  audit: AuditEntry;
}

export interface CardSettingsStore {
  /** The card's settings; null when none were ever saved. */
  get(cardId: string): Promise<CardSettings | null>;
  save(command: SaveSettingsCommand): Promise<CardSettings>;
}
