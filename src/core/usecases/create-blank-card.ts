import type { CardView } from '../../contracts/resolver-contracts';
import type { CardStore, MacroBindingStore } from '../ports/card-store';
import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import type { CardLanguage } from '../card/process-card';
import { emptyCardContent, unsavedCard } from '../card/empty-card';
import { buildCardView } from './build-card-view';
import { requireEditor } from './require-editor';
import { refuseIfMacroHasCard } from './refuse-if-macro-has-card';

export interface CreateBlankCardDeps {
  cards: CardStore;
  bindings: MacroBindingStore;
  permissions: PagePermissions;
  now: () => string;
  newCardId: () => string;
}

/** Starts a card from nothing on this page, every section present and empty. */
export function createCreateBlankCard(deps: CreateBlankCardDeps) {
  return async (context: MacroContext, input: { title: string; language: CardLanguage }): Promise<CardView> => {
    const actor = await requireEditor(deps.permissions, context);
    await refuseIfMacroHasCard(deps, context.localId);
    const card = { ...unsavedCard(deps.newCardId(), emptyCardContent(input.language, input.title)), location: context.location };
    const saved = await deps.cards.save({ card, expectedVersion: 0, savedBy: actor.accountId, savedAt: deps.now() });
    await deps.bindings.bind(context.localId, saved.id);
    return buildCardView(saved);
  };
}
