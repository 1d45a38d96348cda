import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { bySeverity } from './escalation-order';
import { periodKindOf } from './kpi-period';
import type { EscalationProposal, EscalationRule, KpiStatus, PeriodKind } from './kpi-types';
import { isPeriodBefore } from './period-ordinal';

/**
 * What the KPI's recent run of statuses proposes (ISO 9001 §10.2: a correction for a miss, a
 * corrective action when it persists; §10.3: an improvement when the target is met with room).
 * Only a proposal: acting on it is the owner's decision.
 */

function matches(when: EscalationRule['when'], status: KpiStatus): boolean {
  switch (when) {
    case 'off-target':
      return status === 'off-target';
    case 'warning-or-worse':
      return status === 'warning' || status === 'off-target';
    case 'on-target':
      return status === 'on-target';
  }
}

/**
 * Is point `index` the period right after point `index - 1`? A missing period is a gap in the
 * record, and "three periods in a row" cannot be claimed across it. Events have no gaps.
 */
function followsPrevious(kind: PeriodKind, points: readonly KpiPointView[], index: number): boolean {
  return kind === 'event' || isPeriodBefore(kind, points[index - 1]!.periodKey, points[index]!.periodKey);
}

/** How many periods in a row, up to the latest, match `when` (0 when the latest does not). */
function streakOf(kind: PeriodKind, points: readonly KpiPointView[], when: EscalationRule['when']): number {
  const last = points.length - 1;
  let start = last;
  if (start < 0 || !matches(when, points[start]!.status)) return 0;
  while (start > 0 && matches(when, points[start - 1]!.status) && followsPrevious(kind, points, start)) start -= 1;
  return last - start + 1;
}

export function kpiEscalation(kpi: Kpi, points: readonly KpiPointView[], rules: readonly EscalationRule[]): EscalationProposal {
  const kind = periodKindOf(kpi);
  const last = points.length - 1;
  // Several rules ask about the same run ("off target" for 1 and for 3 periods): each run is counted once.
  let offTarget = -1;
  let warningOrWorse = -1;
  let onTarget = -1;
  for (const rule of bySeverity(rules)) {
    let streak: number;
    switch (rule.when) {
      case 'off-target':
        streak = offTarget < 0 ? (offTarget = streakOf(kind, points, rule.when)) : offTarget;
        break;
      case 'warning-or-worse':
        streak = warningOrWorse < 0 ? (warningOrWorse = streakOf(kind, points, rule.when)) : warningOrWorse;
        break;
      case 'on-target':
        streak = onTarget < 0 ? (onTarget = streakOf(kind, points, rule.when)) : onTarget;
        break;
    }
    if (streak >= rule.periods) {
      return { level: rule.level, reason: { rule, streak, fromPeriod: points[last - streak + 1]!.periodKey, toPeriod: points[last]!.periodKey } };
    }
  }
  return { level: 'none', reason: null };
}
