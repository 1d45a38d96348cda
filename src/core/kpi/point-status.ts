import type { ParsedBound } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { civilDate, daysInMonth, formatCivilDate } from './calendar-date';
import { periodKindOf, periodsPerYear } from './kpi-period';
import { EPSILON, readTarget, type TargetRule } from './kpi-target';
import type { KpiComparison, KpiStatus, PeriodKind, SummaryPoint } from './kpi-types';
import { memoizedByFields } from './target-memo';

/**
 * Each point's status, the part of kpiStatus that runs per point of every KPI on each summary
 * write. The target rule is compiled for judging many values: each bound's limits worked out
 * once (the same subtraction or addition of EPSILON meetsBound makes, so the same doubles) and
 * its comparator as a small integer. It answers exactly as valueStatus(rule, value), which stays
 * the reference (the tests hold it so). Everything the loop calls is in this module: under tsx
 * (esbuild's CommonJS, which the bench runs) a call into another module goes through export getters.
 */

const NEVER = 0;
const AT_LEAST = 1;
const AT_MOST = 2;
const ABOVE = 3;
const BELOW = 4;
const EQUAL = 5;
const BETWEEN = 6;

interface Test {
  code: number;
  low: number;
  high: number;
}

export interface Judge {
  bound: Test;
  early: Test | null;
  warning: Test | null;
}

function testOf(bound: ParsedBound): Test {
  switch (bound.comparator) {
    case '>=':
      return { code: AT_LEAST, low: bound.value - EPSILON, high: 0 };
    case '<=':
      return { code: AT_MOST, low: 0, high: bound.value + EPSILON };
    case '>':
      return { code: ABOVE, low: bound.value + EPSILON, high: 0 };
    case '<':
      return { code: BELOW, low: 0, high: bound.value - EPSILON };
    case '=':
      // meetsBound compares |value − bound| with EPSILON: kept as that, not as two limits (rounding differs).
      return { code: EQUAL, low: bound.value, high: 0 };
    case 'range':
      return { code: BETWEEN, low: bound.value - EPSILON, high: (bound.max ?? bound.value) + EPSILON };
    default:
      // A comparator the schema does not know meets nothing, as in meetsBound.
      return { code: NEVER, low: 0, high: 0 };
  }
}

function passes(test: Test, value: number): boolean {
  switch (test.code) {
    case AT_LEAST:
      return value >= test.low;
    case AT_MOST:
      return value <= test.high;
    case ABOVE:
      return value > test.low;
    case BELOW:
      return value < test.high;
    case EQUAL:
      return Math.abs(value - test.low) <= EPSILON;
    case BETWEEN:
      return value >= test.low && value <= test.high;
    default:
      return false;
  }
}

export function compileJudge(rule: TargetRule): Judge {
  return { bound: testOf(rule.bound), early: rule.early ? testOf(rule.early) : null, warning: rule.warning ? testOf(rule.warning) : null };
}

/** valueStatus(rule, value), for the judge compiled from that rule. */
export function judgeValue(judge: Judge | null, value: number): KpiStatus {
  if (judge === null) return 'no-target';
  if (passes(judge.bound, value)) return judge.early !== null && passes(judge.early, value) ? 'warning' : 'on-target';
  return judge.warning !== null && passes(judge.warning, value) ? 'warning' : 'off-target';
}

/** What a KPI's status depends on that only its fields decide: worked out once per KPI, not per status. */
export interface StatusProfile {
  kind: PeriodKind;
  rule: TargetRule | null;
  judge: Judge | null;
  /** A per-year target on a finer KPI: each point shows its rolling year. */
  rolling: boolean;
  /** The rolling year compounds (growth rates in '%') rather than adds up. */
  compound: boolean;
  comparison: KpiComparison;
}

export const statusProfile = memoizedByFields((kpi: Parameters<typeof readTarget>[0] & Parameters<typeof periodKindOf>[0]): StatusProfile => {
  const kind = periodKindOf(kpi);
  const rule = readTarget(kpi);
  // A per-year target on a monthly KPI says nothing of one month: each point shows its rolling year.
  const rolling = rule !== null && rule.perYear && (periodsPerYear(kind) ?? 0) > 1;
  return {
    kind,
    rule,
    judge: rule === null ? null : compileJudge(rule),
    rolling,
    compound: rule?.bound.unit === '%',
    comparison: rule === null ? 'none' : rolling ? 'rolling-year' : 'period',
  };
});

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
export function rollingYear(points: readonly SummaryPoint[], index: number, compound: boolean): number {
  const from = yearBefore(points[index]!.periodEnd);
  let product = 1;
  let sum = 0;
  for (let i = index; i >= 0 && points[i]!.periodStart >= from; i -= 1) {
    product *= 1 + points[i]!.value / 100;
    sum += points[i]!.value;
  }
  return compound ? (product - 1) * 100 : sum;
}

/** The points (oldest first) as views with their statuses: each value, or for `rolling` the year ending with it, judged. */
export function judgePoints(points: readonly SummaryPoint[], judge: Judge | null, rolling: boolean, compound: boolean): KpiPointView[] {
  const views: KpiPointView[] = [];
  for (let index = 0; index < points.length; index += 1) {
    const point = points[index]!;
    const compared = rolling ? rollingYear(points, index, compound) : point.value;
    // Built field by field (a spread copy is slower to make and to read).
    views.push({ periodKey: point.periodKey, periodStart: point.periodStart, periodEnd: point.periodEnd, value: point.value, status: judgeValue(judge, compared) });
  }
  return views;
}
