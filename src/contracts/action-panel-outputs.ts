import { z } from 'zod';
import { ActionRecord } from '../core/capa/ca-record';
import { EscalationLevel, KpiStatus } from '../core/kpi/kpi-types';
import { KPI_TRENDS } from '../core/kpi/kpi-trend';

/** Output schema of the issue panel's function, checked in resolver tests: nothing of the card beyond these fields leaves the resolver. */
const Trend = z.enum(KPI_TRENDS);

const PanelCardSchema = z
  .object({
    cardId: z.string(),
    title: z.string(),
    pageUrl: z.string().nullable(),
    owner: z.object({ roleName: z.string(), people: z.array(z.string()), groups: z.array(z.string()) }).strict().nullable(),
  })
  .strict();

const PanelKpiSchema = z
  .object({
    kpiId: z.string(),
    name: z.string(),
    target: z.string(),
    unit: z.string(),
    status: KpiStatus,
    values: z.array(z.object({ periodKey: z.string(), value: z.number(), afterRaise: z.boolean() }).strict()),
    trend: z.object({ before: Trend, after: Trend }).strict(),
    level: EscalationLevel,
    escalations: z.array(z.object({ at: z.string(), from: EscalationLevel, to: EscalationLevel, periodKey: z.string().nullable() }).strict()),
  })
  .strict();

export const ActionPanelViewSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('not-an-action') }).strict(),
  z.object({ state: z.literal('no-record'), issueKey: z.string(), kind: z.enum(['corrective-action', 'improvement']).nullable() }).strict(),
  z.object({ state: z.literal('live'), issueKey: z.string(), record: ActionRecord, card: PanelCardSchema, kpi: PanelKpiSchema.nullable(), kpiGone: z.boolean() }).strict(),
  z.object({ state: z.literal('snapshot'), issueKey: z.string(), record: ActionRecord, reason: z.enum(['no-view', 'card-gone', 'storage-unavailable', 'no-link']) }).strict(),
]);
