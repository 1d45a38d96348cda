import type { Kpi } from '../card/process-card';
import type { KpiView } from '../results/kpi-results';
import { dueState } from './kpi-due';
import { kpiEscalation } from './kpi-escalation';
import { kpiDigest } from './kpi-digest';
import { periodKindOf } from './kpi-period';
import { kpiStatus } from './kpi-status';
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

/** The last SUMMARY_WINDOW current values, oldest first (one per period: the latest revision if a period is listed twice). */
function summaryPoints(kpiId: string, records: readonly KpiMeasurement[]): SummaryPoint[] {
  const byPeriod = new Map<string, KpiMeasurement>();
  for (const record of records) {
    if (record.status !== 'current' || record.kpiId !== kpiId) continue;
    const seen = byPeriod.get(record.periodKey);
    if (!seen || record.revision > seen.revision) byPeriod.set(record.periodKey, record);
  }
  return [...byPeriod.values()]
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodKey.localeCompare(b.periodKey))
    .slice(-SUMMARY_WINDOW)
    .map((record) => ({ periodKey: record.periodKey, periodStart: record.periodStart, periodEnd: record.periodEnd, value: record.current.value }));
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
  const points = summaryPoints(kpi.id, input.current);
  const status = kpiStatus({ kpi, points, today, graceDays });
  const escalation = kpiEscalation(kpi, status.points, input.rules);
  const from = previous?.level ?? 'none';
  const to = escalation.level;
  const history = previous?.levelChanges ?? [];
  const periodKey = escalation.reason?.toPeriod ?? status.latest?.periodKey ?? null;
  const levelChanges = from === to ? [...history] : [...history, { at: input.at, from, to, periodKey }].slice(-MAX_LEVEL_CHANGES);
  const due = dueState(periodKindOf(kpi), points, today, graceDays);
  return {
    entry: { kpiId: kpi.id, def: kpiDigest(kpi), points, status: status.status, level: to, levelChanges, due },
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
  const kind = periodKindOf(kpi);
  const points = input.entry?.points ?? [];
  const status = kpiStatus({ kpi, points, today, graceDays });
  return {
    kpiId: kpi.id,
    kind,
    status: status.status,
    comparison: status.comparison,
    comparedValue: status.comparedValue,
    latest: status.latest,
    points: status.points,
    due: dueState(kind, points, today, graceDays),
    escalation: kpiEscalation(kpi, status.points, input.rules),
    isMine: input.isMine,
  };
}
