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

/**
 * The statuses a value can be judged to, as 2-bit codes: the statuses of a window of up to
 * MAX_PACKED points pack into one small integer, the newest in the lowest bits, so judging a
 * KPI's window allocates nothing. Every other status (no data, overdue) is a period's, not a
 * value's, and packs as NO_TARGET: no escalation rule matches any of them.
 */
export const STATUS_OF_CODE: readonly KpiStatus[] = ['no-target', 'on-target', 'warning', 'off-target'];
export const CODE_NO_TARGET = 0;
export const CODE_ON_TARGET = 1;
export const CODE_WARNING = 2;
export const CODE_OFF_TARGET = 3;
export const MAX_PACKED = 15;

export function statusCode(status: KpiStatus): number {
  return status === 'on-target' ? CODE_ON_TARGET : status === 'warning' ? CODE_WARNING : status === 'off-target' ? CODE_OFF_TARGET : CODE_NO_TARGET;
}

function judgeCode(judge: Judge | null, value: number): number {
  if (judge === null) return CODE_NO_TARGET;
  if (passes(judge.bound, value)) return judge.early !== null && passes(judge.early, value) ? CODE_WARNING : CODE_ON_TARGET;
  return judge.warning !== null && passes(judge.warning, value) ? CODE_WARNING : CODE_OFF_TARGET;
}

/** valueStatus(rule, value), for the judge compiled from that rule. */
export function judgeValue(judge: Judge | null, value: number): KpiStatus {
  return STATUS_OF_CODE[judgeCode(judge, value)]!;
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

/** yyyy-mm-dd's month counted from year 0 (the text is a valid date: the schema checked it). */
function monthIndex(date: string): number {
  const year = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
  return year * 12 + (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48) - 1;
}

/**
 * Where the year ending with point `index` starts, given where the previous point's started (or
 * -1): years only move forward, so it costs a comparison or two per point, not a walk of a year.
 * Months, quarters and half-years start on the 1st and end (exclusive) on a 1st, so "starts on
 * or after the day a year before the end" is "starts within the 12 months before the end's
 * month", counted without dates.
 */
function yearStartIndex(points: readonly SummaryPoint[], index: number, previous: number, byMonth: boolean): number {
  let start = previous;
  if (byMonth) {
    const first = monthIndex(points[index]!.periodEnd) - 12;
    if (start < 0) {
      start = index;
      while (start > 0 && monthIndex(points[start - 1]!.periodStart) >= first) start -= 1;
    } else {
      while (start < index && monthIndex(points[start]!.periodStart) < first) start += 1;
    }
    return start;
  }
  const yearStart = yearBefore(points[index]!.periodEnd);
  if (start < 0) {
    start = index;
    while (start > 0 && points[start - 1]!.periodStart >= yearStart) start -= 1;
  } else {
    while (start < index && points[start]!.periodStart < yearStart) start += 1;
  }
  return start;
}

/**
 * Growth factors (1 + v/100) of the points from FACTORS_FROM on, worked out once per KPI rather
 * than once per year each point is in (twelve times for a monthly KPI). One buffer, reused: the
 * loops that fill and read it call nothing that could use it meanwhile.
 */
let factors = new Float64Array(64);
let factorsFrom = 0;

function fillFactors(points: readonly SummaryPoint[], from: number): void {
  if (factors.length < points.length - from) factors = new Float64Array(2 * (points.length - from));
  factorsFrom = from;
  for (let i = from; i < points.length; i += 1) factors[i - from] = 1 + points[i]!.value / 100;
}

/**
 * rollingYear(points, index, compound) for a year starting at point `start`, the same sums in the
 * same order (the same doubles); compounding reads the factors fillFactors worked out from `start` or earlier.
 */
function yearFrom(points: readonly SummaryPoint[], start: number, index: number, compound: boolean): number {
  if (compound) {
    let product = 1;
    for (let i = index; i >= start; i -= 1) product *= factors[i - factorsFrom]!;
    return (product - 1) * 100;
  }
  let sum = 0;
  for (let i = index; i >= start; i -= 1) sum += points[i]!.value;
  return sum;
}

/** A window's statuses packed (see STATUS_OF_CODE), and the value its latest point was judged by. */
export interface PackedWindow {
  packed: number;
  count: number;
  latestCompared: number;
}

/**
 * The statuses of the points (oldest first) from `from` up to `to`, at most MAX_PACKED of them:
 * each value, or for `rolling` the year ending with it (as the summary kept it, else worked
 * out), judged.
 */
export function judgePacked(points: readonly SummaryPoint[], from: number, to: number, profile: StatusProfile): PackedWindow {
  const { judge, rolling, compound, kind } = profile;
  const byMonth = kind === 'month' || kind === 'quarter' || kind === 'half-year';
  if (to - from > MAX_PACKED) throw new RangeError(`At most ${MAX_PACKED} statuses pack into one number`);
  let packed = 0;
  let start = -1;
  let compared = NaN;
  for (let index = from; index < to; index += 1) {
    const point = points[index]!;
    compared = point.value;
    if (rolling) {
      const kept = point.yearValue;
      if (kept === undefined) {
        if (start < 0) {
          start = yearStartIndex(points, index, start, byMonth);
          if (compound) fillFactors(points, start);
        } else {
          start = yearStartIndex(points, index, start, byMonth);
        }
        compared = yearFrom(points, start, index, compound);
      } else {
        compared = kept;
      }
    }
    packed = (packed << 2) | judgeCode(judge, compared);
  }
  return { packed, count: to - from, latestCompared: compared };
}

/** The status of point `index` among `count` packed ones. */
export function unpackStatus(packed: number, count: number, index: number): KpiStatus {
  return STATUS_OF_CODE[(packed >>> (2 * (count - 1 - index))) & 3]!;
}

/** The statuses of all the points (oldest first) from `from` on, however many (the history view's page), judged MAX_PACKED at a time. */
export function judgeStatuses(points: readonly SummaryPoint[], from: number, profile: StatusProfile): KpiStatus[] {
  const statuses: KpiStatus[] = [];
  for (let chunk = from; chunk < points.length; chunk += MAX_PACKED) {
    const { packed, count } = judgePacked(points, chunk, Math.min(points.length, chunk + MAX_PACKED), profile);
    for (let i = 0; i < count; i += 1) statuses.push(unpackStatus(packed, count, i));
  }
  return statuses;
}

/** The points from `from` on as views, with the statuses judged for them. */
export function pointViews(points: readonly SummaryPoint[], from: number, statusOf: (offset: number) => KpiStatus): KpiPointView[] {
  const views: KpiPointView[] = [];
  for (let index = from; index < points.length; index += 1) {
    const point = points[index]!;
    // Built field by field (a spread copy is slower to make and to read).
    views.push({ periodKey: point.periodKey, periodStart: point.periodStart, periodEnd: point.periodEnd, value: point.value, status: statusOf(index - from) });
  }
  return views;
}
