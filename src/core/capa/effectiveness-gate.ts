import type { Kpi } from '../card/process-card';
import { localDate, periodContaining, previousPeriod } from '../kpi/kpi-period';
import { oldestMeasurementFirst } from '../kpi/measurement-order';
import { judgeStatuses, statusProfile } from '../kpi/point-status';
import type { KpiMeasurement, KpiStatus, PeriodKind, SummaryPoint } from '../kpi/kpi-types';

/**
 * The effectiveness gate (ISO 9001 §10.2.1 d): may a corrective action be closed as effective?
 * The process's own data decides, not a person's judgement: the linked KPI must have been on
 * target for N consecutive periods after the action was implemented. Decided at transition
 * time only: a value corrected after closing changes nothing already closed, but a gate asked
 * again sees the corrected value.
 *
 * - The period in which the action was implemented (cut in the card's zone) is not "after": it
 *   mixes days before and after the change. Counting starts with the period after it.
 * - Only periods that have ended count: a value for a period still running is provisional.
 * - The run is counted back from the newest current value after implementation: each period
 *   before it must have a current value on target, with none missing (a gap, or a withdrawn
 *   value, breaks the run: "in a row" cannot be claimed across it). A warning is not on target.
 * - Events (a per-event KPI has no periods): the newest N events dated after the implementation
 *   day must all be on target; events have no gaps.
 * - A KPI whose target cannot be read refuses: effectiveness cannot be proven without a target.
 * - Before the record's verification date nothing passes, however good the values.
 * - Exactly N passes.
 */

export type GateRefusal = 'no-target' | 'no-implementation' | 'before-verification' | 'not-enough' | 'gap' | 'off-target';

export type GateDecision =
  | { pass: true; onTarget: number; needed: number; since: string; events: boolean }
  | {
      pass: false;
      reason: GateRefusal;
      onTarget: number;
      needed: number;
      /** The implementation's period key (a day for events); null when the implementation is unknown. */
      since: string | null;
      events: boolean;
      /** The period that broke the run: missing ('gap') or not on target ('off-target'). */
      at: string | null;
      verificationDate: string | null;
    };

export interface GateInput {
  kpi: Kpi;
  /** The KPI's records, current and withdrawn, in any order; enough of them to reach back past implementation. */
  measurements: readonly KpiMeasurement[];
  /** When the issue left Implementation (an ISO instant); null when its history shows no such move. */
  implementedAt: string | null;
  /** The card's zone: where the implementation instant falls in the KPI's periods. */
  timeZone: string;
  needed: number;
  /** yyyy-mm-dd; null: none set. */
  verificationDate: string | null;
  /** yyyy-mm-dd in the card's zone. */
  today: string;
}

export function decideEffectiveness(input: GateInput): GateDecision {
  const profile = statusProfile(input.kpi);
  const events = profile.kind === 'event';
  const base = { onTarget: 0, needed: input.needed, since: null, events, at: null, verificationDate: input.verificationDate };
  if (profile.rule === null) return { pass: false, reason: 'no-target', ...base };
  if (input.implementedAt === null) return { pass: false, reason: 'no-implementation', ...base };
  const implementedOn = localDate(new Date(input.implementedAt), input.timeZone);
  const current = input.measurements.filter((record) => record.status === 'current').sort(oldestMeasurementFirst);
  const points: SummaryPoint[] = current.map((record) => ({ periodKey: record.periodKey, periodStart: record.periodStart, periodEnd: record.periodEnd, value: record.current.value }));
  // Judged over every value given: a rolling-year target needs the year before each point, implementation or not.
  const statuses = judgeStatuses(points, 0, profile);
  const run = profile.kind === 'event' ? eventRun(points, statuses, implementedOn) : periodRun(profile.kind, points, statuses, implementedOn, input.today);
  const onTarget = Math.min(run.onTarget, input.needed);
  const decided = { ...base, since: run.since, onTarget };
  if (input.verificationDate !== null && input.today < input.verificationDate) return { pass: false, reason: 'before-verification', ...decided };
  if (run.onTarget >= input.needed) return { pass: true, onTarget, needed: input.needed, since: run.since, events };
  return { pass: false, reason: run.broken?.reason ?? 'not-enough', ...decided, at: run.broken?.at ?? null };
}

interface Run {
  since: string;
  onTarget: number;
  broken: { reason: 'gap' | 'off-target'; at: string } | null;
}

function periodRun(kind: PeriodKind, points: readonly SummaryPoint[], statuses: readonly KpiStatus[], implementedOn: string, today: string): Run {
  if (kind === 'event') throw new RangeError('events have no periods');
  const implementation = periodContaining(kind, implementedOn);
  const byKey = new Map(points.map((point, index) => [point.periodKey, statuses[index]!] as const));
  const counted = points.filter((point) => point.periodStart >= implementation.end && point.periodEnd <= today);
  const newest = counted[counted.length - 1];
  const run: Run = { since: implementation.key, onTarget: 0, broken: null };
  if (newest === undefined) return run;
  for (let period = periodContaining(kind, newest.periodStart); period.start >= implementation.end; period = previousPeriod(period)) {
    const status = byKey.get(period.key);
    if (status === undefined) return { ...run, broken: { reason: 'gap', at: period.key } };
    if (status !== 'on-target') return { ...run, broken: { reason: 'off-target', at: period.key } };
    run.onTarget += 1;
  }
  return run;
}

function eventRun(points: readonly SummaryPoint[], statuses: readonly KpiStatus[], implementedOn: string): Run {
  const run: Run = { since: implementedOn, onTarget: 0, broken: null };
  for (let index = points.length - 1; index >= 0 && points[index]!.periodStart > implementedOn; index -= 1) {
    if (statuses[index] !== 'on-target') return { ...run, broken: { reason: 'off-target', at: points[index]!.periodKey } };
    run.onTarget += 1;
  }
  return run;
}
