import type { CardView } from '../results/macro-results';
import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import type { CardLanguage } from '../card/process-card';
import { emptyCardContent, unsavedCard } from '../card/empty-card';
import { buildCardView } from './build-card-view';
import { requireEditor } from './require-editor';
import { importCardIds } from './import-ids';
import { checkMacroIsFree, placeNewCards, type PlaceNewCardsDeps } from './place-new-cards';
import { AppError } from '../errors';
import type { MeasurementStore } from '../ports/measurement-store';
import type { Clock } from '../ports/clock';
import { seedKpiSummaries } from './kpi/seed-kpi-summaries';
import { cleanText } from '../text/clean-text';

export interface CreateBlankCardDeps extends PlaceNewCardsDeps {
  permissions: PagePermissions;
  measurements: MeasurementStore;
  clock: Clock;
  now: () => string;
}

/** Starts a card from nothing on this page, every section present and empty; committed like an import. */
export function createCreateBlankCard(deps: CreateBlankCardDeps) {
  return async (context: MacroContext, input: { title: string; language: CardLanguage; requestId: string }): Promise<CardView> => {
    const actor = await requireEditor(deps.permissions, context);
    const macro = { pageId: context.location.pageId, localId: context.localId };
    const state = await deps.bindings.get(macro);
    if ((await checkMacroIsFree(deps, state, input.requestId)) === 'done') {
      const card = await deps.cards.get(state.binding!.cardId);
      if (card === null) throw new AppError('NOT_FOUND', 'The new card is gone.', [], { reason: 'card' });
      return buildCardView(card);
    }
    const id = importCardIds(input.requestId)();
    const card = { ...unsavedCard(id, emptyCardContent(input.language, cleanText(input.title).trim())), location: context.location };
    const [saved] = await placeNewCards(deps, { macro, actor, importId: input.requestId, cards: [card], action: 'card.created', savedAt: deps.now() });
    await seedKpiSummaries(deps, [saved!]);
    return buildCardView(saved!);
  };
}
