import type { Kpi } from '../card/process-card';

/**
 * A memo for a function of a KPI's target fields and frequency, keyed by the KPI object (a
 * WeakMap: a card read once is dropped with its KPIs). A card's KPIs are replaced, not edited in
 * place (no code assigns to a read KPI), yet each hit still checks that those fields are the same
 * values (strings) and the same stored bounds (references): seven comparisons, where reading the
 * texts costs several regexes. A stored bound edited in place is not noticed.
 */

type Fields = Pick<Kpi, 'target' | 'targetParsed' | 'warningThreshold' | 'warningParsed' | 'direction' | 'unit' | 'frequencyCode'>;

interface Entry<T> extends Fields {
  result: T;
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
    if (
      seen !== undefined &&
      seen.target === kpi.target &&
      seen.warningThreshold === kpi.warningThreshold &&
      seen.targetParsed === kpi.targetParsed &&
      seen.warningParsed === kpi.warningParsed &&
      seen.direction === kpi.direction &&
      seen.unit === kpi.unit &&
      seen.frequencyCode === kpi.frequencyCode
    ) {
      return seen.result;
    }
    const result = deepFreeze(read(kpi));
    memo.set(kpi, {
      target: kpi.target,
      targetParsed: kpi.targetParsed,
      warningThreshold: kpi.warningThreshold,
      warningParsed: kpi.warningParsed,
      direction: kpi.direction,
      unit: kpi.unit,
      frequencyCode: kpi.frequencyCode,
      result,
    });
    return result;
  };
}
