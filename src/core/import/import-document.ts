import { MAX_CARDS_PER_IMPORT } from './import-limits';
import { cleanText } from '../text/clean-text';
import { buildCardContent } from './build-card-content';
import { capWarnings } from './cap-warnings';
import { detectLanguage } from './detect-language';
import { findProcessBlocks } from './find-process-blocks';
import { ImportContext } from './import-context';
import { importSeveral } from './import-several';
import type { ImportOptions, ImportResult } from './import-warning';
import { newDraftCard } from './new-draft-card';
import { toLines } from './text-lines';

type Imported = Pick<ImportResult, 'cards' | 'warnings' | 'tooManyCards'>;

function importText(text: string, options: ImportOptions): Imported {
  const language = options.language ?? detectLanguage(text);
  const lines = toLines(text);
  const blocks = findProcessBlocks(lines);
  // Refused before any card is built: one import must fit one invocation.
  const limit = options.maxCards ?? MAX_CARDS_PER_IMPORT;
  if (blocks.length > limit) return { cards: [], warnings: [], tooManyCards: { count: blocks.length, limit } };
  if (blocks.length > 0) return importSeveral(lines, blocks, language, options);
  const ctx = new ImportContext();
  const { content } = buildCardContent(lines, language, ctx);
  return { cards: [newDraftCard(content, options, ctx)], warnings: ctx.warnings };
}

/**
 * Turns the text of a process card document (plain text or Markdown; tables as tab- or
 * pipe-separated rows) into the cards it describes — usually one, one per process when the
 * document describes several — plus warnings for what could not be placed. Every card is a
 * schema-valid new draft. Pure and synchronous: it runs in the browser as well as in Node.
 * Whether anything was recognised at all: see `isRecognised`. A bug throws: it must not
 * read as "this is not a process card".
 */
export function importDocument(text: string, options: ImportOptions = {}): ImportResult {
  // Control and bidi characters would otherwise end up in titles and values.
  const imported = importText(cleanText(typeof text === 'string' ? text : String(text ?? '')), options);
  const { warnings, omitted } = capWarnings(imported.warnings);
  return { ...imported, warnings, warningsOmitted: omitted };
}
