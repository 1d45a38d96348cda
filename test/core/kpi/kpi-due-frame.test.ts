import { dueState, isOverdue } from '../../../src/core/kpi/kpi-due';
import { addDays, nextPeriod, periodContaining, previousPeriod } from '../../../src/core/kpi/kpi-period';
import type { DueState, PeriodKind, SummaryPoint } from '../../../src/core/kpi/kpi-types';
import { pointsFrom } from './kpi-builders';

/** dueState as it reads, with nothing kept between calls. */
function plainDueState(kind: PeriodKind, points: readonly SummaryPoint[], today: string, graceDays: number): DueState | null {
  if (kind === 'event') return null;
  const has = (key: string): boolean => points.some((point) => point.periodKey === key);
  const current = periodContaining(kind, today);
  const ended = previousPeriod(current);
  if (!has(ended.key)) {
    const overdueOn = addDays(ended.end, graceDays);
    return { periodKey: ended.key, dueOn: ended.end, overdueOn, state: today < overdueOn ? 'due' : 'overdue' };
  }
  const upcoming = has(current.key) ? nextPeriod(current) : current;
  return { periodKey: upcoming.key, dueOn: upcoming.end, overdueOn: addDays(upcoming.end, graceDays), state: 'upcoming' };
}

describe('dueState with the periods around today kept', () => {
  it('answers as the plain computation whatever order kinds, days and graces are asked in', () => {
    const kinds: PeriodKind[] = ['month', 'week', 'month', 'quarter', 'day', 'year', 'half-year', 'event', 'month'];
    const days = ['2025-04-03', '2025-04-06', '2025-04-03', '2024-12-31', '2025-01-01', '2024-02-29'];
    const points = [
      [],
      pointsFrom('month', '2025-01', [1, 2, 3]),
      pointsFrom('month', '2025-02', [1, 2, 3]),
      pointsFrom('week', '2024-W50', [1, 2, 3, 4, 5]),
      pointsFrom('quarter', '2024-Q3', [1, 2, 3]),
      pointsFrom('day', '2024-12-29', [1, 2, 3, 4]),
    ];
    for (const today of days) {
      for (const kind of kinds) {
        for (const graceDays of [5, 0, 5, 40]) {
          for (const those of points) {
            const expected = plainDueState(kind, those, today, graceDays);
            expect(dueState(kind, those, today, graceDays)).toEqual(expected);
            expect(isOverdue(kind, those, today, graceDays)).toBe(expected?.state === 'overdue');
          }
        }
      }
    }
  });

  it('still refuses a malformed day, every time', () => {
    expect(() => dueState('month', [], '2025-02-30', 5)).toThrow(RangeError);
    expect(() => dueState('month', [], '2025-02-30', 5)).toThrow(RangeError);
  });
});
