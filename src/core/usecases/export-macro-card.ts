import type { AdfDoc } from '../export/adf-nodes';
import { cardToAdf } from '../export/card-to-adf';
import { paragraph, text } from '../export/adf-nodes';
import { isAppError } from '../errors';
import type { MacroContext } from './macro-context';
import { createGetCardForMacro, type GetCardForMacroDeps } from './get-card-for-macro';

/**
 * What Confluence puts in a PDF or Word export (and page history) for the macro: the same card
 * the macro shows, found the same way and under the same permission rule, as ADF. An export must
 * never fail the whole page, so every problem becomes a sentence in the document instead.
 */
export function createExportMacroCard(deps: GetCardForMacroDeps) {
  const getCardForMacro = createGetCardForMacro(deps);
  return async (context: MacroContext): Promise<AdfDoc> => {
    try {
      const found = await getCardForMacro(context);
      if (found.view === null) return sentence('Process card: no card has been imported into this macro yet.');
      return cardToAdf(found.view.card);
    } catch (error) {
      if (isAppError(error)) return sentence(`Process card: ${error.message}`);
      throw error;
    }
  };
}

const sentence = (value: string): AdfDoc => ({ version: 1, type: 'doc', content: [paragraph(text(value))] });
