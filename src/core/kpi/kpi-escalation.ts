import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { bySeverity } from './escalation-order';
import { periodKindOf } from './kpi-period';
import type { EscalationProposal, EscalationRule } from './kpi-types';
import { runToLatest } from './period-runs';

/**
 * What the KPI's recent run of statuses proposes (ISO 9001 §10.2: a correction for a miss, a
 * corrective action when it persists; §10.3: an improvement when the target is met with room).
 * Only a proposal: acting on it is the owner's decision.
 */

export function kpiEscalation(kpi: Kpi, points: readonly KpiPointView[], rules: readonly EscalationRule[]): EscalationProposal {
  const kind = periodKindOf(kpi);
  const last = points.length - 1;
  // Several rules ask about the same run ("off target" for 1 and for 3 periods): each run is counted once.
  let offTarget = -1;
  let warningOrWorse = -1;
  let onTarget = -1;
  const ordered = bySeverity(rules);
  // An index loop: an array iterator costs more than the loop's work before the JIT has compiled it.
  for (let i = 0; i < ordered.length; i += 1) {
    const rule = ordered[i]!;
    let streak: number;
    switch (rule.when) {
      case 'off-target':
        streak = offTarget < 0 ? (offTarget = runToLatest(kind, points, rule.when)) : offTarget;
        break;
      case 'warning-or-worse':
        streak = warningOrWorse < 0 ? (warningOrWorse = runToLatest(kind, points, rule.when)) : warningOrWorse;
        break;
      case 'on-target':
        streak = onTarget < 0 ? (onTarget = runToLatest(kind, points, rule.when)) : onTarget;
        break;
    }
    if (streak >= rule.periods) {
      return { level: rule.level, reason: { rule, streak, fromPeriod: points[last - streak + 1]!.periodKey, toPeriod: points[last]!.periodKey } };
    }
  }
  return { level: 'none', reason: null };
}
