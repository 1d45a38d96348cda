import type { ImportCardResult } from '../results/macro-results';
import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import type { CardLanguage, ProcessCard } from '../card/process-card';
import type { ImportWarning } from '../import/import-warning';
import { importDocument } from '../import/import-document';
import { isRecognised } from '../import/is-recognised';
import { importReportFor } from '../import/import-report';
import { buildCardView } from './build-card-view';
import { requireEditor } from './require-editor';
import { AppError } from '../errors';
import { importCardIds } from './import-ids';
import { looksMisdecoded } from '../text/looks-misdecoded';
import { withRoles } from '../card/card-roles';
import { seedKpiSummaries } from './kpi/seed-kpi-summaries';
import type { MeasurementStore } from '../ports/measurement-store';
import type { Clock } from '../ports/clock';
import { checkMacroIsFree, placeNewCards, settleQuietly, type PlaceNewCardsDeps } from './place-new-cards';

export interface ImportCardDocumentDeps extends PlaceNewCardsDeps {
  permissions: PagePermissions;
  measurements: MeasurementStore;
  clock: Clock;
  now: () => string;
}

/** Most documents raise a handful of warnings; the rest are counted, so an answer stays small. */
export const MAX_WARNINGS_RETURNED = 200;

export interface ImportLimits {
  maxCards: number;
}

/**
 * Journey 1: an owner pastes the text of an existing card into an empty macro. Every card the
 * document describes is built and checked before anything is written, then stored on this page
 * all or nothing; the first one becomes the macro's card.
 */
export function createImportCardDocument(deps: ImportCardDocumentDeps, limits: ImportLimits) {
  return async (
    context: MacroContext,
    input: { text: string; language?: CardLanguage; importId: string },
  ): Promise<ImportCardResult> => {
    const actor = await requireEditor(deps.permissions, context);
    const macro = { pageId: context.location.pageId, localId: context.localId };
    const state = await deps.bindings.get(macro);
    const progress = await checkMacroIsFree(deps, state, input.importId);

    const result = importDocument(input.text, {
      language: input.language,
      newCardId: importCardIds(input.importId),
      maxCards: limits.maxCards,
    });
    if (result.tooManyCards !== undefined) {
      const { count, limit } = result.tooManyCards;
      throw new AppError(
        'TOO_LARGE',
        `This document describes ${count} processes; at most ${limit} can be imported at once. Split the document and import it in parts.`,
        [],
        { reason: 'card-count', params: { count, limit } },
      );
    }
    if (!isRecognised(result)) {
      if (looksMisdecoded(input.text)) {
        throw new AppError(
          'NOT_RECOGNISED',
          'This text is not in UTF-8: it was read in another encoding (e.g. Windows-1251) and its letters are garbled. ' +
            'Save the document as UTF-8 text, or paste it from the original document.',
          [],
          { reason: 'encoding' },
        );
      }
      throw new AppError(
        'NOT_RECOGNISED',
        'Nothing in this text looks like a process card: no title and no known section headings were found. ' +
          'Paste the whole document, including its headings.',
        [],
        { reason: 'no-card' },
      );
    }
    const savedAt = deps.now();
    const cards: ProcessCard[] = result.cards.map((card, index) => ({
      ...card,
      content: withRoles(card.content),
      location: context.location,
      importReport: importReportFor(result.warnings, index, savedAt),
    }));
    const cardIds = cards.map((card) => card.id);
    if (progress === 'done') {
      // The same import completed before (the answer was lost): finish settling, answer as then.
      await settleQuietly(deps, input.importId, state.binding!.cardIds);
      const first = await deps.cards.get(state.binding!.cardId);
      if (first === null) throw new AppError('NOT_FOUND', 'The imported card is gone.', [], { reason: 'card' });
      return answer(buildCardView(first), state.binding!.cardIds, result.warnings, result.warningsOmitted);
    }
    const placed = await placeNewCards(deps, { macro, actor, importId: input.importId, cards, action: 'card.imported', savedAt });
    await seedKpiSummaries(deps, placed);
    return answer(buildCardView(placed[0]!), cardIds, result.warnings, result.warningsOmitted);
  };
}

function answer(view: ImportCardResult['view'], cardIds: string[], warnings: ImportWarning[], omitted: number): ImportCardResult {
  return {
    view,
    cardIds,
    warnings: warnings.slice(0, MAX_WARNINGS_RETURNED),
    warningsOmitted: omitted + Math.max(0, warnings.length - MAX_WARNINGS_RETURNED),
  };
}
