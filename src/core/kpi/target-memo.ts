import type { Kpi, ParsedBound } from '../card/process-card';

/**
 * A memo for a function of a KPI's target fields, keyed by the KPI object (a WeakMap: a card
 * read once is dropped with its KPIs). A card's KPIs are not edited in place, but the memo does
 * not rely on it: each hit checks every field the reading depends on, which costs a few
 * comparisons, where reading the texts costs several regexes.
 */

type Fields = Pick<Kpi, 'target' | 'targetParsed' | 'warningThreshold' | 'warningParsed' | 'direction' | 'unit'>;

/** A stored bound's parts as they were read, so a bound changed in place is noticed too. */
interface BoundParts {
  bound: ParsedBound | undefined;
  comparator: ParsedBound['comparator'] | undefined;
  value: number | undefined;
  max: number | undefined;
  unit: string | undefined;
}

interface Entry<T> {
  target: string;
  warningThreshold: string;
  direction: Fields['direction'];
  unit: string;
  targetParsed: BoundParts;
  warningParsed: BoundParts;
  result: T;
}

const partsOf = (bound: ParsedBound | undefined): BoundParts => ({
  bound,
  comparator: bound?.comparator,
  value: bound?.value,
  max: bound?.max,
  unit: bound?.unit,
});

// Object.is, not ===: a NaN value (a corrupt stored bound) is then the same NaN, not a miss every time.
const sameBound = (seen: BoundParts, bound: ParsedBound | undefined): boolean =>
  seen.bound === bound &&
  (bound === undefined || (seen.comparator === bound.comparator && Object.is(seen.value, bound.value) && Object.is(seen.max, bound.max) && seen.unit === bound.unit));

function sameFields<T>(seen: Entry<T>, kpi: Fields): boolean {
  return (
    seen.target === kpi.target &&
    seen.warningThreshold === kpi.warningThreshold &&
    seen.direction === kpi.direction &&
    seen.unit === kpi.unit &&
    sameBound(seen.targetParsed, kpi.targetParsed) &&
    sameBound(seen.warningParsed, kpi.warningParsed)
  );
}

/** Frozen all the way down: every caller gets the same result, so none may change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function memoizedByFields<K extends Fields, T>(read: (kpi: K) => T): (kpi: K) => T {
  const memo = new WeakMap<K, Entry<T>>();
  return (kpi) => {
    const seen = memo.get(kpi);
    if (seen !== undefined && sameFields(seen, kpi)) return seen.result;
    const result = deepFreeze(read(kpi));
    memo.set(kpi, {
      target: kpi.target,
      warningThreshold: kpi.warningThreshold,
      direction: kpi.direction,
      unit: kpi.unit,
      targetParsed: partsOf(kpi.targetParsed),
      warningParsed: partsOf(kpi.warningParsed),
      result,
    });
    return result;
  };
}
