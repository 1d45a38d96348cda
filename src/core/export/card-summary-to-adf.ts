import type { ProcessCard } from '../card/process-card';
import { labelFor } from './adf-label';
import { paragraph, text, type AdfDoc, type AdfMark } from './adf-nodes';
import { cardTitle } from './card-to-adf';

/**
 * The card in a short export (email, feed): its title, linked to the page when there is a link,
 * and its status. Without a link the title and status still say which card changed.
 */
export function cardSummaryToAdf(card: ProcessCard, pageUrl: string | undefined): AdfDoc {
  const label = labelFor(card.content.language);
  const titleMarks: AdfMark[] = pageUrl === undefined ? [{ type: 'strong' }] : [{ type: 'strong' }, { type: 'link', attrs: { href: pageUrl } }];
  return {
    version: 1,
    type: 'doc',
    content: [
      paragraph(text(cardTitle(card, label), titleMarks)),
      paragraph(text(`${label('cardKind')} · ${label('status')}: ${label(`status.${card.status}`)}`)),
    ],
  };
}
