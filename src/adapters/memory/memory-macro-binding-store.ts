import type { AuditEntry } from '../../core/audit/audit-entry';
import { macroKey, type MacroBinding, type MacroBindingStore, type MacroRef, type MacroState } from '../../core/ports/macro-bindings';
import { MemoryAuditLog } from './memory-audit-log';

export class MemoryMacroBindingStore implements MacroBindingStore {
  private readonly bindings = new Map<string, MacroBinding>();
  private readonly observed = new Map<string, string>();

  constructor(readonly audit: MemoryAuditLog = new MemoryAuditLog()) {}

  async get(macro: MacroRef): Promise<MacroState> {
    const binding = this.bindings.get(macroKey(macro));
    return { binding: binding ? structuredClone(binding) : null, observedConfigCardId: this.observed.get(macroKey(macro)) ?? null };
  }

  async getMany(keys: readonly string[]): Promise<Map<string, MacroBinding>> {
    return new Map(keys.flatMap((key) => (this.bindings.has(key) ? [[key, structuredClone(this.bindings.get(key)!)] as const] : [])));
  }

  /** Synchronous lookup for the memory card store's visibility rule. */
  commits(key: string, importId: string, cardId: string): boolean {
    const binding = this.bindings.get(key);
    return binding !== undefined && binding.importId === importId && binding.cardIds.includes(cardId);
  }

  async commit(binding: MacroBinding, audit: AuditEntry): Promise<'bound' | 'taken'> {
    const { legacy: _legacy, ...record } = binding;
    const key = macroKey(record);
    const existing = this.bindings.get(key);
    if (existing !== undefined) return existing.importId === record.importId ? 'bound' : 'taken';
    this.audit.appendNow(audit);
    this.bindings.set(key, structuredClone(record));
    return 'bound';
  }

  async observeConfig(macro: MacroRef, configCardId: string, audit: AuditEntry): Promise<void> {
    this.audit.appendNow(audit);
    this.observed.set(macroKey(macro), configCardId);
  }
}
