import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { isOverdue } from './kpi-due';
import { meetsBound, type TargetRule } from './kpi-target';
import type { KpiComparison, KpiStatus, SummaryPoint } from './kpi-types';
import { judgePoints, rollingYear, statusProfile } from './point-status';

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

function oldestFirst(points: readonly SummaryPoint[]): readonly SummaryPoint[] {
  for (let i = 1; i < points.length; i += 1) {
    if (points[i - 1]!.periodStart > points[i]!.periodStart) {
      return [...points].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodKey.localeCompare(b.periodKey));
    }
  }
  return points;
}

export function kpiStatus(input: { kpi: Kpi; points: readonly SummaryPoint[]; today: string; graceDays: number }): KpiStatusResult {
  const { kind, judge, rolling, compound, comparison } = statusProfile(input.kpi);
  const points = oldestFirst(input.points);
  const views = judgePoints(points, judge, rolling, compound);
  const latest = views[views.length - 1] ?? null;
  const comparedValue = rolling && latest ? rollingYear(points, points.length - 1, compound) : null;
  const status: KpiStatus = isOverdue(kind, points, input.today, input.graceDays) ? 'overdue' : latest === null ? 'no-data' : latest.status;
  return { status, comparison, comparedValue, latest, points: views };
}
