import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { bySeverity } from './escalation-order';
import { periodKindOf } from './kpi-period';
import type { EscalationProposal, EscalationRule, PeriodKind } from './kpi-types';
import { MAX_PACKED, statusCode } from './point-status';
import { linkedToLatest, statusRun } from './period-runs';

/**
 * What the KPI's recent run of statuses proposes (ISO 9001 §10.2: a correction for a miss, a
 * corrective action when it persists; §10.3: an improvement when the target is met with room).
 * Only a proposal: acting on it is the owner's decision.
 */

export function kpiEscalation(kpi: Kpi, points: readonly KpiPointView[], rules: readonly EscalationRule[]): EscalationProposal {
  // Rules reach at most 12 periods back: the latest MAX_PACKED statuses are all they read.
  const count = Math.min(points.length, MAX_PACKED);
  let packed = 0;
  for (let i = points.length - count; i < points.length; i += 1) packed = (packed << 2) | statusCode(points[i]!.status);
  return escalationOf(periodKindOf(kpi), points, packed, count, rules);
}

const NO_PROPOSAL: EscalationProposal = Object.freeze({ level: 'none', reason: null });

/** kpiEscalation for a KPI of `kind` whose `count` latest points have the `packed` statuses (judgePacked's form). */
export function escalationOf(
  kind: PeriodKind,
  points: readonly { periodKey: string }[],
  packed: number,
  count: number,
  rules: readonly EscalationRule[],
): EscalationProposal {
  const last = points.length - 1;
  // Several rules ask about the same run ("off target" for 1 and for 3 periods): each run is
  // counted once, and the gaps between periods are looked for once, only when a run is longer than one.
  let offTarget = -1;
  let warningOrWorse = -1;
  let onTarget = -1;
  let linked = -1;
  const ordered = bySeverity(rules);
  // An index loop: an array iterator costs more than the loop's work before the JIT has compiled it.
  for (let i = 0; i < ordered.length; i += 1) {
    const rule = ordered[i]!;
    let run: number;
    switch (rule.when) {
      case 'off-target':
        run = offTarget < 0 ? (offTarget = statusRun(packed, count, rule.when)) : offTarget;
        break;
      case 'warning-or-worse':
        run = warningOrWorse < 0 ? (warningOrWorse = statusRun(packed, count, rule.when)) : warningOrWorse;
        break;
      case 'on-target':
        run = onTarget < 0 ? (onTarget = statusRun(packed, count, rule.when)) : onTarget;
        break;
    }
    if (run < rule.periods) continue;
    if (run > 1 && linked < 0) linked = linkedToLatest(kind, points, count);
    const streak = run > 1 ? Math.min(run, linked) : run;
    if (streak >= rule.periods) {
      return { level: rule.level, reason: { rule, streak, fromPeriod: points[last - streak + 1]!.periodKey, toPeriod: points[last]!.periodKey } };
    }
  }
  return NO_PROPOSAL;
}
