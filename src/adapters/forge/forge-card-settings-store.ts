import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import type { CardSettings } from '../../core/settings/card-settings';
import { readStoredSettings } from '../../core/settings/stored-settings';
import type { CardSettingsStore, SaveSettingsCommand } from '../../core/ports/card-settings-store';
import { assertFitsInStorage } from '../../core/ports/storage-limits';
import { settingsConflict } from '../../core/settings/settings-conflict';
import { AUDIT_ENTITY, auditKey, toAuditEntity } from './audit-entities';

export const SETTINGS_ENTITY = 'card-settings';

const SettingsEntity = z.object({ schemaVersion: z.number().int(), cardId: z.string(), version: z.number().int(), settings: z.unknown() });
type SettingsEntity = z.infer<typeof SettingsEntity>;

/** A card's settings as their own entity, saved by compare-and-set together with the audit entry. */
export class ForgeCardSettingsStore implements CardSettingsStore {
  async get(cardId: string): Promise<CardSettings | null> {
    const raw = await kvs.entity<unknown>(SETTINGS_ENTITY).get(cardId);
    return raw === undefined ? null : readStoredSettings(SettingsEntity.parse(raw).settings);
  }

  async save(command: SaveSettingsCommand): Promise<CardSettings> {
    const { settings, expectedVersion, savedBy, savedAt, audit } = command;
    const stored: CardSettings = { ...settings, version: expectedVersion + 1, updatedAt: savedAt, updatedBy: savedBy };
    const entity: SettingsEntity = { schemaVersion: stored.schemaVersion, cardId: stored.cardId, version: stored.version, settings: stored };
    assertFitsInStorage('The card settings', entity);
    const condition =
      expectedVersion === 0
        ? new Filter<SettingsEntity>().and('version', FilterConditions.notExists())
        : new Filter<SettingsEntity>().and('version', FilterConditions.equalTo(expectedVersion));
    try {
      await kvs
        .transact()
        .set(stored.cardId, entity, { entityName: SETTINGS_ENTITY, conditions: condition })
        .set(auditKey(audit), toAuditEntity(audit), { entityName: AUDIT_ENTITY })
        .execute();
    } catch (error) {
      const now = await this.get(stored.cardId);
      // The write may have happened and only its answer was lost: then it is ours, not someone else's.
      if (now !== null && now.version === stored.version && now.updatedBy === savedBy && now.updatedAt === savedAt) return now;
      if ((now?.version ?? 0) !== expectedVersion) throw settingsConflict(stored.cardId, expectedVersion, now?.version ?? 0);
      throw error;
    }
    return stored;
  }
}
