import type { ImportCardResult } from '../../contracts/resolver-contracts';
import type { CardStore, MacroBindingStore } from '../ports/card-store';
import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import type { CardLanguage, ProcessCard } from '../card/process-card';
import { importDocument } from '../import/import-document';
import { isRecognised } from '../import/is-recognised';
import { importReportFor } from '../import/import-report';
import { buildCardView } from './build-card-view';
import { requireEditor } from './require-editor';
import { AppError } from '../errors';
import { refuseIfMacroHasCard } from './refuse-if-macro-has-card';

export interface ImportCardDocumentDeps {
  cards: CardStore;
  bindings: MacroBindingStore;
  permissions: PagePermissions;
  now: () => string;
  newCardId: () => string;
}

/**
 * Journey 1: an owner pastes the text of an existing card into an empty macro. Every card
 * the document describes is stored on this page; the first one becomes the macro's card.
 */
export function createImportCardDocument(deps: ImportCardDocumentDeps) {
  return async (
    context: MacroContext,
    input: { text: string; language?: CardLanguage },
  ): Promise<ImportCardResult> => {
    const actor = await requireEditor(deps.permissions, context);
    await refuseIfMacroHasCard(deps, context.localId);
    const result = importDocument(input.text, { language: input.language, newCardId: deps.newCardId });
    if (!isRecognised(result)) {
      throw new AppError(
        'NOT_RECOGNISED',
        'Nothing in this text looks like a process card: no title and no known section headings were found. ' +
          'Paste the whole document, including its headings.',
      );
    }
    const savedAt = deps.now();
    const saved: ProcessCard[] = [];
    for (const [index, card] of result.cards.entries()) {
      saved.push(
        await deps.cards.save({
          card: { ...card, location: context.location, importReport: importReportFor(result.warnings, index, savedAt) },
          expectedVersion: 0,
          savedBy: actor.accountId,
          savedAt,
        }),
      );
    }
    const first = saved[0]!;
    await deps.bindings.bind(context.localId, first.id);
    return { view: buildCardView(first), cardIds: saved.map((card) => card.id), warnings: result.warnings };
  };
}
