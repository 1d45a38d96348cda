import { z } from 'zod';
import { BINDING_SCHEMA_VERSION, type MacroBinding } from '../../core/ports/macro-bindings';
import { CardId } from '../../core/card/process-card';

export const BINDING_ENTITY = 'macro-binding';

/** A binding as stored: the queryable attributes beside the whole record. */
export const BindingEntity = z.object({
  schemaVersion: z.number().int(),
  pageId: z.string(),
  localId: z.string(),
  cardId: z.string(),
  importId: z.string(),
  binding: z.object({
    cardIds: z.array(CardId),
    boundAt: z.string(),
    boundBy: z.string(),
  }),
});
export type BindingEntity = z.infer<typeof BindingEntity>;

export const toBindingEntity = (binding: MacroBinding): BindingEntity => ({
  schemaVersion: binding.schemaVersion,
  pageId: binding.pageId,
  localId: binding.localId,
  cardId: binding.cardId,
  importId: binding.importId,
  binding: {
    cardIds: binding.cardIds,
    boundAt: binding.boundAt,
    boundBy: binding.boundBy,
  },
});

export function readBinding(raw: unknown): MacroBinding {
  const entity = BindingEntity.parse(raw);
  return {
    schemaVersion: BINDING_SCHEMA_VERSION,
    pageId: entity.pageId,
    localId: entity.localId,
    cardId: entity.cardId,
    importId: entity.importId,
    ...entity.binding,
  };
}

/** Before bindings were page-scoped they were plain keys `macro:{localId}` → { cardId }. */
export const legacyBindingKey = (localId: string): string => `macro:${localId}`;
export const LegacyBinding = z.object({ cardId: CardId });
