import type { Kpi, ParsedBound } from '../card/process-card';
import { hasPerYear, readTargetText, saysEqual, withoutPerYear } from './target-text';

/**
 * What a KPI's target and warning threshold mean for a value. The stored reading (targetParsed,
 * written by the importer or the editor) is trusted when present; otherwise the text is read
 * strictly. Whatever cannot be read yields no rule: a KPI shows «no target», never a guessed one.
 */

export interface TargetRule {
  bound: ParsedBound;
  /** Where a value that misses the target is only a warning; null: anything off target is off target. */
  warning: ParsedBound | null;
  direction: 'higher' | 'lower' | null;
  /** The target is stated per year («≥ 10 %/year»): a finer KPI is compared over the rolling year. */
  perYear: boolean;
}

type TargetFields = Pick<Kpi, 'target' | 'targetParsed' | 'warningThreshold' | 'warningParsed' | 'direction' | 'unit' | 'frequencyCode'>;

/** Tolerance for float noise (a compounded 9.999999999999998 meets «≥ 10»). */
const EPSILON = 1e-9;

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
 * A bare threshold («90 %») lies on the target's side: under «≥ 95 %» it means «≥ 90 %». With a
 * comparator of its own it is used as written, unless it points the other way («< 90 %» under
 * «≥ 95 %» says where the alarm starts, not where the warning is): that one cannot be read.
 */
function warningOf(kpi: TargetFields, target: ParsedBound, unit: string): ParsedBound | null {
  const read = boundOf(kpi.warningThreshold, kpi.warningParsed, unit);
  if (!read) return null;
  const targetSide = sideOf(target);
  if (read.bare) {
    if (targetSide === null) return null;
    return { ...read.bound, comparator: targetSide === 'higher' ? '>=' : '<=' };
  }
  const side = sideOf(read.bound);
  return side !== null && targetSide !== null && side !== targetSide ? null : read.bound;
}

export function readTarget(kpi: TargetFields): TargetRule | null {
  const unit = baseUnit(kpi.unit);
  const read = boundOf(kpi.target, kpi.targetParsed, unit);
  if (!read) return null;
  let bound = read.bound;
  // A written comparator outranks the direction column: status and trend then agree on what is better.
  const direction = sideOf(bound) ?? kpi.direction;
  // «95 %» for a KPI the card says is better higher is «≥ 95 %»; with no direction it stays exact.
  if (read.bare && direction !== null) bound = { ...bound, comparator: direction === 'higher' ? '>=' : '<=' };
  const perYear = [kpi.target, kpi.targetParsed?.unit ?? '', kpi.unit].some(hasPerYear);
  return { bound, warning: warningOf(kpi, bound, unit), direction, perYear };
}
