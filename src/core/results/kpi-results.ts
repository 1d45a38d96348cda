import type { DueState, EscalationLevel, EscalationProposal, KpiComparison, KpiStatus, PeriodKind } from '../kpi/kpi-types';
import type { KpiTrend } from '../kpi/kpi-trend';
import type { ParsedBound } from '../card/process-card';
import type { z } from 'zod';

/** A point of a KPI's trend, oldest first, with the status that value had. */
export interface KpiPointView {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  status: KpiStatus;
}

/** What the macro's KPI table shows for one KPI on first render (from the summary, never history). */
export interface KpiView {
  kpiId: string;
  kind: PeriodKind;
  status: KpiStatus;
  comparison: KpiComparison;
  /** For 'rolling-year': the value compared (the sum or mean of the last year's values, as the rule says). */
  comparedValue: number | null;
  latest: KpiPointView | null;
  /** The last 12 periods with a value, oldest first. */
  points: KpiPointView[];
  /** Which way the values go, read against the KPI's direction (ISO 9001 §10.2 asks whether an action worked). */
  trend: KpiTrend;
  due: DueState | null;
  escalation: EscalationProposal;
  /** Is the reader mapped to this KPI's owner role (their due values are highlighted)? */
  isMine: boolean;
}

/** The KPI side of a card's first render. */
export interface KpiBoardView {
  /** The zone periods are cut in (card override, else site default). */
  timeZone: string;
  /** Today in that zone, yyyy-mm-dd: what "due in 3 days" is counted from. */
  today: string;
  graceDays: number;
  kpis: KpiView[];
}

export interface MeasurementEntryView {
  action: 'recorded' | 'corrected' | 'withdrawn';
  value: number;
  numerator?: number;
  denominator?: number;
  comment: string;
  by: string;
  at: string;
  source: 'user' | 'webtrigger';
}

export interface MeasurementView {
  periodKey: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  status: 'current' | 'withdrawn';
  /** Send back as expectedRevision to correct or withdraw it. */
  revision: number;
  valueStatus: KpiStatus;
  current: MeasurementEntryView;
  /** Earlier states, newest first. */
  history: MeasurementEntryView[];
}

/** A period that accepts a value now (it has started), offered by the entry form. */
export interface OpenPeriodView {
  periodKey: string;
  periodStart: string;
  periodEnd: string;
  /** The revision of the record already there (0: none): entering a value there is a correction. */
  revision: number;
}

export interface KpiHistoryResult {
  cardId: string;
  kpiId: string;
  kind: PeriodKind;
  target: z.infer<typeof ParsedBound> | null;
  warning: z.infer<typeof ParsedBound> | null;
  direction: 'higher' | 'lower' | null;
  /** Records newest first (current and withdrawn), one page. */
  measurements: MeasurementView[];
  cursor: string | null;
  /** The periods the form offers, newest first (the current one and the last few). */
  openPeriods: OpenPeriodView[];
  /** Is the ratio formula's numerator/denominator asked for? */
  ratio: boolean;
  canRecord: boolean;
  board: KpiView;
  levelChanges: Array<{ at: string; from: EscalationLevel; to: EscalationLevel; periodKey: string | null }>;
  /** Display names of the people who entered this page's values (account id → name), as Confluence gives them to the reader. */
  people: Record<string, string>;
}

export interface RecordMeasurementResult {
  measurement: MeasurementView;
  /** The KPI's row after the write, so the table and sparkline update without a reload. */
  board: KpiView;
}
