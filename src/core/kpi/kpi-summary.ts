import type { Kpi } from '../card/process-card';
import type { KpiView } from '../results/kpi-results';
import { dueState } from './kpi-due';
import { assessedPoints, assessKpi } from './kpi-assessment';
import { kpiDigest } from './kpi-digest';
import { oldestMeasurementFirst } from './measurement-order';
import { rollingYear, statusProfile } from './point-status';
import {
  MAX_LEVEL_CHANGES,
  SUMMARY_WINDOW,
  type DueState,
  type EscalationLevel,
  type EscalationRule,
  type KpiMeasurement,
  type KpiSummaryEntry,
  type SummaryPoint,
} from './kpi-types';

/**
 * A KPI's entry in the card's summary, rebuilt on every write and by the daily run, and the view
 * the first render makes of it. The view is recomputed for today from the entry's points, so a
 * summary written last week still shows today's «overdue».
 */

export { dueState };

export { kpiDigest };

/**
 * The last SUMMARY_WINDOW current values, oldest first (one per period: the latest revision if a
 * period is listed twice). For a per-year target on a finer KPI each keeps the year ending with
 * it, worked out from every value of that year `records` holds (a weekly KPI's year is 52 values).
 */
function summaryPoints(kpi: Kpi, records: readonly KpiMeasurement[]): SummaryPoint[] {
  const byPeriod = new Map<string, KpiMeasurement>();
  for (const record of records) {
    if (record.status !== 'current' || record.kpiId !== kpi.id) continue;
    const seen = byPeriod.get(record.periodKey);
    if (!seen || record.revision > seen.revision) byPeriod.set(record.periodKey, record);
  }
  const all: SummaryPoint[] = [...byPeriod.values()]
    .sort(oldestMeasurementFirst)
    .map((record) => ({ periodKey: record.periodKey, periodStart: record.periodStart, periodEnd: record.periodEnd, value: record.current.value }));
  const from = Math.max(0, all.length - SUMMARY_WINDOW);
  const { rolling, compound } = statusProfile(kpi);
  return all.slice(from).map((point, offset) => (rolling ? { ...point, yearValue: rollingYear(all, from + offset, compound) } : point));
}

const sameDue = (a: DueState | null, b: DueState | null): boolean =>
  a === b || (a !== null && b !== null && a.periodKey === b.periodKey && a.dueOn === b.dueOn && a.overdueOn === b.overdueOn && a.state === b.state);

export interface KpiSummaryUpdate {
  entry: KpiSummaryEntry;
  /** Set when the proposed level moved: what the audit log and a notification tell. */
  levelChanged: { from: EscalationLevel; to: EscalationLevel } | null;
  dueChanged: boolean;
}

export function summarizeKpi(input: {
  kpi: Kpi;
  current: readonly KpiMeasurement[];
  previous: KpiSummaryEntry | undefined;
  today: string;
  graceDays: number;
  rules: readonly EscalationRule[];
  at: string;
}): KpiSummaryUpdate {
  const { kpi, previous, today, graceDays } = input;
  const points = summaryPoints(kpi, input.current);
  const assessment = assessKpi({ kpi, points, today, graceDays, rules: input.rules });
  const from = previous?.level ?? 'none';
  const to = assessment.escalation.level;
  const history = previous?.levelChanges ?? [];
  const periodKey = assessment.escalation.reason?.toPeriod ?? points[points.length - 1]?.periodKey ?? null;
  const levelChanges = from === to ? [...history] : [...history, { at: input.at, from, to, periodKey }].slice(-MAX_LEVEL_CHANGES);
  const due = dueState(assessment.kind, points, today, graceDays);
  return {
    entry: { kpiId: kpi.id, def: kpiDigest(kpi), points, status: assessment.status, level: to, levelChanges, due },
    levelChanged: from === to ? null : { from, to },
    dueChanged: !sameDue(previous?.due ?? null, due),
  };
}

export function buildKpiView(input: {
  kpi: Kpi;
  entry: KpiSummaryEntry | undefined;
  today: string;
  graceDays: number;
  rules: readonly EscalationRule[];
  isMine: boolean;
}): KpiView {
  const { kpi, today, graceDays } = input;
  const points = input.entry?.points ?? [];
  const assessment = assessKpi({ kpi, points, today, graceDays, rules: input.rules });
  const views = assessedPoints(points, assessment);
  return {
    kpiId: kpi.id,
    kind: assessment.kind,
    status: assessment.status,
    comparison: assessment.comparison,
    comparedValue: assessment.comparedValue,
    latest: views[views.length - 1] ?? null,
    points: views,
    trend: assessment.trend,
    due: dueState(assessment.kind, points, today, graceDays),
    escalation: assessment.escalation,
    isMine: input.isMine,
  };
}
