import type { ProcessCard } from '../card/process-card';
import type { CardView } from '../results/macro-results';
import { layoutFlowchart } from '../flowchart/layout-flowchart';

/** Everything the macro draws, in one answer: the card and its flowchart already laid out. */
export function buildCardView(card: ProcessCard): CardView {
  return { card, flowchart: layoutFlowchart(card.content.flowchart) };
}
