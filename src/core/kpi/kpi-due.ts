import { addDays, nextPeriod, periodContaining, previousPeriod } from './kpi-period';
import type { DueState, KpiPeriod, PeriodKind, SummaryPoint } from './kpi-types';

/**
 * Which value a periodic KPI waits for, and since when. A period's value is due the day after
 * it ends and overdue `graceDays` later; only the most recently ended period is chased (older
 * gaps are history, not a reminder). Event KPIs are never due: nobody knows when the next one is.
 */

type PeriodicKind = Exclude<PeriodKind, 'event'>;

/**
 * The periods around `today` and their overdue dates. They depend only on the kind, the day and
 * the grace, while a summary write or the daily run asks for them once per KPI: the last frame
 * of each kind is kept. Each part is worked out when first needed, as before there was a frame,
 * so a date arithmetic error (year 9999) surfaces exactly where it did.
 */
class Frame {
  readonly current: KpiPeriod;
  readonly ended: KpiPeriod;
  private nextOne: KpiPeriod | undefined;
  private readonly overdue = new Map<KpiPeriod, string>();

  constructor(
    kind: PeriodicKind,
    readonly today: string,
    readonly graceDays: number,
  ) {
    this.current = periodContaining(kind, today);
    this.ended = previousPeriod(this.current);
  }

  get next(): KpiPeriod {
    return (this.nextOne ??= nextPeriod(this.current));
  }

  overdueOn(period: KpiPeriod): string {
    let date = this.overdue.get(period);
    if (date === undefined) {
      date = addDays(period.end, this.graceDays);
      this.overdue.set(period, date);
    }
    return date;
  }
}

const frames = new Map<PeriodicKind, Frame>();

function frameOf(kind: PeriodicKind, today: string, graceDays: number): Frame {
  const seen = frames.get(kind);
  if (seen !== undefined && seen.today === today && seen.graceDays === graceDays) return seen;
  const frame = new Frame(kind, today, graceDays);
  frames.set(kind, frame);
  return frame;
}

/** Newest first: the period looked for is usually the latest point. */
function has(points: readonly SummaryPoint[], key: string): boolean {
  for (let i = points.length - 1; i >= 0; i -= 1) if (points[i]!.periodKey === key) return true;
  return false;
}

export function dueState(kind: PeriodKind, points: readonly SummaryPoint[], today: string, graceDays: number): DueState | null {
  if (kind === 'event') return null;
  const frame = frameOf(kind, today, graceDays);
  const ended = frame.ended;
  if (!has(points, ended.key)) {
    const overdueOn = frame.overdueOn(ended);
    return { periodKey: ended.key, dueOn: ended.end, overdueOn, state: today < overdueOn ? 'due' : 'overdue' };
  }
  // A value entered before its period ended leaves nothing to chase in that period: the next one is upcoming.
  const upcoming = has(points, frame.current.key) ? frame.next : frame.current;
  return { periodKey: upcoming.key, dueOn: upcoming.end, overdueOn: frame.overdueOn(upcoming), state: 'upcoming' };
}

/** dueState(…)?.state === 'overdue', without building the state: a status asks only this. */
export function isOverdue(kind: PeriodKind, points: readonly SummaryPoint[], today: string, graceDays: number): boolean {
  if (kind === 'event') return false;
  const frame = frameOf(kind, today, graceDays);
  return !has(points, frame.ended.key) && today >= frame.overdueOn(frame.ended);
}
