import type { SiteSettings } from '../../core/settings/site-settings';
import type { SaveSiteSettingsCommand, SiteSettingsStore } from '../../core/ports/site-settings-store';
import { siteSettingsConflict } from '../../core/settings/settings-conflict';
import type { MemoryAuditLog } from './memory-audit-log';

export class MemorySiteSettingsStore implements SiteSettingsStore {
  private record: SiteSettings | null = null;

  constructor(private readonly audit: MemoryAuditLog) {}

  async get(): Promise<SiteSettings | null> {
    return this.record === null ? null : structuredClone(this.record);
  }

  async save(command: SaveSiteSettingsCommand): Promise<SiteSettings> {
    const { settings, expectedVersion, savedBy, savedAt, audit } = command;
    const current = this.record?.version ?? 0;
    if (current !== expectedVersion) throw siteSettingsConflict(expectedVersion, current);
    const stored: SiteSettings = { ...settings, version: expectedVersion + 1, updatedAt: savedAt, updatedBy: savedBy };
    this.audit.appendNow(audit);
    this.record = structuredClone(stored);
    return structuredClone(stored);
  }
}
