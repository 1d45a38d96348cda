import type { MacroCardResult } from '../../contracts/resolver-contracts';
import type { CardStore, MacroBindingStore } from '../ports/card-store';
import type { MacroContext } from './macro-context';
import { buildCardView } from './build-card-view';
import { AppError } from '../errors';

export interface GetCardForMacroDeps {
  cards: CardStore;
  bindings: MacroBindingStore;
}

/**
 * Finds the card a macro shows: the one chosen in its config, else the one bound to its
 * localId by an import. Reading needs no permission beyond seeing the page, which
 * Confluence has already checked before rendering the macro.
 */
export function createGetCardForMacro({ cards, bindings }: GetCardForMacroDeps) {
  return async (context: MacroContext): Promise<MacroCardResult> => {
    if (context.configCardId !== undefined) {
      const card = await cards.get(context.configCardId);
      if (card === null) {
        throw new AppError(
          'NOT_FOUND',
          `The card chosen for this macro (${context.configCardId}) no longer exists. Choose another card in the macro settings.`,
        );
      }
      return { binding: 'config', view: buildCardView(card) };
    }
    const boundId = await bindings.getCardId(context.localId);
    if (boundId === null) return { binding: 'none', view: null };
    const card = await cards.get(boundId);
    return card === null ? { binding: 'none', view: null } : { binding: 'local-id', view: buildCardView(card) };
  };
}
