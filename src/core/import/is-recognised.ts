import type { ProcessCard } from '../card/process-card';
import type { ImportResult } from './import-warning';

function hasContent(card: ProcessCard): boolean {
  const content = card.content;
  return (
    content.title !== '' ||
    content.document.code !== '' ||
    content.approval.marker !== '' ||
    content.purpose.card !== '' ||
    content.purpose.process !== '' ||
    content.scope !== '' ||
    content.responsibility.ownerRole !== '' ||
    content.responsibility.text !== '' ||
    content.improvement !== '' ||
    content.flowchart.steps.length > 0 ||
    content.flowchart.source !== '' ||
    [content.terms, content.abbreviations, content.inputs, content.outputs, content.resources, content.managementActions, content.kpis, content.distribution].some(
      (list) => list.length > 0,
    )
  );
}

/**
 * Whether the text described a card at all: some card has a title or a filled section.
 * Text that only landed in the notes (nothing recognised) does not count, and the importer
 * takes a lone first line as a title only when something else shows the text is a card.
 */
export function isRecognised(result: Pick<ImportResult, 'cards'>): boolean {
  return result.cards.some(hasContent);
}
