import type { AuditEntry } from '../audit/audit-entry';

/** A macro instance: Confluence's localId is unique only within its page (copies keep it). */
export interface MacroRef {
  pageId: string;
  localId: string;
}

export const BINDING_SCHEMA_VERSION = 1 as const;

/** Which card a macro instance shows, and the import that put it there (the commit marker). */
export interface MacroBinding {
  schemaVersion: typeof BINDING_SCHEMA_VERSION;
  pageId: string;
  localId: string;
  cardId: string;
  /** The import (or blank-card creation) this binding committed; every card of it is visible. */
  importId: string;
  cardIds: string[];
  boundAt: string;
  boundBy: string;
  /** Found under the key used before bindings were page-scoped; not yet rewritten under the new key. */
  legacy?: true;
}

/** What the first render needs to know about a macro instance, read in one storage request. */
export interface MacroState {
  binding: MacroBinding | null;
  /** The config's card id the last time the macro rendered: a change is recorded once, as observed. */
  observedConfigCardId: string | null;
}

export const macroKey = (macro: MacroRef): string => `macro:${macro.pageId}:${macro.localId}`;

export interface MacroBindingStore {
  /**
   * The macro's binding and observed config, in one request. A binding from before page scoping
   * (`macro:{localId}`) is returned with `legacy: true`; the caller rewrites it with `commit` once
   * it has checked the card really lives on this page.
   */
  get(macro: MacroRef): Promise<MacroState>;
  /** Bindings by key, in one request (≤ 25 keys): lists use it to tell committed cards from pending ones. */
  getMany(keys: readonly string[]): Promise<Map<string, MacroBinding>>;
  /**
   * Creates the binding unless the macro has one, together with its audit entry, all or nothing.
   * 'bound' also when the binding that exists is this very import's (a lost answer, a retry);
   * 'taken' when another import's binding exists: nothing is written.
   */
  commit(binding: MacroBinding, audit: AuditEntry): Promise<'bound' | 'taken'>;
  /** Records the config card id seen on render, with the audit entry of the change, all or nothing. */
  observeConfig(macro: MacroRef, configCardId: string, audit: AuditEntry): Promise<void>;
}
