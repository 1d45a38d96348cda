import type { SiteSettings } from '../settings/site-settings';
import type { AuditEntry } from '../audit/audit-entry';

export interface SaveSiteSettingsCommand {
  settings: SiteSettings;
  /** The version the caller read: a mismatch fails with CONFLICT and writes nothing. */
  expectedVersion: number;
  savedBy: string;
  savedAt: string;
  /** Written in the same all-or-nothing step. */
  audit: AuditEntry;
}

/** The one record of site-wide settings. */
export interface SiteSettingsStore {
  /** The saved settings; null when none were ever saved (the defaults apply). */
  get(): Promise<SiteSettings | null>;
  save(command: SaveSiteSettingsCommand): Promise<SiteSettings>;
}
