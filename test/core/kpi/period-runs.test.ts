import fc from 'fast-check';
import { previousPeriodKey } from '../../../src/core/kpi/kpi-period';
import type { PeriodKind } from '../../../src/core/kpi/kpi-types';
import { isPeriodBefore } from '../../../src/core/kpi/period-runs';

const KINDS: PeriodKind[] = ['day', 'week', 'month', 'quarter', 'half-year', 'year', 'event'];
const pad = (value: number): string => String(value).padStart(2, '0');

/** Keys of every kind around the edges (year 1, a 53-week leap year and the year after), real or not, and malformed ones. */
function keys(): string[] {
  const all: string[] = [];
  for (const year of ['0000', '0001', '2020', '2021']) {
    all.push(year);
    for (let month = 0; month <= 13; month += 1) {
      all.push(`${year}-${pad(month)}`);
      for (const day of ['00', '01', '28', '29', '31', '32']) all.push(`${year}-${pad(month)}-${day}`);
    }
    for (let week = 0; week <= 54; week += 1) all.push(`${year}-W${pad(week)}`);
    for (let part = 0; part <= 5; part += 1) all.push(`${year}-Q${part}`, `${year}-H${part}`);
  }
  all.push('9999', '9998', '9999-01', '9998-12', '9999-W01', '9998-W52', '9999-Q1', '9998-Q4', '9999-01-01', '9998-12-31', '20a5-01');
  all.push('', '2025-1', ' 2025-01', '2025-01 ', '2025-01\n', '2025/01', '2025-W1', '2025-q1', '２０２５-01', 'E2025-01-01.abc', '+2025', '-001', '2025-01-01T00');
  return all;
}

describe('isPeriodBefore', () => {
  const all = keys();

  // Keys of different lengths are never adjacent periods; the property below draws those pairs.
  const byLength = new Map<number, string[]>();
  for (const key of all) byLength.set(key.length, [...(byLength.get(key.length) ?? []), key]);

  it.each(KINDS)('is previousPeriodKey(kind, key) === before for every pair of edge keys of one length (%s)', (kind) => {
    for (const key of all) {
      const previous = previousPeriodKey(kind, key);
      for (const before of byLength.get(key.length)!) {
        if (isPeriodBefore(kind, before, key) !== (previous === before)) throw new Error(`${kind}: ${before} → ${key}`);
      }
      if (previous !== null) expect(isPeriodBefore(kind, previous, key)).toBe(true);
    }
  });

  it('agrees with previousPeriodKey on any keys of the periods’ shapes (property)', () => {
    const digits = (count: number) => fc.integer({ min: 0, max: 10 ** count - 1 }).map((n) => String(n).padStart(count, '0'));
    const key = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc.tuple(digits(4), digits(2)).map(([y, w]) => `${y}-W${w}`),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(digits(4), digits(1)).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(digits(4), digits(1)).map(([y, h]) => `${y}-H${h}`),
      digits(4),
    );
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), key, key, (kind, before, after) => {
        const previous = previousPeriodKey(kind, after);
        return isPeriodBefore(kind, before, after) === (previous === before) && (previous === null || isPeriodBefore(kind, previous, after));
      }),
      { numRuns: 5000 },
    );
  });
});
