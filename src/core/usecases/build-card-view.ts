import type { ProcessCard } from '../card/process-card';
import type { CardView } from '../results/macro-results';
import type { KpiBoardView } from '../results/kpi-results';
import type { CardActionsView } from '../results/action-results';
import { layoutFlowchart } from '../flowchart/layout-flowchart';

/** Everything the macro draws, in one answer: the card and its flowchart already laid out. */
export function buildCardView(card: ProcessCard, kpis: KpiBoardView | null = null, actions: CardActionsView | null = null): CardView {
  return { card, flowchart: layoutFlowchart(card.content.flowchart), kpis, actions };
}
