import { appendAll } from './append-all';
import type { CardLanguage, ProcessCard } from '../card/process-card';
import { buildCardContent } from './build-card-content';
import type { ProcessBlock } from './find-process-blocks';
import { ImportContext } from './import-context';
import type { ImportOptions, ImportResult, ImportWarning } from './import-warning';
import { newDraftCard } from './new-draft-card';
import { readHeader } from './read-header';
import { segmentDocument } from './segment-document';
import { tokenText } from './token-text';
import { tokenizeDocument } from './tokenize-document';

const OUTSIDE = 'Text outside the process descriptions belongs to none of the cards.';

/**
 * A document describing several processes: one card per block. What precedes the first
 * block may carry the document's approval and revision, which every card shares; all other
 * text between and after the blocks is reported once, for the document as a whole.
 */
export function importSeveral(lines: readonly string[], blocks: readonly ProcessBlock[], language: CardLanguage, options: ImportOptions): Pick<ImportResult, 'cards' | 'warnings'> {
  const documentCtx = new ImportContext();
  const outside = (text: string): void => {
    if (text.trim() !== '') documentCtx.warn({ code: 'unplaced-text', message: OUTSIDE, text: text.trim() });
  };
  const preamble = segmentDocument(tokenizeDocument(lines.slice(0, blocks[0]!.start)));
  const header = readHeader(preamble.header, documentCtx);
  outside(header.title);
  outside(tokenText(header.leftovers));
  for (const segment of preamble.segments) {
    outside([segment.heading, segment.inline, tokenText(segment.tokens)].filter((part) => part !== '').join('\n'));
  }

  const cards: ProcessCard[] = [];
  const warnings: ImportWarning[] = [];
  blocks.forEach((block, cardIndex) => {
    if (cardIndex > 0) outside(lines.slice(blocks[cardIndex - 1]!.end, block.start).join('\n'));
    const ctx = new ImportContext(cardIndex);
    const body = lines.slice(block.start + 1, block.end);
    const { content } = buildCardContent(body, language, ctx, { title: ctx.value(block.title), code: block.code });
    if (content.approval.marker === '') content.approval = { ...header.approval };
    if (content.document.revision === '') content.document.revision = header.document.revision;
    cards.push(newDraftCard(content, options, ctx));
    appendAll(warnings, ctx.warnings);
  });
  outside(lines.slice(blocks.at(-1)!.end).join('\n'));
  return { cards, warnings: [...documentCtx.warnings, ...warnings] };
}
