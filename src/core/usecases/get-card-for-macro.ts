import type { MacroCardResult } from '../../contracts/resolver-contracts';
import type { CardStore, MacroBindingStore } from '../ports/card-store';
import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import { buildCardView } from './build-card-view';
import { AppError } from '../errors';

export interface GetCardForMacroDeps {
  cards: CardStore;
  bindings: MacroBindingStore;
  permissions: PagePermissions;
}

/**
 * Finds the card a macro shows: the one chosen in its config, else the one bound to its
 * localId by an import. Confluence has already let the reader see this page; a card that
 * lives on another page (chosen in the config) is shown only to those who may see that page.
 */
export function createGetCardForMacro({ cards, bindings, permissions }: GetCardForMacroDeps) {
  return async (context: MacroContext): Promise<MacroCardResult> => {
    if (context.configCardId !== undefined) {
      const card = await cards.get(context.configCardId);
      if (card === null) {
        throw new AppError(
          'NOT_FOUND',
          `The card chosen for this macro (${context.configCardId}) no longer exists. Choose another card in the macro settings.`,
        );
      }
      const home = card.location?.pageId;
      if (home !== undefined && home !== context.location.pageId) {
        const allowed = await permissions.canViewPage(context.actor, home);
        if (!allowed) {
          throw new AppError('FORBIDDEN', 'This macro shows a card from a page you cannot see. Ask its owner for access.');
        }
      }
      return { binding: 'config', view: buildCardView(card) };
    }
    const boundId = await bindings.getCardId(context.localId);
    if (boundId === null) return { binding: 'none', view: null };
    const card = await cards.get(boundId);
    return card === null ? { binding: 'none', view: null } : { binding: 'local-id', view: buildCardView(card) };
  };
}
