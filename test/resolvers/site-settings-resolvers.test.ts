import type { SiteSettingsView } from '../../src/contracts/resolver-contracts';
import { resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { SiteSettingsViewSchema } from '../../src/contracts/site-settings-outputs';
import { AuditEntrySchema } from '../../src/core/audit/audit-entry';
import { ForgeAuditLog } from '../../src/adapters/forge/forge-audit-log';
import { SITE_AUDIT_KEY } from '../../src/core/settings/site-settings';
import { EDITOR, READER, SITE_ADMIN, startHandlerHarness } from './forge-handler-harness';

const answer = resolverResultSchema(SiteSettingsViewSchema);

describe('site settings resolvers (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  const get = async (accountId?: string) => answer.parse(await harness.callSiteSettings<SiteSettingsView>('site-settings/get', {}, accountId));
  const save = async (payload: unknown, accountId?: string) => answer.parse(await harness.callSiteSettings<SiteSettingsView>('site-settings/save', payload, accountId));
  const auditTrail = () => harness.runtime.runInvocation(SITE_ADMIN, async () => (await new ForgeAuditLog({ error: () => undefined }).list(SITE_AUDIT_KEY)).items);

  it('lets a Confluence admin save the time zone, which everyone then reads, audited once', async () => {
    expect(await get(READER)).toEqual({ ok: true, data: { version: 0, timeZone: 'UTC', canEdit: false, updatedAt: null, updatedBy: null } });
    expect(await get(SITE_ADMIN)).toMatchObject({ ok: true, data: { canEdit: true } });
    const saved = await save({ expectedVersion: 0, timeZone: 'Europe/Moscow' }, SITE_ADMIN);
    expect(saved).toMatchObject({ ok: true, data: { version: 1, timeZone: 'Europe/Moscow', canEdit: true, updatedBy: SITE_ADMIN } });
    expect(await get(READER)).toMatchObject({ ok: true, data: { version: 1, timeZone: 'Europe/Moscow', canEdit: false } });
    const trail = await auditTrail();
    expect(trail.map((entry) => AuditEntrySchema.parse(entry))).toEqual([
      expect.objectContaining({ cardId: SITE_AUDIT_KEY, action: 'settings.saved', actor: { kind: 'user', accountId: SITE_ADMIN } }),
    ]);
  });

  it('refuses a page editor who is no admin, and anyone not signed in, changing nothing', async () => {
    harness.runtime.reset();
    expect(await save({ expectedVersion: 0, timeZone: 'Asia/Tokyo' }, EDITOR)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'edit' } });
    expect(await save({ expectedVersion: 0, timeZone: 'Asia/Tokyo' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'sign-in' } });
    expect(harness.runtime.kvsStats.writes).toBe(0);
    expect(await get(EDITOR)).toMatchObject({ ok: true, data: { version: 0, timeZone: 'UTC' } });
    expect(await auditTrail()).toEqual([]);
  });

  it('refuses a save based on a stale version, keeping the newer one', async () => {
    await save({ expectedVersion: 0, timeZone: 'Europe/Berlin' }, SITE_ADMIN);
    const stale = await save({ expectedVersion: 0, timeZone: 'Asia/Tokyo' }, SITE_ADMIN);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'version', params: { expected: 0, actual: 1 } } });
    expect(await get(READER)).toMatchObject({ ok: true, data: { version: 1, timeZone: 'Europe/Berlin' } });
  });

  it('names the bad field of a bad payload, and of an unknown time zone, changing nothing', async () => {
    harness.runtime.reset();
    expect(await save({ expectedVersion: -1, timeZone: 'UTC' }, SITE_ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'payload', details: [{ path: 'expectedVersion' }] },
    });
    expect(await save({ expectedVersion: 0, timeZone: 'UTC', accountId: EDITOR }, SITE_ADMIN)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await save({ expectedVersion: 0, timeZone: 'Europe/Atlantis' }, SITE_ADMIN)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: 'payload', details: [{ path: 'timeZone' }] },
    });
    expect(harness.runtime.kvsStats.writes).toBe(0);
    expect(await get(SITE_ADMIN)).toMatchObject({ ok: true, data: { version: 0, timeZone: 'UTC' } });
  });

  it('is a handler of its own: the macro handler does not answer the settings functions', async () => {
    await expect(harness.call('site-settings/get', {}, { accountId: SITE_ADMIN })).rejects.toThrow(/no definition for 'site-settings\/get'/);
  });
});
