import { z } from 'zod';

/** The `jira:issuePanel` module's functions: the corrective action or improvement panel on an issue. */
export const ACTION_PANEL_RESOLVER_KEYS = {
  view: 'action-panel/view',
} as const;

/** The issue comes from the panel's platform context, never from the payload: nothing is asked. */
export const ActionPanelViewPayload = z.object({}).strict();

export type { ActionPanelView, PanelCard, PanelKpi, SnapshotReason } from '../core/results/action-panel-results';
export type { ActionRecord, KpiSnapshot } from '../core/capa/ca-record';
export type { KpiStatus } from '../core/kpi/kpi-types';
