import { daysFromCivil, daysInMonth, firstIsoMonday } from './calendar-date';
import type { EscalationRule, PeriodKind } from './kpi-types';
import { CODE_OFF_TARGET, CODE_ON_TARGET, CODE_WARNING } from './point-status';

/**
 * Runs of consecutive periods, which escalation counts («off target three periods in a row») on
 * every summary write. Period keys are read as integers, so "is this the period right before
 * that one" is a subtraction where previousPeriodKey needs a regex and a new string. A key
 * previousPeriodKey would refuse (or could not produce) has no ordinal, so
 * isPeriodBefore(kind, a, b) is exactly previousPeriodKey(kind, b) === a — the property the
 * tests check. The walk and what it calls per point are in this one module (under tsx, a call
 * into another module goes through export getters).
 */

/** The number `count` ASCII digits at `from` spell, or -1 (\d in the key patterns is ASCII too). */
function digits(key: string, from: number, count: number): number {
  let number = 0;
  for (let i = from; i < from + count; i += 1) {
    const digit = key.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    number = number * 10 + digit;
  }
  return number;
}

/** A key's place among its kind's periods (days since 1970 for a day, a week's Monday likewise), or NaN. */
function readOrdinal(kind: PeriodKind, key: string): number {
  const year = key.length >= 4 ? digits(key, 0, 4) : -1;
  if (year < 1) return NaN;
  const dash = key.charCodeAt(4) === 45;
  switch (kind) {
    case 'day': {
      if (key.length !== 10 || !dash || key.charCodeAt(7) !== 45) return NaN;
      const month = digits(key, 5, 2);
      const day = digits(key, 8, 2);
      return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : NaN;
    }
    case 'week': {
      const week = key.length === 8 && dash && key.charCodeAt(5) === 87 /* W */ ? digits(key, 6, 2) : -1;
      if (week < 1) return NaN;
      // isoWeeksIn(year), with the first Monday kept for the ordinal.
      const monday = firstIsoMonday(year);
      return week <= (firstIsoMonday(year + 1) - monday) / 7 ? monday + (week - 1) * 7 : NaN;
    }
    case 'month': {
      const month = key.length === 7 && dash ? digits(key, 5, 2) : -1;
      return month >= 1 && month <= 12 ? year * 12 + month - 1 : NaN;
    }
    case 'quarter': {
      const quarter = key.length === 7 && dash && key.charCodeAt(5) === 81 /* Q */ ? digits(key, 6, 1) : -1;
      return quarter >= 1 && quarter <= 4 ? year * 4 + quarter - 1 : NaN;
    }
    case 'half-year': {
      const half = key.length === 7 && dash && key.charCodeAt(5) === 72 /* H */ ? digits(key, 6, 1) : -1;
      return half >= 1 && half <= 2 ? year * 2 + half - 1 : NaN;
    }
    case 'year':
      return key.length === 4 ? year : NaN;
    case 'event':
      return NaN;
  }
}

/**
 * A card's KPIs share their periods (the same twelve months for all its monthly KPIs), so the
 * ordinals of days and weeks, which take calendar arithmetic, are kept per kind, up to a bound so
 * a long-lived process does not keep every key. A month, quarter, half-year or year key is read
 * in fewer steps than a lookup takes.
 */
const ordinals: Partial<Record<PeriodKind, Map<string, number>>> = {};
const ORDINALS_KEPT = 4096;

function ordinal(kind: PeriodKind, key: string): number {
  const kept = (ordinals[kind] ??= new Map());
  let value = kept.get(key);
  if (value === undefined) {
    value = readOrdinal(kind, key);
    if (kept.size >= ORDINALS_KEPT) kept.clear();
    kept.set(key, value);
  }
  return value;
}

/** Is `before` the key of the period right before the one `key` names? False for events and malformed keys. */
export function isPeriodBefore(kind: PeriodKind, before: string, key: string): boolean {
  // Week ordinals count days (Mondays), the others count periods.
  return ordinal(kind, before) === ordinal(kind, key) - (kind === 'week' ? 7 : 1);
}

/** Which status codes each kind of run counts, as bits (read once here: the loop below reads no other module). */
const OFF_TARGET_CODES = 1 << CODE_OFF_TARGET;
const WARNING_OR_WORSE_CODES = (1 << CODE_WARNING) | (1 << CODE_OFF_TARGET);
const ON_TARGET_CODES = 1 << CODE_ON_TARGET;

/** How many of the `count` latest statuses, `packed` (judgePacked's form), match `when`, up to the latest: bits only. */
export function statusRun(packed: number, count: number, when: EscalationRule['when']): number {
  const counted = when === 'off-target' ? OFF_TARGET_CODES : when === 'on-target' ? ON_TARGET_CODES : WARNING_OR_WORSE_CODES;
  let codes = packed;
  let run = 0;
  while (run < count && ((counted >>> (codes & 3)) & 1) === 1) {
    run += 1;
    codes >>>= 2;
  }
  return run;
}

/**
 * How many of the `count` latest points (oldest first, one per period, as the summary and the
 * history keep them) follow one another with no period missing, up to the latest. A missing
 * period is a gap in the record, and "three periods in a row" cannot be claimed across it;
 * events have no gaps.
 */
export function linkedToLatest(kind: PeriodKind, points: readonly { periodKey: string }[], count: number): number {
  if (kind === 'event' || count <= 1) return count;
  const last = points.length - 1;
  const step = kind === 'week' ? 7 : 1;
  let key = ordinal(kind, points[last]!.periodKey);
  // One point per period: when the first is as many periods back as there are points, none is missing.
  if (ordinal(kind, points[last - count + 1]!.periodKey) === key - (count - 1) * step) return count;
  let linked = 1;
  while (linked < count) {
    const before = ordinal(kind, points[last - linked]!.periodKey);
    if (before !== key - step) break;
    key = before;
    linked += 1;
  }
  return linked;
}
