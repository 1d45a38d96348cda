import fc from 'fast-check';
import type { Kpi } from '../../../src/core/card/process-card';
import { civilDate, daysInMonth, formatCivilDate } from '../../../src/core/kpi/calendar-date';
import { assessedPoints, assessKpi } from '../../../src/core/kpi/kpi-assessment';
import { kpiEscalation } from '../../../src/core/kpi/kpi-escalation';
import { addDays, nextPeriod, periodContaining, periodKindOf, periodOfKey, periodsPerYear, previousPeriod, previousPeriodKey } from '../../../src/core/kpi/kpi-period';
import { kpiStatus } from '../../../src/core/kpi/kpi-status';
import { meetsBound, readTargetUncached, type TargetRule } from '../../../src/core/kpi/kpi-target';
import { DEFAULT_ESCALATION_RULES, SUMMARY_WINDOW, type EscalationRule, type KpiStatus, type PeriodKind, type SummaryPoint } from '../../../src/core/kpi/kpi-types';
import type { KpiPointView } from '../../../src/core/results/kpi-results';
import { kpiFrom } from './kpi-builders';

/**
 * The rules as they read before they were made fast (memos, frames, key ordinals, plain loops):
 * the fast ones must answer exactly as these for any KPI, points and day.
 */

function plainValueStatus(rule: TargetRule | null, value: number): KpiStatus {
  if (!rule) return 'no-target';
  if (meetsBound(rule.bound, value)) return rule.early && meetsBound(rule.early, value) ? 'warning' : 'on-target';
  return rule.warning && meetsBound(rule.warning, value) ? 'warning' : 'off-target';
}

function plainOverdue(kind: PeriodKind, points: readonly SummaryPoint[], today: string, graceDays: number): boolean {
  if (kind === 'event') return false;
  const ended = previousPeriod(periodContaining(kind, today));
  return !points.some((point) => point.periodKey === ended.key) && today >= addDays(ended.end, graceDays);
}

function plainStatus(kpi: Kpi, input: readonly SummaryPoint[], today: string, graceDays: number) {
  const kind = periodKindOf(kpi);
  const rule = readTargetUncached(kpi);
  const sorted = input.some((point, i) => i > 0 && input[i - 1]!.periodStart > point.periodStart);
  const points = sorted ? [...input].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodKey.localeCompare(b.periodKey)) : input;
  const rolling = rule !== null && rule.perYear && (periodsPerYear(kind) ?? 0) > 1;
  const compound = rule?.bound.unit === '%';
  const yearBefore = (date: string): string => {
    const { year, month, day } = civilDate(date);
    return formatCivilDate(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
  };
  const rollingYear = (index: number): number => {
    const from = yearBefore(points[index]!.periodEnd);
    let product = 1;
    let sum = 0;
    for (let i = index; i >= 0 && points[i]!.periodStart >= from; i -= 1) {
      product *= 1 + points[i]!.value / 100;
      sum += points[i]!.value;
    }
    return compound ? (product - 1) * 100 : sum;
  };
  const compared = points.map((point, index) => (rolling ? rollingYear(index) : point.value));
  const views: KpiPointView[] = points.map((point, index) => ({ ...point, status: plainValueStatus(rule, compared[index]!) }));
  const latest = views[views.length - 1] ?? null;
  const status: KpiStatus = plainOverdue(kind, points, today, graceDays) ? 'overdue' : latest ? latest.status : 'no-data';
  return { status, comparison: rule === null ? 'none' : rolling ? 'rolling-year' : 'period', comparedValue: rolling && latest ? compared[compared.length - 1]! : null, latest, points: views };
}

const SEVERITY = { 'corrective-action': 0, correction: 1, improvement: 2 } as const;

function plainEscalation(kpi: Kpi, points: readonly KpiPointView[], rules: readonly EscalationRule[]) {
  const kind = periodKindOf(kpi);
  const last = points.length - 1;
  const matches = (when: EscalationRule['when'], status: KpiStatus): boolean =>
    when === 'off-target' ? status === 'off-target' : when === 'on-target' ? status === 'on-target' : status === 'warning' || status === 'off-target';
  const linked = (index: number): boolean => kind === 'event' || previousPeriodKey(kind, points[index]!.periodKey) === points[index - 1]!.periodKey;
  const ordered = rules.map((rule, order) => ({ rule, order })).sort((a, b) => SEVERITY[a.rule.level] - SEVERITY[b.rule.level] || a.order - b.order);
  for (const { rule } of ordered) {
    let start = last;
    let streak = 0;
    if (start >= 0 && matches(rule.when, points[start]!.status)) {
      while (start > 0 && matches(rule.when, points[start - 1]!.status) && linked(start)) start -= 1;
      streak = last - start + 1;
    }
    if (streak >= rule.periods) return { level: rule.level, reason: { rule, streak, fromPeriod: points[last - streak + 1]!.periodKey, toPeriod: points[last]!.periodKey } };
  }
  return { level: 'none', reason: null };
}

const FREQUENCIES = ['ежедневно', 'еженедельно', 'ежемесячно', 'ежеквартально', 'раз в полгода', 'ежегодно', 'по событию', ''];
const TARGETS = ['≥ 95 %', '≤ 2 %', '95–102 %', '> 0', '< 5', '= 100', 'LTV:CAC ≥ 3', '≥ 10 %/year', '≥ 10 %/year', '≤ 12 в год', '95 %', 'по плану'];
const THRESHOLDS = ['', '90 %', '3 %', '< 12 %', '> 0,8 %', '90–105 %'];
const FIRST_KEYS: Record<Exclude<PeriodKind, 'event'>, string> = { day: '2024-02-20', week: '2020-W45', month: '2023-11', quarter: '2022-Q3', 'half-year': '2019-H2', year: '2016' };

/** Up to `maxPeriods` periods from a start, with gaps, the odd one out of order, and values around the targets. */
const arbitraryCase = (maxPeriods: number) => fc
  .record({
    frequency: fc.constantFrom(...FREQUENCIES),
    target: fc.constantFrom(...TARGETS),
    warningThreshold: fc.constantFrom(...THRESHOLDS),
    unit: fc.constantFrom('', '%', '% в год'),
    slots: fc.array(fc.option(fc.constantFrom(-1, 0, 0.5, 0.9, 1, 2, 2.5, 3, 4, 10, 11, 12, 90, 94.99, 95, 98, 102, 103), { freq: 4 }), { maxLength: maxPeriods }),
    swap: fc.nat(),
    todayOffset: fc.integer({ min: -40, max: 400 }),
    graceDays: fc.constantFrom(0, 5, 30),
    rules: fc.shuffledSubarray([...DEFAULT_ESCALATION_RULES, { when: 'warning-or-worse', periods: 2, level: 'correction' } as const]),
  })
  .map((c) => {
    const kpi = kpiFrom({ target: c.target, warningThreshold: c.warningThreshold, unit: c.unit, frequency: c.frequency });
    const kind = periodKindOf(kpi);
    const points: SummaryPoint[] = [];
    let period = periodOfKey(kind === 'event' ? 'month' : kind, kind === 'event' ? '2024-01' : FIRST_KEYS[kind])!;
    c.slots.forEach((value, index) => {
      if (value !== null) {
        const periodKey = kind === 'event' ? `E${period.start}.e${index}` : period.key;
        points.push({ periodKey, periodStart: period.start, periodEnd: kind === 'event' ? addDays(period.start, 1) : period.end, value });
      }
      period = nextPeriod(period);
    });
    if (points.length > 2) {
      const i = 1 + (c.swap % (points.length - 1));
      [points[i - 1], points[i]] = [points[i]!, points[i - 1]!];
    }
    const today = addDays(period.start, c.todayOffset);
    return { kpi, points, today, graceDays: c.graceDays, rules: c.rules };
  });

describe('the fast rules answer as the plain ones', () => {
  it('kpiStatus and kpiEscalation, for any KPI, points and day (property)', () => {
    fc.assert(
      fc.property(arbitraryCase(14), ({ kpi, points, today, graceDays, rules }) => {
        const status = kpiStatus({ kpi, points, today, graceDays });
        expect(status).toEqual(plainStatus(kpi, points, today, graceDays));
        expect(kpiEscalation(kpi, status.points, rules)).toEqual(plainEscalation(kpi, status.points, rules));
        // Asked again (memos warm), the answer is the same.
        expect(kpiStatus({ kpi, points, today, graceDays })).toEqual(status);
      }),
      { numRuns: 1500 },
    );
  });

  it('assessKpi judges the latest 12 of any history as the plain rules do, earlier values counting towards a rolling year (property)', () => {
    fc.assert(
      fc.property(arbitraryCase(40), ({ kpi, points, today, graceDays, rules }) => {
        const sorted = [...points].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodKey.localeCompare(b.periodKey));
        const plain = plainStatus(kpi, sorted, today, graceDays);
        const window = plain.points.slice(-SUMMARY_WINDOW);
        const assessment = assessKpi({ kpi, points: sorted, today, graceDays, rules });
        expect(assessment.status).toBe(plain.status);
        expect(assessment.comparison).toBe(plain.comparison);
        expect(assessment.comparedValue).toBe(plain.comparedValue);
        expect(assessedPoints(sorted, assessment)).toEqual(window);
        expect(assessment.escalation).toEqual(plainEscalation(kpi, window, rules));
        expect(assessment.kind).toBe(periodKindOf(kpi));
      }),
      { numRuns: 1500 },
    );
  });

  it('a year value the summary kept is what a rolling KPI is judged by', () => {
    const kpi = kpiFrom({ target: '≥ 10 %/year', unit: '%', frequency: 'еженедельно' });
    let period = periodOfKey('week', '2025-W01')!;
    const points: SummaryPoint[] = [];
    for (let i = 0; i < 12; i += 1, period = nextPeriod(period)) points.push({ periodKey: period.key, periodStart: period.start, periodEnd: period.end, value: 0.1 });
    const today = period.start;
    const assess = (kept: SummaryPoint[]) => assessKpi({ kpi, points: kept, today, graceDays: 5, rules: DEFAULT_ESCALATION_RULES });
    // Twelve weeks of 0.1 % are 1.2 % over the year the summary holds: off target.
    expect(assess(points).status).toBe('off-target');
    // The year of 52 weeks the summary worked out from every value is on target.
    const withYear = points.map((point, index) => ({ ...point, yearValue: 10 + index }));
    const assessment = assess(withYear);
    expect(assessment.status).toBe('on-target');
    expect(assessment.comparedValue).toBe(21);
    expect(kpiStatus({ kpi, points: withYear, today, graceDays: 5 }).comparedValue).toBe(21);
  });
});
