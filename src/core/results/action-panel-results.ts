import type { ActionRecord } from '../capa/ca-record';
import type { ActionKind } from '../capa/jira-site';
import type { EscalationLevel, KpiStatus } from '../kpi/kpi-types';
import type { KpiTrend } from '../kpi/kpi-trend';

/**
 * Why the panel shows the record's snapshot instead of the card as it is now:
 * - 'no-view': Confluence does not show the viewer the card's page (or the page is gone: the two look alike, on purpose);
 * - 'card-gone': the page is there, the card is no longer in the app's storage;
 * - 'storage-unavailable': the app's storage could not be read (or is not shared with the Jira side);
 * - 'no-link': the record names no card (an audit finding or a complaint not tied to a process).
 */
export type SnapshotReason = 'no-view' | 'card-gone' | 'storage-unavailable' | 'no-link';

/** The card the action is about, as its page shows it to the viewer. */
export interface PanelCard {
  cardId: string;
  title: string;
  /** The card's page on the site; null when the platform gave no site address. */
  pageUrl: string | null;
  /** The process owner's role and who is mapped to it (names as kept in the card's settings); null when the card names no owner role. */
  owner: { roleName: string; people: string[]; groups: string[] } | null;
}

/** The linked KPI now, judged as the card judges it. */
export interface PanelKpi {
  kpiId: string;
  name: string;
  target: string;
  unit: string;
  status: KpiStatus;
  /** The summary's last values, oldest first; `afterRaise` marks those newer than the record's snapshot. */
  values: Array<{ periodKey: string; value: number; afterRaise: boolean }>;
  /** Over the values up to the raise, and over those after it ('unknown' under three values or without a direction). */
  trend: { before: KpiTrend; after: KpiTrend };
  /** What the escalation rules propose now. */
  level: EscalationLevel;
  /** The KPI's escalation level changes as its summary recorded them, newest first. */
  escalations: Array<{ at: string; from: EscalationLevel; to: EscalationLevel; periodKey: string | null }>;
}

export type ActionPanelView =
  /** The issue is of neither of the app's types and carries no record of the app's. */
  | { state: 'not-an-action' }
  /** One of the app's types (kind null: the set-up could not be read) without a record: made in Jira itself, not raised from a card. */
  | { state: 'no-record'; issueKey: string; kind: ActionKind | null }
  /** The viewer may see the card's page: the card and its KPI as they are now, beside the record. */
  | { state: 'live'; issueKey: string; record: ActionRecord; card: PanelCard; kpi: PanelKpi | null; kpiGone: boolean }
  /** Only what the issue itself carries: the record and the KPI snapshot taken when it was raised. */
  | { state: 'snapshot'; issueKey: string; record: ActionRecord; reason: SnapshotReason };
