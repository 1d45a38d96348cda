import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { MacroBindingStore } from '../../core/ports/card-store';
import { CardId } from '../../core/card/process-card';

const Binding = z.object({ cardId: CardId });

/** Key of a macro instance's binding; Confluence localIds are UUIDs, well inside Forge's key rules. */
export const bindingKey = (localId: string): string => `macro:${localId}`;

export class ForgeMacroBindingStore implements MacroBindingStore {
  async getCardId(localId: string): Promise<string | null> {
    const stored = await kvs.get(bindingKey(localId));
    return stored === undefined ? null : Binding.parse(stored).cardId;
  }

  async bind(localId: string, cardId: string): Promise<void> {
    await kvs.set(bindingKey(localId), { cardId });
  }
}
