import { join } from 'node:path';
import { ForgeCardSettingsStore } from '../../src/adapters/forge/forge-card-settings-store';
import { ForgeAuditLog } from '../../src/adapters/forge/forge-audit-log';
import { MemoryCardSettingsStore } from '../../src/adapters/memory/memory-card-settings-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import type { CardSettingsStore } from '../../src/core/ports/card-settings-store';
import type { AuditLog } from '../../src/core/ports/audit-log';
import { emptySettings } from '../../src/core/settings/card-settings';
import { auditEntry } from '../../src/core/audit/audit-entry';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';

const AT = '2026-11-25T10:00:00.000Z';
const entry = (suffix: string) =>
  auditEntry({ cardId: 'card-1', at: AT, actor: { kind: 'user', accountId: 'acc-1' }, action: 'roles.mapped', summary: 's', data: {} }, suffix);
const mapping = { 'role-1': { people: [{ accountId: 'acc-2', name: 'Bob' }], groups: [] } };

function describeSettingsContract(name: string, make: () => { store: CardSettingsStore; audit: AuditLog }) {
  describe(`CardSettingsStore and AuditLog contract: ${name}`, () => {
    it('saves by compare-and-set with its audit entry; a stale save changes nothing and appends nothing', async () => {
      const { store, audit } = make();
      expect(await store.get('card-1')).toBeNull();
      const saved = await store.save({ settings: { ...emptySettings('card-1'), roleMapping: mapping }, expectedVersion: 0, savedBy: 'acc-1', savedAt: AT, audit: entry('a') });
      expect(saved).toMatchObject({ version: 1, updatedBy: 'acc-1', roleMapping: mapping });
      expect(await store.get('card-1')).toEqual(saved);
      const stale = store.save({ settings: { ...saved, roleMapping: {} }, expectedVersion: 0, savedBy: 'acc-9', savedAt: AT, audit: entry('b') });
      await expect(stale).rejects.toMatchObject({ code: 'CONFLICT', reason: 'version' });
      expect((await store.get('card-1'))?.roleMapping).toEqual(mapping);
      expect((await audit.list('card-1')).items.map((item) => item.id)).toEqual([entry('a').id]);
    });

    it('appends entries and lists them newest first, and never overwrites one', async () => {
      const { audit } = make();
      const older = auditEntry({ ...entry('x'), at: '2026-11-25T09:00:00.000Z' }, 'x');
      await audit.append(older);
      await audit.append(entry('y'));
      await expect(audit.append(entry('y'))).rejects.toBeDefined();
      expect((await audit.list('card-1')).items.map((item) => item.id)).toEqual([entry('y').id, older.id]);
    });
  });
}

describeSettingsContract('in memory', () => {
  const audit = new MemoryAuditLog();
  return { store: new MemoryCardSettingsStore(audit), audit };
});

let runtime: ForgeRuntimeHandle | undefined;
beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ manifestPath: join(__dirname, '..', '..', 'manifest.yml') });
});
afterAll(() => runtime?.close());

describeSettingsContract('Forge storage on the KVS emulator', () => ({
  store: new ForgeCardSettingsStore(),
  audit: new ForgeAuditLog({ error: () => undefined }),
}));

describe('ForgeCardSettingsStore when the answer of a written save is lost', () => {
  afterEach(() => jest.restoreAllMocks());

  it('answers the save as done, not as someone else’s change', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { kvs } = require('@forge/kvs') as typeof import('@forge/kvs');
    const realTransact = kvs.transact.bind(kvs);
    jest.spyOn(kvs, 'transact').mockImplementation(() => {
      const builder = realTransact();
      const realExecute = builder.execute.bind(builder);
      jest.spyOn(builder, 'execute').mockImplementation(async () => {
        await realExecute();
        throw new Error('the answer was lost on the way back');
      });
      return builder;
    });
    const store = new ForgeCardSettingsStore();
    const saved = await store.save({ settings: { ...emptySettings('card-1'), roleMapping: mapping }, expectedVersion: 0, savedBy: 'acc-1', savedAt: AT, audit: entry('lost') });
    expect(saved).toMatchObject({ version: 1, roleMapping: mapping });
  });
});
