import type { ParsedBound } from '../../../../src/core/card/process-card';

/**
 * Is the target near enough the values to share their picture? A target in other units (a yearly
 * total beside monthly values, a ratio beside money) would squash the line flat: it is left out.
 */
export function nearValues(target: ParsedBound, values: readonly number[]): boolean {
  if (values.length === 0) return false;
  const low = Math.min(...values);
  const high = Math.max(...values);
  const reach = Math.max(high - low, Math.abs(high) * 0.5, 1e-9);
  const ends = [target.value, ...(target.max === undefined ? [] : [target.max])];
  return ends.every((end) => end >= low - reach && end <= high + reach);
}
