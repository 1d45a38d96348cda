import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import type { SiteSettings } from '../../core/settings/site-settings';
import { readStoredSiteSettings } from '../../core/settings/stored-site-settings';
import type { SaveSiteSettingsCommand, SiteSettingsStore } from '../../core/ports/site-settings-store';
import { siteSettingsConflict } from '../../core/settings/settings-conflict';
import { AUDIT_ENTITY, auditKey, toAuditEntity } from './audit-entities';

export const SITE_SETTINGS_ENTITY = 'site-settings';

/** The one record's key: there is one site per installation. */
export const SITE_SETTINGS_KEY = 'site';

const SiteSettingsEntity = z.object({ schemaVersion: z.number().int(), version: z.number().int(), settings: z.unknown() });
type SiteSettingsEntity = z.infer<typeof SiteSettingsEntity>;

/**
 * The site settings as a custom entity of their own: a plain key cannot carry a condition, and
 * compare-and-set needs one (on `version`), in the same transaction as the audit entry.
 */
export class ForgeSiteSettingsStore implements SiteSettingsStore {
  async get(): Promise<SiteSettings | null> {
    const raw = await kvs.entity<unknown>(SITE_SETTINGS_ENTITY).get(SITE_SETTINGS_KEY);
    return raw === undefined ? null : readStoredSiteSettings(SiteSettingsEntity.parse(raw).settings);
  }

  async save(command: SaveSiteSettingsCommand): Promise<SiteSettings> {
    const { settings, expectedVersion, savedBy, savedAt, audit } = command;
    const stored: SiteSettings = { ...settings, version: expectedVersion + 1, updatedAt: savedAt, updatedBy: savedBy };
    const entity: SiteSettingsEntity = { schemaVersion: stored.schemaVersion, version: stored.version, settings: stored };
    const condition =
      expectedVersion === 0
        ? new Filter<SiteSettingsEntity>().and('version', FilterConditions.notExists())
        : new Filter<SiteSettingsEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    try {
      await kvs
        .transact()
        .set(SITE_SETTINGS_KEY, entity, { entityName: SITE_SETTINGS_ENTITY, conditions: condition })
        .set(auditKey(audit), toAuditEntity(audit), { entityName: AUDIT_ENTITY })
        .execute();
    } catch (error) {
      const after = await this.get();
      // The write may have happened and only its answer was lost: then it is ours, not someone else's.
      if (after !== null && after.version === expectedVersion + 1 && after.updatedBy === stored.updatedBy && after.updatedAt === stored.updatedAt) return after;
      const now = after?.version ?? 0;
      if (now !== expectedVersion) throw siteSettingsConflict(expectedVersion, now);
      throw error;
    }
    return stored;
  }
}
