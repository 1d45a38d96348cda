import type { ProcessCard } from '../card/process-card';
import { buildCardDocument, type CardDocumentSection } from '../card/card-document';
import { labelFor, type Label } from './adf-label';
import { heading, paragraph, text, type AdfBlock, type AdfDoc } from './adf-nodes';
import { SECTION_BODY_TO_ADF } from './section-body-to-adf';

/**
 * The card as an ADF document, for Confluence's PDF and Word export and page history, where
 * the macro's iframe cannot render. The sections, their order and what an empty one says come
 * from buildCardDocument, as on screen; labels are in the card's own language, since a printed
 * card has no reader locale.
 */
export function cardToAdf(card: ProcessCard): AdfDoc {
  const label = labelFor(card.content.language);
  return {
    version: 1,
    type: 'doc',
    content: [
      heading(1, cardTitle(card, label)),
      ...header(card, label),
      ...buildCardDocument(card).flatMap((section) => sectionToAdf(section, card, label)),
    ],
  };
}

export const cardTitle = (card: ProcessCard, label: Label): string =>
  card.content.title.trim() === '' ? label('untitled') : card.content.title;

function sectionToAdf(section: CardDocumentSection, card: ProcessCard, label: Label): AdfBlock[] {
  const blocks: AdfBlock[] = [heading(section.level, `${section.number} ${label(section.title)}`)];
  if (section.kind === 'group') return blocks;
  if (section.notFilled) blocks.push(paragraph(text(label('notFilled'), [{ type: 'em' }])));
  if (section.missingFromSource) {
    blocks.push(paragraph(text(label('missingFromSource', { heading: `«${section.sourceHeading ?? ''}»` }), [{ type: 'em' }])));
  }
  if (!section.empty) blocks.push(...SECTION_BODY_TO_ADF[section.key](card.content, label));
  if (section.note !== undefined) blocks.push(paragraph(text(label('additionalText'), [{ type: 'em' }])), paragraph(text(section.note)));
  for (const cut of section.cutOnImport) {
    blocks.push(paragraph(text(label('cutOnImport', { count: cut.cutLength.toLocaleString(card.content.language) }), [{ type: 'em' }])));
    if (cut.text.trim() !== '') blocks.push(paragraph(text(cut.text)));
  }
  return blocks;
}

function header(card: ProcessCard, label: Label): AdfBlock[] {
  const { document, approval } = card.content;
  const facts = [
    label('cardKind'),
    `${label('documentCode')}: ${document.code || label('notFilled')}`,
    `${label('revision')}: ${document.revision || label('notFilled')}`,
    `${label('status')}: ${label(`status.${card.status}`)}`,
  ];
  const approvalLines = [
    `${label('approverPosition')}: ${approval.approverPosition || label('notFilled')}`,
    `${label('approverName')}: ${approval.approverName || label('notFilled')}`,
    `${label('approvalDate')}: ${approval.date || label('notFilled')}`,
  ];
  return [
    paragraph(text(facts.join(' · '))),
    paragraph(text(approval.marker || label('approvalMarkerDefault'), [{ type: 'strong' }])),
    paragraph(text(approvalLines.join('\n'))),
  ];
}
