import type { MacroBindingStore } from '../../core/ports/card-store';

export class MemoryMacroBindingStore implements MacroBindingStore {
  private readonly bindings = new Map<string, string>();

  async getCardId(localId: string): Promise<string | null> {
    return this.bindings.get(localId) ?? null;
  }

  async bind(localId: string, cardId: string): Promise<void> {
    this.bindings.set(localId, cardId);
  }
}
