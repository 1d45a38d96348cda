import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { civilDate, daysInMonth, formatCivilDate } from './calendar-date';
import { isOverdue } from './kpi-due';
import { periodKindOf, periodsPerYear } from './kpi-period';
import { meetsBound, readTarget, type TargetRule } from './kpi-target';
import type { KpiComparison, KpiStatus, SummaryPoint } from './kpi-types';

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

/** The same day a year earlier (29 February → 28 February), as yyyy-mm-dd. */
function yearBeforeUncached(date: string): string {
  const { year, month, day } = civilDate(date);
  return formatCivilDate(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}

/**
 * Period ends repeat across a card's KPIs (the same months), and each per-year KPI asks for a
 * year back from each point: the answers are kept, up to a bound so a long-lived process does
 * not keep every date it ever saw. A malformed date throws and is not kept.
 */
const yearsBefore = new Map<string, string>();
const YEARS_BEFORE_KEPT = 4096;

function yearBefore(date: string): string {
  let before = yearsBefore.get(date);
  if (before === undefined) {
    before = yearBeforeUncached(date);
    if (yearsBefore.size >= YEARS_BEFORE_KEPT) yearsBefore.clear();
    yearsBefore.set(date, before);
  }
  return before;
}

/**
 * The year that ends with point `index`: the values of the periods starting within the year
 * before its end. Growth rates in '%' compound ((Π(1 + v/100) − 1) × 100); anything else adds up.
 * With fewer points than a year holds, it is the year so far.
 */
function rollingYear(points: readonly SummaryPoint[], index: number, compound: boolean): number {
  const from = yearBefore(points[index]!.periodEnd);
  let product = 1;
  let sum = 0;
  for (let i = index; i >= 0 && points[i]!.periodStart >= from; i -= 1) {
    product *= 1 + points[i]!.value / 100;
    sum += points[i]!.value;
  }
  return compound ? (product - 1) * 100 : sum;
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
  const kind = periodKindOf(input.kpi);
  const rule = readTarget(input.kpi);
  const points = oldestFirst(input.points);
  // A per-year target on a monthly KPI says nothing of one month: each point shows its rolling year.
  const rolling = rule !== null && rule.perYear && (periodsPerYear(kind) ?? 0) > 1;
  const compound = rule?.bound.unit === '%';
  // Plain loops, no per-point closures: a summary write judges every point of every KPI.
  const views: KpiPointView[] = [];
  let lastCompared = 0;
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    lastCompared = rolling ? rollingYear(points, index, compound) : point.value;
    views.push({ periodKey: point.periodKey, periodStart: point.periodStart, periodEnd: point.periodEnd, value: point.value, status: valueStatus(rule, lastCompared) });
  }
  const latest = views[views.length - 1] ?? null;
  const comparison: KpiComparison = rule === null ? 'none' : rolling ? 'rolling-year' : 'period';
  const comparedValue = rolling && latest ? lastCompared : null;
  const status: KpiStatus = isOverdue(kind, points, input.today, input.graceDays) ? 'overdue' : latest === null ? 'no-data' : latest.status;
  return { status, comparison, comparedValue, latest, points: views };
}
