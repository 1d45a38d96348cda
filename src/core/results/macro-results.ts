import type { ProcessCard } from '../card/process-card';
import type { FlowchartLayout } from '../flowchart/flowchart-layout';
import type { CardSummary } from '../ports/card-store';
import type { ImportWarning } from '../import/import-warning';
import type { VisiblePage } from '../ports/page-permissions';
import type { KpiBoardView } from './kpi-results';
import type { CardActionsView } from './action-results';

/** What the macro shows: the card and its flowchart, laid out on the server. */
export interface CardView {
  card: ProcessCard;
  flowchart: FlowchartLayout | null;
  /** KPI statuses, trends and due values from the card's summary; null where none were computed (e.g. right after an import). */
  kpis: KpiBoardView | null;
  /** The KPIs' linked Jira actions (the macro's first render only; null elsewhere: an import, an export). */
  actions: CardActionsView | null;
}

export interface MacroCardResult {
  /** How the macro found its card: from its config, from its own binding, or not at all. */
  binding: 'config' | 'local-id' | 'none';
  view: CardView | null;
}

export interface ImportCardResult {
  view: CardView;
  /** Ids of every card the document described; the first is bound to the macro. */
  cardIds: string[];
  warnings: ImportWarning[];
  /** Warnings beyond those returned, counted only. */
  warningsOmitted: number;
}

/** A card in a list, with the page that holds it as the caller may see it. */
export interface ListedCard extends CardSummary {
  page: Pick<VisiblePage, 'title' | 'spaceId'> | null;
}

export interface ListCardsResult {
  items: ListedCard[];
  cursor: string | null;
}
