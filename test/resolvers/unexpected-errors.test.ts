import { defineResolvers } from '../../src/resolvers/define-resolvers';
import { defineExportMacro } from '../../src/resolvers/export-macro-handler';
import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { MemoryMacroBindingStore } from '../../src/adapters/memory/memory-macro-binding-store';
import { MemoryPagePermissions } from '../../src/adapters/memory/memory-page-permissions';
import type { AppDependencies } from '../../src/resolvers/app-dependencies';

const context = { localId: 'm-1', extension: { content: { id: '1' }, space: { id: '2' } } };

function handlerWith(overrides: Partial<AppDependencies>) {
  const logged: Array<{ message: string; context: Record<string, unknown> }> = [];
  const deps: AppDependencies = {
    cards: new MemoryCardStore(),
    bindings: new MemoryMacroBindingStore(),
    permissions: new MemoryPagePermissions({ editor: ['*'] }),
    now: () => '2026-11-25T10:00:00.000Z',
    newCardId: () => 'card-1',
    logger: { error: (message, ctx) => logged.push({ message, context: ctx }) },
    ...overrides,
  };
  return { handler: defineResolvers(deps).getDefinitions(), logged };
}

describe('resolver error handling', () => {
  it('answers an unexpected failure with a generic INTERNAL error and logs the cause', async () => {
    const failing = new MemoryMacroBindingStore();
    failing.getCardId = async () => {
      throw new Error('storage exploded: secret detail');
    };
    const { handler, logged } = handlerWith({ bindings: failing });
    const result = await handler({ call: { functionKey: 'card/get-for-macro', payload: {} }, context }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret detail');
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0]!.context)).toContain('storage exploded');
  });

  it('refuses to run outside a macro context with a VALIDATION error', async () => {
    const { handler } = handlerWith({});
    const result = await handler({ call: { functionKey: 'card/get-for-macro', payload: {} }, context: {} }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('checks the permission on every write with the invocation principal', async () => {
    const seen: Array<[string, string]> = [];
    const { handler } = handlerWith({
      permissions: {
        pageAccess: async () => ({ canView: true, canEdit: false }),
        canEditPage: async (actor, pageId) => {
          seen.push([actor.kind === 'user' ? actor.accountId : actor.kind, pageId]);
          return false;
        },
        canViewPage: async () => true,
        visiblePages: async () => new Map(),
      },
    });
    const result = await handler(
      { call: { functionKey: 'card/create-blank', payload: { title: 'T', language: 'en' } }, context },
      { principal: { accountId: 'acc-42' } },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(seen).toEqual([['acc-42', '1']]);
  });
});

describe('adfExport error handling', () => {
  it('turns an unexpected failure into a sentence in the export and logs the cause', async () => {
    const failing = new MemoryMacroBindingStore();
    failing.getCardId = async () => {
      throw new Error('storage exploded');
    };
    const logged: string[] = [];
    const exportMacro = defineExportMacro({
      cards: new MemoryCardStore(),
      bindings: failing,
      permissions: new MemoryPagePermissions(),
      now: () => '2026-11-25T10:00:00.000Z',
      newCardId: () => 'card-1',
      logger: { error: (message, ctx) => logged.push(`${message} ${JSON.stringify(ctx)}`) },
    });
    const doc = await exportMacro({ exportType: 'pdf', context: { localId: 'm', contentId: '1' } });
    expect(JSON.stringify(doc)).toContain('could not be exported');
    expect(JSON.stringify(doc)).not.toContain('storage exploded');
    expect(logged.join()).toContain('storage exploded');
  });
});
