import { buildCardContent } from './build-card-content';
import { detectLanguage } from './detect-language';
import { findProcessBlocks } from './find-process-blocks';
import { ImportContext } from './import-context';
import { importSeveral } from './import-several';
import type { ImportOptions, ImportResult } from './import-warning';
import { newDraftCard } from './new-draft-card';
import { toLines } from './text-lines';

function importText(text: string, options: ImportOptions): ImportResult {
  const language = options.language ?? detectLanguage(text);
  const lines = toLines(text);
  const blocks = findProcessBlocks(lines);
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
  return importText(text, options);
}
