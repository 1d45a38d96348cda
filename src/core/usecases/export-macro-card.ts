import type { AdfDoc } from '../export/adf-nodes';
import { cardToAdf } from '../export/card-to-adf';
import { cardSummaryToAdf } from '../export/card-summary-to-adf';
import { exportShapeFor, type ExportRequest } from '../export/export-request';
import { paragraph, text } from '../export/adf-nodes';
import { isAppError, type ErrorCode } from '../errors';
import type { MacroContext } from './macro-context';
import { createGetCardForMacro, type GetCardForMacroDeps } from './get-card-for-macro';

/**
 * What Confluence puts in an export (PDF, Word, email, page history…) for the macro: the same
 * card the macro shows, found the same way and under the same permission rule, as ADF. An export
 * must never fail the whole page, so every problem becomes a sentence in the document instead.
 */
export function createExportMacroCard(deps: GetCardForMacroDeps) {
  const getCardForMacro = createGetCardForMacro(deps, { observeConfig: false, actions: false });
  return async (context: MacroContext, request: ExportRequest = { exportType: undefined, pageUrl: undefined }): Promise<AdfDoc> => {
    try {
      const found = await getCardForMacro(context);
      if (found.view === null) return sentence('Process card: no card has been imported into this macro yet.');
      const card = found.view.card;
      return exportShapeFor(request.exportType) === 'summary' ? cardSummaryToAdf(card, request.pageUrl) : cardToAdf(card);
    } catch (error) {
      if (isAppError(error)) return sentence(SENTENCES[error.code] ?? COULD_NOT_EXPORT);
      throw error;
    }
  };
}

const COULD_NOT_EXPORT = 'Process card: the card could not be exported. Open the page to see it.';

/**
 * Fixed wording per error: an exported document goes to people outside the app (a PDF, an email),
 * so it carries no card ids or error details; those go to the log.
 */
const SENTENCES: Partial<Record<ErrorCode, string>> = {
  NOT_FOUND: 'Process card: the card chosen for this macro no longer exists. Open the page to choose another.',
  FORBIDDEN: 'Process card: this macro shows a card from a page you cannot see.',
};

const sentence = (value: string): AdfDoc => ({ version: 1, type: 'doc', content: [paragraph(text(value))] });
