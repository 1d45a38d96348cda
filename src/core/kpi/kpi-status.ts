import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { isOverdue } from './kpi-due';
import { meetsBound, type TargetRule } from './kpi-target';
import type { KpiComparison, KpiStatus, PeriodKind, SummaryPoint } from './kpi-types';
import { judgeStatuses, pointViews, rollingYear, statusProfile } from './point-status';

/**
 * A KPI's status as a reader sees it (ISO 9001 §9.1): is the value that is due missing, is there
 * a value at all, can the target be read, and then how the latest value compares with it.
 */

export interface KpiStatusResult {
  status: KpiStatus;
  comparison: KpiComparison;
  /** For 'rolling-year': the compounded (for '%') or summed value of the year up to the latest period. */
  comparedValue: number | null;
  latest: KpiPointView | null;
  /** Oldest first; each point's status is its value against the target, or for 'rolling-year' the year ending with it. */
  points: KpiPointView[];
}

export function valueStatus(rule: TargetRule | null, value: number): KpiStatus {
  if (!rule) return 'no-target';
  if (meetsBound(rule.bound, value)) return rule.early && meetsBound(rule.early, value) ? 'warning' : 'on-target';
  return rule.warning && meetsBound(rule.warning, value) ? 'warning' : 'off-target';
}

export function oldestFirst(points: readonly SummaryPoint[]): readonly SummaryPoint[] {
  for (let i = 1; i < points.length; i += 1) {
    if (points[i - 1]!.periodStart > points[i]!.periodStart) {
      return [...points].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodKey.localeCompare(b.periodKey));
    }
  }
  return points;
}

/** Every point judged and shown: the history view's page. */
export function kpiStatus(input: { kpi: Kpi; points: readonly SummaryPoint[]; today: string; graceDays: number }): KpiStatusResult {
  const profile = statusProfile(input.kpi);
  const { kind, rolling, compound, comparison } = profile;
  const points = oldestFirst(input.points);
  const statuses = judgeStatuses(points, 0, profile);
  const views = pointViews(points, 0, (offset) => statuses[offset]!);
  const latest = views[views.length - 1] ?? null;
  return {
    status: periodStatus(kind, points, latest?.status ?? null, input.today, input.graceDays),
    comparison,
    comparedValue: rolling && latest !== null ? latestYear(points, compound) : null,
    latest,
    points: views,
  };
}

/** The KPI's status from its latest value's: overdue when the value due is missing, no data when there is none. */
export function periodStatus(kind: PeriodKind, points: readonly SummaryPoint[], latest: KpiStatus | null, today: string, graceDays: number): KpiStatus {
  return isOverdue(kind, points, today, graceDays) ? 'overdue' : latest === null ? 'no-data' : latest;
}

/** The year ending with the latest point, as the summary kept it or worked out. */
export function latestYear(points: readonly SummaryPoint[], compound: boolean): number {
  const last = points.length - 1;
  return points[last]!.yearValue ?? rollingYear(points, last, compound);
}
