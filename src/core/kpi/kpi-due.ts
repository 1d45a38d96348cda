import { addDays, nextPeriod, periodContaining, previousPeriod } from './kpi-period';
import type { DueState, PeriodKind, SummaryPoint } from './kpi-types';

/**
 * Which value a periodic KPI waits for, and since when. A period's value is due the day after
 * it ends and overdue `graceDays` later; only the most recently ended period is chased (older
 * gaps are history, not a reminder). Event KPIs are never due: nobody knows when the next one is.
 */
export function dueState(kind: PeriodKind, points: readonly SummaryPoint[], today: string, graceDays: number): DueState | null {
  if (kind === 'event') return null;
  const has = (key: string): boolean => points.some((point) => point.periodKey === key);
  const current = periodContaining(kind, today);
  const ended = previousPeriod(current);
  if (!has(ended.key)) {
    const overdueOn = addDays(ended.end, graceDays);
    return { periodKey: ended.key, dueOn: ended.end, overdueOn, state: today < overdueOn ? 'due' : 'overdue' };
  }
  // A value entered before its period ended leaves nothing to chase in that period: the next one is upcoming.
  const upcoming = has(current.key) ? nextPeriod(current) : current;
  return { periodKey: upcoming.key, dueOn: upcoming.end, overdueOn: addDays(upcoming.end, graceDays), state: 'upcoming' };
}
