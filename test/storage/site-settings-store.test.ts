import { join } from 'node:path';
import { ForgeSiteSettingsStore } from '../../src/adapters/forge/forge-site-settings-store';
import { ForgeAuditLog } from '../../src/adapters/forge/forge-audit-log';
import { MemorySiteSettingsStore } from '../../src/adapters/memory/memory-site-settings-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import type { SiteSettingsStore } from '../../src/core/ports/site-settings-store';
import type { AuditLog } from '../../src/core/ports/audit-log';
import { defaultSiteSettings, SITE_AUDIT_KEY } from '../../src/core/settings/site-settings';
import { auditEntry } from '../../src/core/audit/audit-entry';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';

const AT = '2026-11-25T10:00:00.000Z';
const entry = (suffix: string) =>
  auditEntry({ cardId: SITE_AUDIT_KEY, at: AT, actor: { kind: 'user', accountId: 'admin' }, action: 'settings.saved', summary: 's', data: {} }, suffix);

function describeSiteSettingsContract(name: string, make: () => { store: SiteSettingsStore; audit: AuditLog }) {
  describe(`SiteSettingsStore contract: ${name}`, () => {
    it('saves by compare-and-set with its audit entry; a stale save changes nothing and appends nothing', async () => {
      const { store, audit } = make();
      expect(await store.get()).toBeNull();
      const first = await store.save({ settings: { ...defaultSiteSettings(), timeZone: 'Europe/Moscow' }, expectedVersion: 0, savedBy: 'admin', savedAt: AT, audit: entry('a') });
      expect(first).toMatchObject({ version: 1, timeZone: 'Europe/Moscow', updatedBy: 'admin', updatedAt: AT });
      expect(await store.get()).toEqual(first);
      const stale = store.save({ settings: { ...first, timeZone: 'Asia/Tokyo' }, expectedVersion: 0, savedBy: 'other', savedAt: AT, audit: entry('b') });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', reason: 'version', params: { expected: 0, actual: 1 } });
      const second = await store.save({ settings: { ...first, timeZone: 'Asia/Tokyo' }, expectedVersion: 1, savedBy: 'admin', savedAt: AT, audit: entry('c') });
      expect(second).toMatchObject({ version: 2, timeZone: 'Asia/Tokyo' });
      const tooOld = store.save({ settings: { ...first, timeZone: 'UTC' }, expectedVersion: 1, savedBy: 'other', savedAt: AT, audit: entry('d') });
      await expect(tooOld).rejects.toMatchObject({ code: 'CONFLICT', reason: 'version' });
      expect((await store.get())?.timeZone).toBe('Asia/Tokyo');
      expect((await audit.list(SITE_AUDIT_KEY)).items.map((item) => item.id)).toEqual([entry('c').id, entry('a').id]);
    });
  });
}

describeSiteSettingsContract('in memory', () => {
  const audit = new MemoryAuditLog();
  return { store: new MemorySiteSettingsStore(audit), audit };
});

let runtime: ForgeRuntimeHandle | undefined;
beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ manifestPath: join(__dirname, '..', '..', 'manifest.yml') });
});
afterAll(() => runtime?.close());

describeSiteSettingsContract('Forge storage on the KVS emulator', () => ({
  store: new ForgeSiteSettingsStore(),
  audit: new ForgeAuditLog({ error: () => undefined }),
}));
