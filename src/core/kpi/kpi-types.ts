import { z } from 'zod';
import { CardId, FrequencyCode, ItemId, KpiDirection, ParsedBound } from '../card/process-card';

/**
 * The shared vocabulary of KPI measurement (ISO 9001 §9.1): periods, measurements as stored,
 * statuses, escalation rules and the per-card summary the macro's first render reads. Pure types
 * and schemas; the rules live beside them (kpi-period, kpi-status, kpi-escalation, kpi-summary).
 */

/** How often a KPI is measured; 'event' = "per campaign" or no frequency: each entry is its own dated period. */
export const PeriodKind = z.enum(['day', 'week', 'month', 'quarter', 'half-year', 'year', 'event']);
export type PeriodKind = z.infer<typeof PeriodKind>;

/**
 * A period's key, unique within its KPI and usable in a KVS key:
 * day `2025-03-15`, ISO week `2025-W11`, month `2025-03`, quarter `2025-Q1`, half-year `2025-H1`,
 * year `2025`, event `E2025-03-15.<suffix>` (suffix [a-z0-9]{1,12}, chosen by the writer).
 */
export const PeriodKey = z
  .string()
  .min(4)
  .max(32)
  .regex(/^(\d{4}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-W\d{2}|\d{4}-Q[1-4]|\d{4}-H[12]|E\d{4}-\d{2}-\d{2}\.[a-z0-9]{1,12})$/, 'not a period key');
export type PeriodKey = z.infer<typeof PeriodKey>;

/** Calendar dates (yyyy-mm-dd) in the card's time zone; `end` is exclusive (the day after the last day). */
export interface KpiPeriod {
  key: PeriodKey;
  kind: PeriodKind;
  start: string;
  end: string;
}

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a yyyy-mm-dd date');

export const MeasurementSource = z.enum(['user', 'webtrigger']);

/** One state of a period's value: the first entry, a correction, a withdrawal. */
export const MeasurementEntry = z.object({
  action: z.enum(['recorded', 'corrected', 'withdrawn']),
  value: z.number().finite(),
  numerator: z.number().finite().optional(),
  denominator: z.number().finite().optional(),
  comment: z.string().max(2000),
  /** actorLabel(): an account id or `system:webtrigger`. */
  by: z.string().min(1).max(200),
  at: z.iso.datetime(),
  source: MeasurementSource,
});
export type MeasurementEntry = z.infer<typeof MeasurementEntry>;

export const MEASUREMENT_SCHEMA_VERSION = 1 as const;
/** Older states kept in the record; beyond this the audit log still has every one. */
export const MAX_MEASUREMENT_HISTORY = 50;

/**
 * A KPI's value for one period, as stored (entity `kpi-measurement`, key
 * `{cardId}:{kpiId}:{periodKey}`). One record per period: a second entry is a correction of it.
 * `revision` counts its states (1 for the first entry) and is the optimistic-concurrency check.
 */
export const KpiMeasurement = z.object({
  schemaVersion: z.literal(MEASUREMENT_SCHEMA_VERSION),
  cardId: CardId,
  kpiId: ItemId,
  periodKey: PeriodKey,
  periodKind: PeriodKind,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  status: z.enum(['current', 'withdrawn']),
  revision: z.number().int().min(1),
  /** The current state (for a withdrawn record: the state that was withdrawn). */
  current: MeasurementEntry,
  /** Earlier states, oldest first, at most MAX_MEASUREMENT_HISTORY. */
  history: z.array(MeasurementEntry).max(MAX_MEASUREMENT_HISTORY),
});
export type KpiMeasurement = z.infer<typeof KpiMeasurement>;

/** The status a reader sees; 'no-target' when the target text could not be read (never guessed). */
export const KpiStatus = z.enum(['on-target', 'warning', 'off-target', 'no-data', 'overdue', 'no-target']);
export type KpiStatus = z.infer<typeof KpiStatus>;

/** How the latest value is compared: the period's own value, or the rolling year for a per-year target on a finer KPI. */
export const KpiComparison = z.enum(['period', 'rolling-year', 'none']);
export type KpiComparison = z.infer<typeof KpiComparison>;

/** What an escalation rule proposes; acting on it (Jira issues) comes later. */
export const EscalationLevel = z.enum(['none', 'correction', 'corrective-action', 'improvement']);
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/**
 * A rule as data: "`when` for `periods` periods in a row → `level`". Rules are checked from the
 * most severe level down; the first that holds wins.
 */
export const EscalationRule = z.object({
  when: z.enum(['off-target', 'warning-or-worse', 'on-target']),
  periods: z.number().int().min(1).max(12),
  level: EscalationLevel.exclude(['none']),
});
export type EscalationRule = z.infer<typeof EscalationRule>;

export const DEFAULT_ESCALATION_RULES: readonly EscalationRule[] = [
  { when: 'off-target', periods: 1, level: 'correction' },
  { when: 'off-target', periods: 3, level: 'corrective-action' },
  { when: 'on-target', periods: 6, level: 'improvement' },
];

/** Why a level is proposed: the rule that fired and the run of periods behind it. */
export interface EscalationProposal {
  level: EscalationLevel;
  reason: { rule: EscalationRule; streak: number; fromPeriod: PeriodKey; toPeriod: PeriodKey } | null;
}

/** A period's current value as the summary keeps it (withdrawn values are not counted). */
export const SummaryPoint = z.object({
  periodKey: PeriodKey,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  value: z.number().finite(),
  /**
   * For a per-year target on a finer KPI: the year ending with this period, worked out when the
   * summary was written from every value of that year (a weekly KPI's year is 52 values, more
   * than the 12 the summary keeps). Absent: worked out from the points at hand.
   */
  yearValue: z.number().finite().optional(),
});
export type SummaryPoint = z.infer<typeof SummaryPoint>;

export const SUMMARY_WINDOW = 12;
export const MAX_LEVEL_CHANGES = 20;

export const LevelChange = z.object({
  at: z.iso.datetime(),
  from: EscalationLevel,
  to: EscalationLevel,
  periodKey: PeriodKey.nullable(),
});

/** The due state of a KPI's next value, as the daily run or the last write saw it. */
export const DueState = z.object({
  periodKey: PeriodKey,
  /** The period's last day + 1 (exclusive end) is when the value becomes due; overdue after the grace days. */
  dueOn: IsoDate,
  overdueOn: IsoDate,
  state: z.enum(['upcoming', 'due', 'overdue']),
});
export type DueState = z.infer<typeof DueState>;

/**
 * What the daily run needs of a KPI's definition, copied from the card on every summary write,
 * so the run reads small summaries instead of whole cards (4,000 read units a minute).
 */
export const KpiDigest = z.object({
  name: z.string().max(2000),
  kind: PeriodKind,
  ownerRoleId: ItemId.optional(),
  // What judging a value needs: the run recomputes statuses ("overdue") from these and the points.
  unit: z.string().max(50),
  direction: KpiDirection.nullable(),
  frequencyCode: FrequencyCode.optional(),
  target: z.string().max(2000),
  targetParsed: ParsedBound.optional(),
  warningThreshold: z.string().max(2000),
  warningParsed: ParsedBound.optional(),
});
export type KpiDigest = z.infer<typeof KpiDigest>;

export const KpiSummaryEntry = z.object({
  kpiId: ItemId,
  def: KpiDigest,
  /** The last SUMMARY_WINDOW current values, oldest first. */
  points: z.array(SummaryPoint).max(SUMMARY_WINDOW),
  status: KpiStatus,
  level: EscalationLevel,
  levelChanges: z.array(LevelChange).max(MAX_LEVEL_CHANGES),
  due: DueState.nullable(),
});
export type KpiSummaryEntry = z.infer<typeof KpiSummaryEntry>;

/** How many of a KPI's linked Jira actions are in each status category (to do, in progress, done). */
export const ActionCounts = z.object({ new: z.number().int().min(0), indeterminate: z.number().int().min(0), done: z.number().int().min(0) });
export type ActionCounts = z.infer<typeof ActionCounts>;

export const MAX_UNLINKED_ACTIONS = 20;
/** Far more raises than a retry of any one of them could come after. */
export const MAX_COUNTED_ACTIONS = 50;
/**
 * Issues whose last known state the summary keeps for Jira's issue-updated events (about 150
 * bytes each, so some 30 KB at most: the summary stays far below storage's 240 KiB a value).
 */
export const MAX_TRACKED_ACTIONS = 200;

/**
 * What the app last heard of one linked issue: an event can move a count only from the category
 * the issue was counted in. `changedAt` (epoch ms, Jira's `updated`) orders events that arrive
 * late or twice; 0 for an issue known only from its raise, which any event supersedes.
 */
export const TrackedAction = z.object({
  kpiId: ItemId,
  statusCategory: z.enum(['new', 'indeterminate', 'done']),
  resolution: z.string().max(255).nullable(),
  changedAt: z.number().int().min(0),
});
export type TrackedAction = z.infer<typeof TrackedAction>;

/**
 * The card's linked Jira actions as far as the app knows them: counts per KPI and status
 * category, which readers without Jira access see instead of keys and summaries (the one
 * deliberate exception to showing Jira data only to those Jira lets see it), and the issues whose
 * remote link back to the page has not been made yet.
 */
export const LinkedActionsDigest = z.object({
  byKpi: z.record(ItemId, ActionCounts),
  /** When the counts were last taken from a search that saw every linked issue; null: only the app's own raises counted. */
  countedAt: z.iso.datetime().nullable(),
  unlinked: z
    .array(
      z.object({
        issueId: z.string().min(1).max(100),
        issueKey: z.string().min(1).max(100),
        pageId: z.string().min(1).max(100),
        /** The KPI raised from, whose name the link carries (as raising wrote it), so a repair replaces it word for word. */
        kpiId: ItemId.optional(),
      }),
    )
    .max(MAX_UNLINKED_ACTIONS),
  /**
   * The issues the app's own raises counted, the latest MAX_COUNTED_ACTIONS, so a raise retried
   * after its issue was counted (its answer lost) counts it no second time. Added later: a digest
   * without it has counted none.
   */
  counted: z.array(z.string().min(1).max(100)).max(MAX_COUNTED_ACTIONS).default([]),
  /** By issue id, at most MAX_TRACKED_ACTIONS (capa/tracked-actions.ts). Added later: a digest without it tracks none. */
  issues: z
    .record(z.string().min(1).max(100), TrackedAction)
    .refine((issues) => Object.keys(issues).length <= MAX_TRACKED_ACTIONS, { message: `at most ${MAX_TRACKED_ACTIONS} tracked issues` })
    .default({}),
});
export type LinkedActionsDigest = z.infer<typeof LinkedActionsDigest>;

export const emptyLinkedActions = (): LinkedActionsDigest => ({ byKpi: {}, countedAt: null, unlinked: [], counted: [], issues: {} });

export const KPI_SUMMARY_SCHEMA_VERSION = 1 as const;

/**
 * One small record per card (entity `kpi-summary`, key = card id), kept current on every
 * measurement write and by the daily run, so the first render reads it instead of history.
 */
export const KpiCardSummary = z.object({
  schemaVersion: z.literal(KPI_SUMMARY_SCHEMA_VERSION),
  cardId: CardId,
  /** Compare-and-set version: 0 before the first write. */
  version: z.number().int().min(0),
  kpis: z.record(ItemId, KpiSummaryEntry),
  /** The date (in the card's zone) of the last daily run that finished this card: a redelivery is a no-op. */
  remindersRunDate: IsoDate.nullable(),
  /** The card version the digests were copied from. */
  cardVersion: z.number().int().min(0),
  updatedAt: z.iso.datetime().nullable(),
  /** Added after the first summaries were written: a summary without it reads as none known. */
  linkedActions: LinkedActionsDigest.default(emptyLinkedActions),
});
export type KpiCardSummary = z.infer<typeof KpiCardSummary>;

export const emptyKpiSummary = (cardId: string): KpiCardSummary => ({
  schemaVersion: KPI_SUMMARY_SCHEMA_VERSION,
  cardId,
  version: 0,
  kpis: {},
  remindersRunDate: null,
  cardVersion: 0,
  updatedAt: null,
  linkedActions: emptyLinkedActions(),
});
