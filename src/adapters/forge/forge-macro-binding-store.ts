import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { BINDING_SCHEMA_VERSION, macroKey, type MacroBinding, type MacroBindingStore, type MacroRef, type MacroState } from '../../core/ports/macro-bindings';
import type { AuditEntry } from '../../core/audit/audit-entry';
import { BINDING_ENTITY, BindingEntity, LegacyBinding, legacyBindingKey, readBinding, toBindingEntity } from './binding-entities';
import { AUDIT_ENTITY, auditKey, toAuditEntity } from './audit-entities';

const ObservedConfig = z.object({ schemaVersion: z.literal(1).optional(), configCardId: z.string().min(1) });
const observedKey = (macro: MacroRef): string => `macro-seen:${macro.pageId}:${macro.localId}`;

/**
 * Macro bindings as a custom entity keyed by page and localId, so a transaction can create one
 * only if absent (the import's commit marker) together with its audit entry.
 */
export class ForgeMacroBindingStore implements MacroBindingStore {
  async get(macro: MacroRef): Promise<MacroState> {
    const key = macroKey(macro);
    const result = await kvs.batchGet<unknown>([
      { key, entityName: BINDING_ENTITY },
      { key: legacyBindingKey(macro.localId) },
      { key: observedKey(macro) },
    ]);
    // The three keys differ, so a key alone names its item (the service need not echo entityName).
    const found = (wanted: string) => result.successfulKeys.find((item) => item.key === wanted)?.value;
    const observed = ObservedConfig.safeParse(found(observedKey(macro)));
    const observedConfigCardId = observed.success ? observed.data.configCardId : null;
    const current = found(key);
    if (current !== undefined) return { binding: readBinding(current), observedConfigCardId };
    const legacy = LegacyBinding.safeParse(found(legacyBindingKey(macro.localId)));
    if (!legacy.success) return { binding: null, observedConfigCardId };
    const binding: MacroBinding = {
      schemaVersion: BINDING_SCHEMA_VERSION,
      pageId: macro.pageId,
      localId: macro.localId,
      cardId: legacy.data.cardId,
      importId: `legacy-${legacy.data.cardId}`,
      cardIds: [legacy.data.cardId],
      boundAt: '',
      boundBy: '',
      legacy: true,
    };
    return { binding, observedConfigCardId };
  }

  async getMany(keys: readonly string[]): Promise<Map<string, MacroBinding>> {
    const bindings = new Map<string, MacroBinding>();
    for (let start = 0; start < keys.length; start += 25) {
      const result = await kvs.batchGet<unknown>(keys.slice(start, start + 25).map((key) => ({ key, entityName: BINDING_ENTITY })));
      for (const item of result.successfulKeys) bindings.set(item.key, readBinding(item.value));
    }
    return bindings;
  }

  async commit(binding: MacroBinding, audit: AuditEntry): Promise<'bound' | 'taken'> {
    const { legacy, ...record } = binding;
    const key = macroKey(record);
    try {
      let transaction = kvs
        .transact()
        .set(key, toBindingEntity(record), {
          entityName: BINDING_ENTITY,
          conditions: new Filter<BindingEntity>().and('cardId', FilterConditions.notExists()),
        })
        .set(auditKey(audit), toAuditEntity(audit), { entityName: AUDIT_ENTITY });
      // A migrated binding leaves its old key, so later copies of the page no longer follow it.
      if (legacy === true) transaction = transaction.delete(legacyBindingKey(record.localId));
      await transaction.execute();
      return 'bound';
    } catch (error) {
      // The failure code of a condition is not documented: decide by reading what is there now.
      const now = await kvs.entity<unknown>(BINDING_ENTITY).get(key);
      if (now === undefined) throw error;
      // The write may have happened and only its answer was lost.
      return readBinding(now).importId === record.importId ? 'bound' : 'taken';
    }
  }

  async observeConfig(macro: MacroRef, configCardId: string, audit: AuditEntry): Promise<void> {
    await kvs
      .transact()
      .set(observedKey(macro), { schemaVersion: 1, configCardId })
      .set(auditKey(audit), toAuditEntity(audit), { entityName: AUDIT_ENTITY })
      .execute();
  }
}
