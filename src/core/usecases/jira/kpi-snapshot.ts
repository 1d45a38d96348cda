import type { Kpi } from '../../card/process-card';
import { RECORD_LIMITS, storedLength, type KpiSnapshot } from '../../capa/ca-record';
import { assessKpi } from '../../kpi/kpi-assessment';
import { SUMMARY_WINDOW, type KpiSummaryEntry } from '../../kpi/kpi-types';
import type { KpiJudgement } from '../kpi/kpi-rules-of';

/** `text` cut (by whole characters) until it fits `max` characters as stored. */
export function fitStored(text: string, max: number): string {
  if (storedLength(text) <= max) return text;
  const characters = Array.from(text).slice(0, max);
  while (storedLength(characters.join('')) > max) characters.pop();
  return characters.join('');
}

/**
 * The KPI as it stands now, for the record: its summary's last values, its status and what the
 * escalation rules propose, judged today as the card shows it.
 */
export function kpiSnapshot(kpi: Kpi, entry: KpiSummaryEntry | undefined, judgement: KpiJudgement, now: Date): KpiSnapshot {
  const points = entry?.points ?? [];
  const assessment = assessKpi({ kpi, points, today: judgement.today, graceDays: judgement.graceDays, rules: judgement.rulesFor(kpi.id) });
  const reason = assessment.escalation.reason;
  return {
    takenAt: now.toISOString(),
    name: fitStored(kpi.name, RECORD_LIMITS.kpiName),
    target: fitStored(kpi.target, RECORD_LIMITS.kpiTarget),
    unit: fitStored(kpi.unit, RECORD_LIMITS.kpiUnit),
    values: points.slice(-SUMMARY_WINDOW).map((point) => ({ periodKey: point.periodKey, value: point.value })),
    status: assessment.status,
    proposal: {
      level: assessment.escalation.level,
      streak: Math.min(reason?.streak ?? 0, RECORD_LIMITS.streak),
      fromPeriod: reason?.fromPeriod ?? null,
      toPeriod: reason?.toPeriod ?? null,
    },
  };
}
