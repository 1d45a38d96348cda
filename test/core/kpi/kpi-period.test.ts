import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  eventPeriodKey,
  hasStarted,
  localDate,
  nextPeriod,
  periodContaining,
  periodKindOf,
  periodOfKey,
  periodsPerYear,
  previousPeriod,
  previousPeriodKey,
  recentPeriods,
} from '../../../src/core/kpi/kpi-period';
import type { PeriodKind } from '../../../src/core/kpi/kpi-types';

type Periodic = Exclude<PeriodKind, 'event'>;
const PERIODIC: Periodic[] = ['day', 'week', 'month', 'quarter', 'half-year', 'year'];

/** Dates 1900–2199 as yyyy-mm-dd, built from a day count so every one is real. */
const anyDate = fc.integer({ min: -25567, max: 83584 }).map((days) => addDays('1970-01-01', days));

describe('periodKindOf', () => {
  it.each([
    ['daily', 'day'],
    ['weekly', 'week'],
    ['monthly', 'month'],
    ['quarterly', 'quarter'],
    ['half-yearly', 'half-year'],
    ['yearly', 'year'],
    ['per-event', 'event'],
  ] as const)('%s → %s', (frequencyCode, kind) => {
    expect(periodKindOf({ frequencyCode })).toBe(kind);
  });

  it('treats a KPI without a frequency as per event', () => {
    expect(periodKindOf({})).toBe('event');
  });
});

describe('localDate', () => {
  // 2025-03-09 10:30 UTC: Los Angeles has just moved to PDT (UTC−7) at 10:00 UTC.
  it.each([
    ['2025-03-09T09:59:00Z', 'America/Los_Angeles', '2025-03-09'],
    ['2025-03-09T07:59:00Z', 'America/Los_Angeles', '2025-03-08'],
    ['2025-11-02T07:30:00Z', 'America/Los_Angeles', '2025-11-02'],
    ['2025-11-03T07:30:00Z', 'America/Los_Angeles', '2025-11-02'],
    ['2025-11-03T08:30:00Z', 'America/Los_Angeles', '2025-11-03'],
    ['2025-03-31T18:29:00Z', 'Asia/Kolkata', '2025-03-31'],
    ['2025-03-31T18:30:00Z', 'Asia/Kolkata', '2025-04-01'],
    ['2025-12-31T09:59:00Z', 'Pacific/Kiritimati', '2025-12-31'],
    ['2025-12-31T10:00:00Z', 'Pacific/Kiritimati', '2026-01-01'],
    ['2025-03-30T00:59:00Z', 'Europe/Berlin', '2025-03-30'],
    ['2024-12-31T23:00:00Z', 'Europe/Moscow', '2025-01-01'],
    ['2024-12-31T23:00:00Z', 'UTC', '2024-12-31'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDate(new Date(instant), zone)).toBe(expected);
  });

  it('refuses an unknown zone', () => {
    expect(() => localDate(new Date('2025-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays and daysBetween', () => {
  it('count calendar days across month, leap-year and DST boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2000-02-28', 366)).toBe('2001-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-31', '2025-03-01')).toBe(-30);
  });

  it('refuses a date that does not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-13-01', '2025-01-01')).toThrow(RangeError);
  });

  it('are inverse (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => daysBetween(date, addDays(date, days)) === days),
    );
  });
});

describe('periodContaining', () => {
  it.each([
    ['day', '2025-03-15', { key: '2025-03-15', start: '2025-03-15', end: '2025-03-16' }],
    ['week', '2025-03-15', { key: '2025-W11', start: '2025-03-10', end: '2025-03-17' }],
    ['week', '2021-01-03', { key: '2020-W53', start: '2020-12-28', end: '2021-01-04' }],
    ['week', '2024-12-30', { key: '2025-W01', start: '2024-12-30', end: '2025-01-06' }],
    ['week', '2026-12-31', { key: '2026-W53', start: '2026-12-28', end: '2027-01-04' }],
    ['week', '2025-12-29', { key: '2026-W01', start: '2025-12-29', end: '2026-01-05' }],
    ['month', '2025-12-31', { key: '2025-12', start: '2025-12-01', end: '2026-01-01' }],
    ['month', '2024-02-29', { key: '2024-02', start: '2024-02-01', end: '2024-03-01' }],
    ['quarter', '2025-03-31', { key: '2025-Q1', start: '2025-01-01', end: '2025-04-01' }],
    ['quarter', '2025-10-01', { key: '2025-Q4', start: '2025-10-01', end: '2026-01-01' }],
    ['half-year', '2025-06-30', { key: '2025-H1', start: '2025-01-01', end: '2025-07-01' }],
    ['half-year', '2025-07-01', { key: '2025-H2', start: '2025-07-01', end: '2026-01-01' }],
    ['year', '2025-07-01', { key: '2025', start: '2025-01-01', end: '2026-01-01' }],
  ] as const)('%s of %s', (kind, date, expected) => {
    expect(periodContaining(kind, date)).toEqual({ kind, ...expected });
  });

  it('holds the date, and its key reads back to the same period (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIODIC), anyDate, (kind, date) => {
        const period = periodContaining(kind, date);
        return period.start <= date && date < period.end && JSON.stringify(periodOfKey(kind, period.key)) === JSON.stringify(period);
      }),
    );
  });

  it('has 7-day weeks starting on Monday (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const week = periodContaining('week', date);
        return daysBetween(week.start, week.end) === 7 && new Date(`${week.start}T00:00:00Z`).getUTCDay() === 1;
      }),
    );
  });
});

describe('periodOfKey', () => {
  it('reads every kind of key', () => {
    expect(periodOfKey('week', '2020-W53')).toEqual({ key: '2020-W53', kind: 'week', start: '2020-12-28', end: '2021-01-04' });
    expect(periodOfKey('month', '2025-02')).toEqual({ key: '2025-02', kind: 'month', start: '2025-02-01', end: '2025-03-01' });
    expect(periodOfKey('quarter', '2025-Q2')).toEqual({ key: '2025-Q2', kind: 'quarter', start: '2025-04-01', end: '2025-07-01' });
    expect(periodOfKey('half-year', '2025-H2')).toEqual({ key: '2025-H2', kind: 'half-year', start: '2025-07-01', end: '2026-01-01' });
    expect(periodOfKey('year', '2025')).toEqual({ key: '2025', kind: 'year', start: '2025-01-01', end: '2026-01-01' });
    expect(periodOfKey('day', '2024-02-29')).toEqual({ key: '2024-02-29', kind: 'day', start: '2024-02-29', end: '2024-03-01' });
  });

  it('reads an event key as its day', () => {
    expect(periodOfKey('event', 'E2025-03-15.abc')).toEqual({ key: 'E2025-03-15.abc', kind: 'event', start: '2025-03-15', end: '2025-03-16' });
  });

  it.each([
    ['quarter', '2025-03'],
    ['month', '2025-Q1'],
    ['month', '2025-13'],
    ['month', '2025-00'],
    ['week', '2025-W53'],
    ['week', '2025-W54'],
    ['week', '2025-W00'],
    ['week', '2025-W1'],
    ['day', '2025-02-29'],
    ['day', '2025-3-15'],
    ['year', '0000'],
    ['year', '2025-H1'],
    ['half-year', '2025-H3'],
    ['quarter', '2025-Q5'],
    ['event', 'E2025-02-30.abc'],
    ['event', 'E2025-03-15.ABC'],
    ['event', 'E2025-03-15.abcdefghijklm'],
    ['event', '2025-03-15'],
    ['day', 'E2025-03-15.abc'],
    ['month', ' 2025-03'],
  ] as const)('refuses a %s key "%s"', (kind, key) => {
    expect(periodOfKey(kind, key)).toBeNull();
  });

  it('knows 53-week years', () => {
    expect(periodOfKey('week', '2026-W53')?.start).toBe('2026-12-28');
    expect(periodOfKey('week', '2015-W53')?.start).toBe('2015-12-28');
  });
});

describe('previousPeriod and nextPeriod', () => {
  it('step over year boundaries', () => {
    expect(previousPeriod(periodContaining('week', '2021-01-04')).key).toBe('2020-W53');
    expect(nextPeriod(periodContaining('week', '2020-12-28')).key).toBe('2021-W01');
    expect(previousPeriod(periodContaining('month', '2025-01-15')).key).toBe('2024-12');
    expect(nextPeriod(periodContaining('quarter', '2025-11-15')).key).toBe('2026-Q1');
    expect(previousPeriod(periodContaining('half-year', '2025-03-01')).key).toBe('2024-H2');
    expect(previousPeriod(periodContaining('day', '2024-03-01')).key).toBe('2024-02-29');
    expect(nextPeriod(periodContaining('year', '2025-03-01')).key).toBe('2026');
  });

  it('are inverse and adjacent (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIODIC), anyDate, (kind, date) => {
        const period = periodContaining(kind, date);
        const before = previousPeriod(period);
        return (
          JSON.stringify(nextPeriod(before)) === JSON.stringify(period) &&
          JSON.stringify(previousPeriod(nextPeriod(period))) === JSON.stringify(period) &&
          before.end === period.start
        );
      }),
    );
  });

  it('previousPeriodKey agrees with previousPeriod (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PERIODIC), anyDate, (kind, date) => {
        const period = periodContaining(kind, date);
        return previousPeriodKey(kind, period.key) === previousPeriod(period).key;
      }),
    );
    expect(previousPeriodKey('week', '2021-W01')).toBe('2020-W53');
    expect(previousPeriodKey('month', '2025-01')).toBe('2024-12');
    expect(previousPeriodKey('day', '2024-03-01')).toBe('2024-02-29');
  });

  it('previousPeriodKey refuses what periodOfKey refuses, events, and the first year', () => {
    expect(previousPeriodKey('week', '2025-W53')).toBeNull();
    expect(previousPeriodKey('month', '2025-13')).toBeNull();
    expect(previousPeriodKey('quarter', '2025-03')).toBeNull();
    expect(previousPeriodKey('day', '2025-02-29')).toBeNull();
    expect(previousPeriodKey('event', 'E2025-03-15.abc')).toBeNull();
    expect(previousPeriodKey('year', '0001')).toBeNull();
    expect(previousPeriodKey('month', '0001-01')).toBeNull();
    expect(previousPeriodKey('month', '0001-02')).toBe('0001-01');
  });

  it('refuse an event', () => {
    const event = periodOfKey('event', 'E2025-03-15.abc')!;
    expect(() => previousPeriod(event)).toThrow(RangeError);
    expect(() => nextPeriod(event)).toThrow(RangeError);
  });
});

describe('eventPeriodKey', () => {
  it('joins the date and the suffix', () => {
    expect(eventPeriodKey('2025-03-15', 'a1b2')).toBe('E2025-03-15.a1b2');
  });

  it('refuses a suffix or date a key cannot hold', () => {
    expect(() => eventPeriodKey('2025-03-15', 'A-1')).toThrow(RangeError);
    expect(() => eventPeriodKey('2025-03-15', '')).toThrow(RangeError);
    expect(() => eventPeriodKey('2025-02-30', 'abc')).toThrow(RangeError);
  });
});

describe('hasStarted, recentPeriods, periodsPerYear', () => {
  it('a period has started on its first day, not the day before', () => {
    const march = periodContaining('month', '2025-03-10');
    expect(hasStarted(march, '2025-03-01')).toBe(true);
    expect(hasStarted(march, '2025-02-28')).toBe(false);
  });

  it('lists the current period first, then older ones', () => {
    expect(recentPeriods('quarter', '2025-02-10', 3).map((p) => p.key)).toEqual(['2025-Q1', '2024-Q4', '2024-Q3']);
    expect(recentPeriods('week', '2021-01-06', 2).map((p) => p.key)).toEqual(['2021-W01', '2020-W53']);
    expect(recentPeriods('month', '2025-02-10', 0)).toEqual([]);
  });

  it('counts nominal periods in a year', () => {
    expect(PERIODIC.map(periodsPerYear)).toEqual([365, 52, 12, 4, 2, 1]);
    expect(periodsPerYear('event')).toBeNull();
  });
});

describe('periodOfKey at the edge of four-digit years', () => {
  it.each([
    ['year', '9999'],
    ['month', '9999-12'],
    ['quarter', '9999-Q4'],
    ['day', '9999-12-31'],
  ] as const)('names no %s period in 9999 (its end would be in year 10000)', (kind, key) => {
    expect(periodOfKey(kind, key)).toBeNull();
  });
});
