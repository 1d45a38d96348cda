import { auditEntry, type AuditEntry } from '../audit/audit-entry';
import type { CardSettingsStore } from '../ports/card-settings-store';
import type { CardSettings } from '../settings/card-settings';

/**
 * A change to a card's settings, saved with the version the caller read and its audit entry in
 * one all-or-nothing step: who, when, what (`action`, `summary`, `data`), and the version it made.
 */
export function saveCardSettings(
  deps: { settings: CardSettingsStore; newAuditSuffix: () => string },
  change: {
    cardId: string;
    next: CardSettings;
    expectedVersion: number;
    actor: { kind: 'user'; accountId: string };
    at: string;
    action: AuditEntry['action'];
    summary: string;
    data: AuditEntry['data'];
  },
): Promise<CardSettings> {
  const { cardId, next, expectedVersion, actor, at, action, summary, data } = change;
  return deps.settings.save({
    settings: next,
    expectedVersion,
    savedBy: actor.accountId,
    savedAt: at,
    audit: auditEntry({ cardId, at, actor, action, summary, data: { settingsVersion: expectedVersion + 1, ...data } }, deps.newAuditSuffix()),
  });
}
