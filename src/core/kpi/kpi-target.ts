import type { Kpi, ParsedBound } from '../card/process-card';
import { hasPerYear, readTargetText, saysEqual, withoutPerYear } from './target-text';
import { memoizedByFields } from './target-memo';

/**
 * What a KPI's target and warning threshold mean for a value. The stored reading (targetParsed,
 * written by the importer or the editor) is trusted when present; otherwise the text is read
 * strictly. Whatever cannot be read yields no rule: a KPI shows «no target», never a guessed one.
 */

export interface TargetRule {
  bound: ParsedBound;
  /** Where a value that misses the target is only a warning; null: anything off target is off target. */
  warning: ParsedBound | null;
  /**
   * An early warning inside the target: a value that meets the target but lies past this is a
   * warning («≤ 1 %» with «> 0,8 %»: 0,9 % is on target yet close to the limit).
   */
  early: ParsedBound | null;
  direction: 'higher' | 'lower' | null;
  /** The target is stated per year («≥ 10 %/year»): a finer KPI is compared over the rolling year. */
  perYear: boolean;
}

type TargetFields = Pick<Kpi, 'target' | 'targetParsed' | 'warningThreshold' | 'warningParsed' | 'direction' | 'unit' | 'frequencyCode'>;

/** Tolerance for float noise (a compounded 9.999999999999998 meets «≥ 10»). */
export const EPSILON = 1e-9;

export function meetsBound(bound: ParsedBound, value: number): boolean {
  switch (bound.comparator) {
    case '>=':
      return value >= bound.value - EPSILON;
    case '<=':
      return value <= bound.value + EPSILON;
    case '>':
      return value > bound.value + EPSILON;
    case '<':
      return value < bound.value - EPSILON;
    case '=':
      return Math.abs(value - bound.value) <= EPSILON;
    case 'range':
      return value >= bound.value - EPSILON && value <= (bound.max ?? bound.value) + EPSILON;
  }
}

function sideOf(bound: ParsedBound): 'higher' | 'lower' | null {
  if (bound.comparator === '>=' || bound.comparator === '>') return 'higher';
  if (bound.comparator === '<=' || bound.comparator === '<') return 'lower';
  return null;
}

/** The unit without its "per year" part: «%/год» → «%». */
export function baseUnit(unit: string): string {
  return withoutPerYear(unit);
}

/** A bound fit to compare with: finite, a range with its ends in order, the unit without "per year". */
function usable(bound: ParsedBound | undefined, fallbackUnit: string): ParsedBound | null {
  if (!bound || !Number.isFinite(bound.value)) return null;
  const unit = baseUnit(bound.unit) || fallbackUnit;
  if (bound.comparator !== 'range') return { comparator: bound.comparator, value: bound.value, unit };
  if (bound.max === undefined || !Number.isFinite(bound.max)) return null;
  return { comparator: 'range', value: Math.min(bound.value, bound.max), max: Math.max(bound.value, bound.max), unit };
}

/** A bound as stored, else as its text reads; `bare` when no comparator was written. */
function boundOf(text: string, stored: ParsedBound | undefined, fallbackUnit: string): { bound: ParsedBound; bare: boolean } | null {
  if (stored) {
    const bound = usable(stored, fallbackUnit);
    return bound ? { bound, bare: bound.comparator === '=' && !saysEqual(text) } : null;
  }
  const read = readTargetText(text);
  const bound = read ? usable(read.bound, fallbackUnit) : null;
  return read && bound ? { bound, bare: read.bare } : null;
}

/**
 * Real cards write the warning threshold both ways: «< 12 %» under «≥ 15 %» (the number where
 * the alarm starts) and «12 %» or «≥ 12 %» (where the warning ends) mean the same band, 12–15 %,
 * so a threshold outside the target is read by its number, on the target's side. A threshold
 * inside the target («> 0,8 %» under «≤ 1 %») is an early warning, read as written.
 */
function thresholdsOf(kpi: TargetFields, target: ParsedBound, direction: 'higher' | 'lower' | null, unit: string): Pick<TargetRule, 'warning' | 'early'> {
  const none = { warning: null, early: null };
  const read = boundOf(kpi.warningThreshold, kpi.warningParsed, unit);
  if (!read || read.bound.comparator === 'range') {
    // A wider band around a band target is its warning band.
    return read && target.comparator === 'range' ? { warning: read.bound, early: null } : none;
  }
  const number = read.bound.value;
  if (target.comparator === 'range') {
    const low = target.value;
    const high = target.max ?? target.value;
    if (number < low) return { warning: { comparator: 'range', value: number, max: high, unit: target.unit }, early: null };
    if (number > high) return { warning: { comparator: 'range', value: low, max: number, unit: target.unit }, early: null };
    return none;
  }
  const side = sideOf(target) ?? direction;
  if (side === null) return none;
  if (!meetsBound(target, number)) return { warning: { comparator: side === 'higher' ? '>=' : '<=', value: number, unit: read.bound.unit }, early: null };
  // Inside the target: only a comparator pointing at the limit makes sense («> 0,8 %» under «≤ 1 %»).
  const points = sideOf(read.bound);
  return !read.bare && points !== null && points !== side ? { warning: null, early: read.bound } : none;
}

/** readTarget without the memo: reads the texts every time (the memo's tests compare with it). */
export function readTargetUncached(kpi: TargetFields): TargetRule | null {
  const unit = baseUnit(kpi.unit);
  const read = boundOf(kpi.target, kpi.targetParsed, unit);
  if (!read) return null;
  let bound = read.bound;
  // A written comparator outranks the direction column: status and trend then agree on what is better.
  const direction = sideOf(bound) ?? kpi.direction;
  // «95 %» for a KPI the card says is better higher is «≥ 95 %»; with no direction it stays exact.
  if (read.bare && direction !== null) bound = { ...bound, comparator: direction === 'higher' ? '>=' : '<=' };
  const perYear = [kpi.target, kpi.targetParsed?.unit ?? '', kpi.unit].some(hasPerYear);
  return { bound, ...thresholdsOf(kpi, bound, direction, unit), direction, perYear };
}

/**
 * Status, trend and escalation each ask for the rule of every KPI on every summary write, and
 * reading the texts (regexes) costs more than all the rest: the rule is kept per KPI object for
 * as long as the fields it was read from are unchanged. The shared rule is frozen.
 */
export const readTarget: (kpi: TargetFields) => TargetRule | null = memoizedByFields(readTargetUncached);
