import type { Kpi } from '../card/process-card';
import type { KpiPointView } from '../results/kpi-results';
import { periodKindOf, previousPeriodKey } from './kpi-period';
import type { EscalationLevel, EscalationProposal, EscalationRule, KpiStatus, PeriodKind } from './kpi-types';

/**
 * What the KPI's recent run of statuses proposes (ISO 9001 §10.2: a correction for a miss, a
 * corrective action when it persists; §10.3: an improvement when the target is met with room).
 * Only a proposal: acting on it is the owner's decision.
 */

const SEVERITY: Record<Exclude<EscalationLevel, 'none'>, number> = { 'corrective-action': 0, correction: 1, improvement: 2 };

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
  return kind === 'event' || previousPeriodKey(kind, points[index]!.periodKey) === points[index - 1]!.periodKey;
}

export function kpiEscalation(kpi: Kpi, points: readonly KpiPointView[], rules: readonly EscalationRule[]): EscalationProposal {
  const kind = periodKindOf(kpi);
  const last = points.length - 1;
  // Whether each point follows the one before, worked out only as far back as a streak reaches.
  const linked: Array<boolean | undefined> = [];
  const isLinked = (index: number): boolean => (linked[index] ??= followsPrevious(kind, points, index));
  const streakOf = (when: EscalationRule['when']): number => {
    let start = last;
    if (start < 0 || !matches(when, points[start]!.status)) return 0;
    while (start > 0 && matches(when, points[start - 1]!.status) && isLinked(start)) start -= 1;
    return last - start + 1;
  };
  const ordered = rules
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => SEVERITY[a.rule.level] - SEVERITY[b.rule.level] || a.order - b.order);
  for (const { rule } of ordered) {
    const streak = streakOf(rule.when);
    if (streak >= rule.periods) {
      return { level: rule.level, reason: { rule, streak, fromPeriod: points[last - streak + 1]!.periodKey, toPeriod: points[last]!.periodKey } };
    }
  }
  return { level: 'none', reason: null };
}
