import type { CardSettings } from '../../core/settings/card-settings';
import type { CardSettingsStore, SaveSettingsCommand } from '../../core/ports/card-settings-store';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import { settingsConflict } from '../../core/settings/settings-conflict';
import type { MemoryAuditLog } from './memory-audit-log';

export class MemoryCardSettingsStore implements CardSettingsStore {
  private readonly records = new Map<string, CardSettings>();

  constructor(private readonly audit: MemoryAuditLog) {}

  async get(cardId: string): Promise<CardSettings | null> {
    const found = this.records.get(cardId);
    return found ? structuredClone(found) : null;
  }

  async save(command: SaveSettingsCommand): Promise<CardSettings> {
    const { settings, expectedVersion, savedBy, savedAt, audit } = command;
    const current = this.records.get(settings.cardId)?.version ?? 0;
    if (current !== expectedVersion) throw settingsConflict(settings.cardId, expectedVersion, current);
    const stored: CardSettings = { ...settings, version: expectedVersion + 1, updatedAt: savedAt, updatedBy: savedBy };
    assertFitsInStorage('The card settings', stored);
    this.audit.appendNow(audit);
    this.records.set(stored.cardId, structuredClone(stored));
    return structuredClone(stored);
  }
}
