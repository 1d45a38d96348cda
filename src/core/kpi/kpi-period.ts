import type { Kpi } from '../card/process-card';
import {
  civilDate,
  dateOfDays,
  daysOfDate,
  firstIsoMonday,
  formatCivilDate,
  formatYear,
  isoWeekday,
  isoWeeksIn,
  pad2,
  readCivilDate,
} from './calendar-date';
import type { KpiPeriod, PeriodKind } from './kpi-types';

/**
 * Periods of a KPI in the card's time zone. Everything here works on calendar dates
 * (yyyy-mm-dd); the only place an instant meets a zone is localDate, so "today" is decided once
 * and every period boundary after that is plain date arithmetic.
 */

type PeriodicKind = Exclude<PeriodKind, 'event'>;

const KIND_OF_FREQUENCY: Record<NonNullable<Kpi['frequencyCode']>, PeriodKind> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half-year',
  yearly: 'year',
  'per-event': 'event',
};

/** A KPI without a frequency is measured per event: each value dates itself. */
export function periodKindOf(kpi: Pick<Kpi, 'frequencyCode'>): PeriodKind {
  return kpi.frequencyCode === undefined ? 'event' : KIND_OF_FREQUENCY[kpi.frequencyCode];
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of an instant in an IANA zone (the Gregorian calendar, Latin digits, whatever the host's locale). */
export function localDate(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // Creating a formatter costs far more than using one; the daily run asks for the same few zones.
    format = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return formatCivilDate(part('year'), part('month'), part('day'));
}

export function addDays(date: string, days: number): string {
  return dateOfDays(daysOfDate(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return daysOfDate(to) - daysOfDate(from);
}

function weekPeriod(weekYear: number, week: number): KpiPeriod {
  const monday = firstIsoMonday(weekYear) + (week - 1) * 7;
  return { key: `${formatYear(weekYear)}-W${pad2(week)}`, kind: 'week', start: dateOfDays(monday), end: dateOfDays(monday + 7) };
}

/** A period of whole months: `length` months from `firstMonth` (1-based). */
function monthSpan(kind: 'month' | 'quarter' | 'half-year' | 'year', key: string, year: number, firstMonth: number, length: number): KpiPeriod {
  const after = firstMonth + length;
  const end = after > 12 ? formatCivilDate(year + 1, after - 12, 1) : formatCivilDate(year, after, 1);
  return { key, kind, start: formatCivilDate(year, firstMonth, 1), end };
}

function monthPeriod(year: number, month: number): KpiPeriod {
  return monthSpan('month', `${formatYear(year)}-${pad2(month)}`, year, month, 1);
}
function quarterPeriod(year: number, quarter: number): KpiPeriod {
  return monthSpan('quarter', `${formatYear(year)}-Q${quarter}`, year, quarter * 3 - 2, 3);
}
function halfPeriod(year: number, half: number): KpiPeriod {
  return monthSpan('half-year', `${formatYear(year)}-H${half}`, year, half * 6 - 5, 6);
}
function yearPeriod(year: number): KpiPeriod {
  return monthSpan('year', formatYear(year), year, 1, 12);
}

export function periodContaining(kind: PeriodicKind, date: string): KpiPeriod {
  const { year, month } = civilDate(date);
  switch (kind) {
    case 'day':
      return { key: date, kind, start: date, end: addDays(date, 1) };
    case 'week': {
      const days = daysOfDate(date);
      const monday = days - (isoWeekday(days) - 1);
      // The week belongs to the year its Thursday falls in (ISO 8601).
      const weekYear = civilDate(dateOfDays(monday + 3)).year;
      return weekPeriod(weekYear, (monday - firstIsoMonday(weekYear)) / 7 + 1);
    }
    case 'month':
      return monthPeriod(year, month);
    case 'quarter':
      return quarterPeriod(year, Math.ceil(month / 3));
    case 'half-year':
      return halfPeriod(year, month <= 6 ? 1 : 2);
    case 'year':
      return yearPeriod(year);
  }
}

const KEY_FORMS: Record<PeriodKind, RegExp> = {
  day: /^(\d{4}-\d{2}-\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  'half-year': /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
  event: /^E(\d{4}-\d{2}-\d{2})\.[a-z0-9]{1,12}$/,
};

/** The period a key names, or null when it is malformed or of another kind (a month key for a quarterly KPI). */
export function periodOfKey(kind: PeriodKind, key: string): KpiPeriod | null {
  const match = KEY_FORMS[kind].exec(key);
  if (!match) return null;
  const first = match[1]!;
  const number = Number(match[2]);
  // A period of year 9999 would end in year 10000, which a yyyy-mm-dd date cannot write.
  if (Number(first.slice(0, 4)) >= 9999) return null;
  if (kind === 'day' || kind === 'event') {
    if (!readCivilDate(first)) return null;
    return { key, kind, start: first, end: addDays(first, 1) };
  }
  const year = Number(first);
  if (year < 1) return null;
  switch (kind) {
    case 'week':
      return number >= 1 && number <= isoWeeksIn(year) ? weekPeriod(year, number) : null;
    case 'month':
      return number >= 1 && number <= 12 ? monthPeriod(year, number) : null;
    case 'quarter':
      return quarterPeriod(year, number);
    case 'half-year':
      return halfPeriod(year, number);
    case 'year':
      return yearPeriod(year);
  }
}

function periodicKind(period: KpiPeriod): PeriodicKind {
  if (period.kind === 'event') throw new RangeError('an event has no previous or next period');
  return period.kind;
}

export function previousPeriod(period: KpiPeriod): KpiPeriod {
  return periodContaining(periodicKind(period), addDays(period.start, -1));
}

export function nextPeriod(period: KpiPeriod): KpiPeriod {
  return periodContaining(periodicKind(period), period.end);
}

/**
 * The key of the period before the one `key` names, by key arithmetic alone: what
 * previousPeriod(periodOfKey(kind, key)).key gives, without building dates (escalation walks
 * ten years of monthly keys on every summary write). Null for a malformed key, an event, or year 1.
 */
export function previousPeriodKey(kind: PeriodKind, key: string): string | null {
  const match = KEY_FORMS[kind].exec(key);
  if (!match || kind === 'event') return null;
  if (kind === 'day') return readCivilDate(key) && key !== '0001-01-01' ? addDays(key, -1) : null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 1 || (year === 1 && (kind === 'year' || number === 1))) return null;
  switch (kind) {
    case 'week':
      if (number < 1 || number > isoWeeksIn(year)) return null;
      return number > 1 ? `${match[1]}-W${pad2(number - 1)}` : `${formatYear(year - 1)}-W${pad2(isoWeeksIn(year - 1))}`;
    case 'month':
      if (number < 1 || number > 12) return null;
      return number > 1 ? `${match[1]}-${pad2(number - 1)}` : `${formatYear(year - 1)}-12`;
    case 'quarter':
      return number > 1 ? `${match[1]}-Q${number - 1}` : `${formatYear(year - 1)}-Q4`;
    case 'half-year':
      return number > 1 ? `${match[1]}-H1` : `${formatYear(year - 1)}-H2`;
    case 'year':
      return formatYear(year - 1);
  }
}

const EVENT_SUFFIX = /^[a-z0-9]{1,12}$/;

/** An event's key: its date and a suffix the writer chooses (a request id's letters, a feed's event id). */
export function eventPeriodKey(date: string, suffix: string): string {
  civilDate(date);
  if (!EVENT_SUFFIX.test(suffix)) throw new RangeError(`an event key suffix is 1–12 of [a-z0-9]: "${suffix}"`);
  return `E${date}.${suffix}`;
}

export function hasStarted(period: KpiPeriod, today: string): boolean {
  return period.start <= today;
}

/** The current period and the `count - 1` before it, newest first (what a form offers to fill in). */
export function recentPeriods(kind: PeriodicKind, today: string, count: number): KpiPeriod[] {
  const periods: KpiPeriod[] = [];
  for (let period = periodContaining(kind, today); periods.length < count; period = previousPeriod(period)) {
    periods.push(period);
  }
  return periods;
}

const PER_YEAR: Record<PeriodKind, number | null> = { day: 365, week: 52, month: 12, quarter: 4, 'half-year': 2, year: 1, event: null };

/** Nominal periods in a year (leap days and 53-week years aside): tells whether a per-year target is finer-grained. */
export function periodsPerYear(kind: PeriodKind): number | null {
  return PER_YEAR[kind];
}
