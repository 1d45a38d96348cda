import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { escalationOf } from './kpi-escalation';
import { periodStatus } from './kpi-status';
import { kpiTrend, type KpiTrend } from './kpi-trend';
import { SUMMARY_WINDOW, type EscalationProposal, type EscalationRule, type KpiComparison, type KpiStatus, type PeriodKind, type SummaryPoint } from './kpi-types';
import { judgePacked, pointViews, statusProfile, unpackStatus } from './point-status';

/**
 * Everything the card shows of a KPI's values at once: its status, the way it is heading and
 * what the escalation rules propose. One reading of the KPI's target serves all three. This runs
 * for every KPI on each summary write, each first render and the daily run, so the window's
 * statuses are packed into one number (judgePacked) and views are built only for the screen
 * (assessedPoints).
 */

export interface KpiAssessment {
  kind: PeriodKind;
  status: KpiStatus;
  comparison: KpiComparison;
  /** For 'rolling-year': the year ending with the latest period. */
  comparedValue: number | null;
  /** The judged window: the points from `from` on, their statuses packed. */
  from: number;
  packed: number;
  trend: KpiTrend;
  escalation: EscalationProposal;
}

/**
 * `points` oldest first (as the summary keeps them), of any length. The last SUMMARY_WINDOW are
 * judged (escalation rules reach at most 12 periods back); earlier ones count towards a rolling
 * year; the trend runs over all of them.
 */
/** Read once: under tsx (the bench) another module's constant is read through a getter on each use. */
const WINDOW = SUMMARY_WINDOW;

export function assessKpi(input: {
  kpi: Kpi;
  points: readonly SummaryPoint[];
  today: string;
  graceDays: number;
  rules: readonly EscalationRule[];
}): KpiAssessment {
  const { points } = input;
  const profile = statusProfile(input.kpi);
  const { kind, rolling, comparison, rule } = profile;
  const from = Math.max(0, points.length - WINDOW);
  const { packed, count, latestCompared } = judgePacked(points, from, points.length, profile);
  return {
    kind,
    status: periodStatus(kind, points, count === 0 ? null : unpackStatus(packed, count, count - 1), input.today, input.graceDays),
    comparison,
    comparedValue: rolling && count > 0 ? latestCompared : null,
    from,
    packed,
    trend: kpiTrend(points, rule?.direction ?? input.kpi.direction),
    escalation: escalationOf(kind, points, packed, count, input.rules),
  };
}

/** The judged points as the screen shows them, oldest first. */
export function assessedPoints(points: readonly SummaryPoint[], assessment: KpiAssessment): KpiPointView[] {
  const count = points.length - assessment.from;
  return pointViews(points, assessment.from, (offset) => unpackStatus(assessment.packed, count, offset));
}
