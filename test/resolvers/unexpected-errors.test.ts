import { defineMacroResolvers } from '../../src/resolvers/macro/define-macro-resolvers';
import { defineExportMacro } from '../../src/resolvers/export-macro-handler';
import { composeUseCases } from '../../src/resolvers/compose-use-cases';
import type { AppDependencies } from '../../src/resolvers/app-dependencies';
import { memoryDependencies } from '../support/memory-dependencies';

const context = { localId: 'm-1', extension: { content: { id: '1' }, space: { id: '2' } } };

function handlerWith(overrides: Partial<AppDependencies>) {
  const logged: Array<{ message: string; context: Record<string, unknown> }> = [];
  const deps: AppDependencies = {
    ...memoryDependencies({ editor: ['*'] }),
    logger: { error: (message, ctx) => logged.push({ message, context: ctx }) },
    ...overrides,
  };
  return { handler: defineMacroResolvers(composeUseCases(deps), deps.logger).getDefinitions(), logged, deps };
}

const failingBindings = (base: AppDependencies['bindings']): AppDependencies['bindings'] => ({
  ...base,
  get: async () => {
    throw new Error('storage exploded: secret detail');
  },
  getMany: base.getMany.bind(base),
  commit: base.commit.bind(base),
  observeConfig: base.observeConfig.bind(base),
});

describe('resolver error handling', () => {
  it('answers an unexpected failure with a generic INTERNAL error and logs the cause', async () => {
    const base = memoryDependencies({});
    const { handler, logged } = handlerWith({ bindings: failingBindings(base.bindings) });
    const result = await handler({ call: { functionKey: 'card/get-for-macro', payload: {} }, context }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', reason: 'unexpected' } });
    expect(JSON.stringify(result)).not.toContain('secret detail');
    expect(logged).toHaveLength(1);
    expect(JSON.stringify(logged[0]!.context)).toContain('storage exploded');
  });

  it('refuses to run outside a macro context with a VALIDATION error', async () => {
    const { handler } = handlerWith({});
    const result = await handler({ call: { functionKey: 'card/get-for-macro', payload: {} }, context: {} }, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'context' } });
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
      {
        call: { functionKey: 'card/create-blank', payload: { title: 'T', language: 'en', requestId: '3f0e8a52-5c1b-4c8e-9a53-0f4f5e6a7b8c' } },
        context,
      },
      { principal: { accountId: 'acc-42' } },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'edit' } });
    expect(seen).toEqual([['acc-42', '1']]);
  });
});

describe('adfExport error handling', () => {
  it('turns an unexpected failure into a sentence in the export and logs the cause', async () => {
    const logged: string[] = [];
    const base = memoryDependencies({});
    const exportMacro = defineExportMacro({
      ...base,
      bindings: failingBindings(base.bindings),
      logger: { error: (message, ctx) => logged.push(`${message} ${JSON.stringify(ctx)}`) },
    });
    const doc = await exportMacro({ exportType: 'pdf', context: { localId: 'm', contentId: '1' } });
    expect(JSON.stringify(doc)).toContain('could not be exported');
    expect(JSON.stringify(doc)).not.toContain('storage exploded');
    expect(logged.join()).toContain('storage exploded');
  });
});
