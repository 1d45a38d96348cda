import { createGetSiteSettings, createSaveSiteSettings } from '../../src/core/usecases/site-settings';
import { MemorySiteSettingsStore } from '../../src/adapters/memory/memory-site-settings-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { MemorySiteAdmins } from '../../src/adapters/memory/memory-site-admins';
import { ANONYMOUS, userActor } from '../../src/core/actor';
import { AuditEntrySchema } from '../../src/core/audit/audit-entry';
import { isSupportedTimeZone, SITE_AUDIT_KEY } from '../../src/core/settings/site-settings';
import { readStoredSiteSettings } from '../../src/core/settings/stored-site-settings';
import { UnreadableRecordError } from '../../src/core/card/stored-card';

const admin = userActor('admin');
const member = userActor('member');

function setUp() {
  const audit = new MemoryAuditLog();
  const store = new MemorySiteSettingsStore(audit);
  const deps = { siteSettings: store, siteAdmins: new MemorySiteAdmins(['admin']), now: () => '2026-12-01T08:00:00.000Z', newAuditSuffix: () => 'x1' };
  return { audit, store, get: createGetSiteSettings(deps), save: createSaveSiteSettings(deps) };
}

describe('site settings use cases', () => {
  it('answers the UTC default before any save, and whether the caller may change it', async () => {
    const { get } = setUp();
    expect(await get(member)).toEqual({ version: 0, timeZone: 'UTC', canEdit: false, updatedAt: null, updatedBy: null });
    expect((await get(admin)).canEdit).toBe(true);
    await expect(get(ANONYMOUS)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
  });

  it('lets an admin set the time zone, audited as settings.saved under the site key', async () => {
    const { get, save, audit } = setUp();
    const saved = await save(admin, { expectedVersion: 0, timeZone: 'Europe/Moscow' });
    expect(saved).toEqual({ version: 1, timeZone: 'Europe/Moscow', canEdit: true, updatedAt: '2026-12-01T08:00:00.000Z', updatedBy: 'admin' });
    expect((await get(member)).timeZone).toBe('Europe/Moscow');
    const entries = audit.all();
    expect(entries).toHaveLength(1);
    expect(AuditEntrySchema.parse(entries[0])).toMatchObject({
      cardId: SITE_AUDIT_KEY,
      action: 'settings.saved',
      actor: admin,
      data: { timeZone: 'Europe/Moscow', previousTimeZone: 'UTC', settingsVersion: 1 },
    });
  });

  it('refuses anyone but an admin, a stale version and an unknown zone, and changes nothing', async () => {
    const { get, save, audit } = setUp();
    await save(admin, { expectedVersion: 0, timeZone: 'Asia/Tokyo' });
    await expect(save(member, { expectedVersion: 1, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    await expect(save(ANONYMOUS, { expectedVersion: 1, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    await expect(save(admin, { expectedVersion: 0, timeZone: 'UTC' })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'version' });
    await expect(save(admin, { expectedVersion: 1, timeZone: 'Mars/Olympus_Mons' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: [{ path: 'timeZone' }],
    });
    expect(await get(member)).toMatchObject({ version: 1, timeZone: 'Asia/Tokyo' });
    expect(audit.all()).toHaveLength(1);
  });
});

describe('time zones and the stored record', () => {
  it('knows UTC and the IANA names of the runtime, not made-up ones', () => {
    expect(isSupportedTimeZone('UTC')).toBe(true);
    expect(isSupportedTimeZone('Europe/Moscow')).toBe(true);
    expect(isSupportedTimeZone('Europe/Atlantis')).toBe(false);
    expect(isSupportedTimeZone('')).toBe(false);
  });

  it('reads a v1 record and refuses one of another shape', () => {
    const v1 = { schemaVersion: 1, version: 3, timeZone: 'Europe/Moscow', updatedAt: '2026-12-01T08:00:00.000Z', updatedBy: 'admin' };
    expect(readStoredSiteSettings(v1)).toEqual(v1);
    expect(() => readStoredSiteSettings({ ...v1, schemaVersion: 2 })).toThrow(UnreadableRecordError);
    expect(() => readStoredSiteSettings({ ...v1, timeZone: '<script>' })).toThrow(UnreadableRecordError);
  });
});
