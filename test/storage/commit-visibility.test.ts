import { join } from 'node:path';
import { ForgeCardStore } from '../../src/adapters/forge/forge-card-store';
import { ForgeMacroBindingStore } from '../../src/adapters/forge/forge-macro-binding-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { MemoryMacroBindingStore } from '../../src/adapters/memory/memory-macro-binding-store';
import type { CardStore } from '../../src/core/ports/card-store';
import { BINDING_SCHEMA_VERSION, macroKey, type MacroBindingStore } from '../../src/core/ports/macro-bindings';
import { auditEntry } from '../../src/core/audit/audit-entry';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { generateCard, placed } from '../support/card-builders';

const AT = '2026-11-25T10:00:00.000Z';
const macro = { pageId: 'page-1', localId: 'm-1' };
const audit = (suffix: string) =>
  auditEntry({ cardId: 'card-x', at: AT, actor: { kind: 'user', accountId: 'acc-1' }, action: 'card.imported', summary: 's', data: {} }, suffix);
const binding = (importId: string, cardIds: string[]) => ({
  schemaVersion: BINDING_SCHEMA_VERSION,
  ...macro,
  cardId: cardIds[0]!,
  importId,
  cardIds,
  boundAt: AT,
  boundBy: 'acc-1',
});

function describeCommit(name: string, make: () => { cards: CardStore; bindings: MacroBindingStore }) {
  describe(`committing an import: ${name}`, () => {
    it('shows only the cards the binding names, under its import', async () => {
      const { cards, bindings } = make();
      const [a, b] = [placed(generateCard(), 's', 'page-1'), placed(generateCard(), 's', 'page-1')];
      await cards.writePending({ importId: 'imp-1', macroKey: macroKey(macro), cards: [a, b], savedBy: 'acc-1', savedAt: AT });
      expect(await bindings.commit(binding('imp-1', [a.id]), audit('1'))).toBe('bound');
      expect((await cards.get(a.id))?.id).toBe(a.id);
      // Written by an earlier attempt of the same import but not part of what was committed.
      expect(await cards.get(b.id)).toBeNull();
      expect((await cards.list({ pageId: 'page-1' })).items.map((item) => item.id)).toEqual([a.id]);
    });

    it('answers a second commit of the same import as bound, and another import’s as taken', async () => {
      const { bindings } = make();
      expect(await bindings.commit(binding('imp-2', ['card-a']), audit('2'))).toBe('bound');
      expect(await bindings.commit(binding('imp-2', ['card-a']), audit('3'))).toBe('bound');
      expect(await bindings.commit(binding('imp-3', ['card-b']), audit('4'))).toBe('taken');
      expect((await bindings.get(macro)).binding?.importId).toBe('imp-2');
    });
  });
}

describeCommit('in memory', () => {
  const bindings = new MemoryMacroBindingStore(new MemoryAuditLog());
  return { cards: new MemoryCardStore(bindings), bindings };
});

let runtime: ForgeRuntimeHandle | undefined;
beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ manifestPath: join(__dirname, '..', '..', 'manifest.yml') });
});
afterAll(() => runtime?.close());

describeCommit('Forge storage on the KVS emulator', () => ({ cards: new ForgeCardStore({ error: () => undefined }), bindings: new ForgeMacroBindingStore() }));
