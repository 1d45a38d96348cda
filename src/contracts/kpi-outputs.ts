import { z } from 'zod';
import { ParsedBound } from '../core/card/process-card';
import { KPI_TRENDS } from '../core/kpi/kpi-trend';
import { DueState, EscalationLevel, EscalationRule, KpiComparison, KpiStatus, PeriodKind } from '../core/kpi/kpi-types';

/** Output schemas of the KPI functions (and the KPI part of the card view), checked in resolver tests. */
export const KpiPointViewSchema = z
  .object({ periodKey: z.string(), periodStart: z.string(), periodEnd: z.string(), value: z.number(), status: KpiStatus })
  .strict();

export const EscalationProposalSchema = z
  .object({
    level: EscalationLevel,
    reason: z
      .object({ rule: EscalationRule, streak: z.number().int(), fromPeriod: z.string(), toPeriod: z.string() })
      .strict()
      .nullable(),
  })
  .strict();

export const KpiViewSchema = z
  .object({
    kpiId: z.string(),
    kind: PeriodKind,
    status: KpiStatus,
    comparison: KpiComparison,
    comparedValue: z.number().nullable(),
    latest: KpiPointViewSchema.nullable(),
    points: z.array(KpiPointViewSchema).max(12),
    trend: z.enum(KPI_TRENDS),
    due: DueState.nullable(),
    escalation: EscalationProposalSchema,
    isMine: z.boolean(),
  })
  .strict();

export const KpiBoardViewSchema = z
  .object({ timeZone: z.string(), today: z.string(), graceDays: z.number().int(), kpis: z.array(KpiViewSchema) })
  .strict();

const EntryViewSchema = z
  .object({
    action: z.enum(['recorded', 'corrected', 'withdrawn']),
    value: z.number(),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
    comment: z.string(),
    by: z.string(),
    at: z.string(),
    source: z.enum(['user', 'webtrigger']),
  })
  .strict();

export const MeasurementViewSchema = z
  .object({
    periodKey: z.string(),
    periodKind: PeriodKind,
    periodStart: z.string(),
    periodEnd: z.string(),
    status: z.enum(['current', 'withdrawn']),
    revision: z.number().int().min(1),
    valueStatus: KpiStatus,
    current: EntryViewSchema,
    history: z.array(EntryViewSchema),
  })
  .strict();

export const KpiHistoryResultSchema = z
  .object({
    cardId: z.string(),
    kpiId: z.string(),
    kind: PeriodKind,
    target: ParsedBound.nullable(),
    warning: ParsedBound.nullable(),
    direction: z.enum(['higher', 'lower']).nullable(),
    measurements: z.array(MeasurementViewSchema).max(100),
    cursor: z.string().nullable(),
    openPeriods: z.array(z.object({ periodKey: z.string(), periodStart: z.string(), periodEnd: z.string(), revision: z.number().int() }).strict()),
    ratio: z.boolean(),
    canRecord: z.boolean(),
    board: KpiViewSchema,
    levelChanges: z.array(z.object({ at: z.string(), from: EscalationLevel, to: EscalationLevel, periodKey: z.string().nullable() }).strict()),
    people: z.record(z.string(), z.string()),
  })
  .strict();

export const RecordMeasurementResultSchema = z.object({ measurement: MeasurementViewSchema, board: KpiViewSchema }).strict();

export const KpiSettingsViewSchema = z
  .object({
    cardId: z.string(),
    version: z.number().int(),
    timeZone: z.string().nullable(),
    siteTimeZone: z.string(),
    graceDays: z.number().int(),
    kpis: z.array(z.object({ kpiId: z.string(), name: z.string(), rules: z.array(EscalationRule).nullable() }).strict()),
    defaultRules: z.array(EscalationRule),
    feed: z.object({ configured: z.boolean(), rotatedAt: z.string().nullable(), url: z.string().nullable() }).strict(),
    canEdit: z.boolean(),
  })
  .strict();

export const RotateFeedSecretResultSchema = z
  .object({ secret: z.string().min(32), url: z.string(), settings: KpiSettingsViewSchema })
  .strict();
