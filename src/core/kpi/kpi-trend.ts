/**
 * Which way a KPI is heading, for the sparkline's arrow and an effectiveness check (ISO 9001
 * §10.2 asks whether an action worked: the trend is the evidence). A least-squares line over the
 * values, one step per period; a slope under 1 % of the values' mean size is noise, not a trend.
 */

export const KPI_TRENDS = ['improving', 'worsening', 'flat', 'unknown'] as const;
export type KpiTrend = (typeof KPI_TRENDS)[number];

const FLAT_SHARE = 0.01;

export function kpiTrend(points: readonly { value: number }[], direction: 'higher' | 'lower' | null): KpiTrend {
  const n = points.length;
  if (n < 3 || direction === null) return 'unknown';
  let sumY = 0;
  let sumXY = 0;
  let sumAbs = 0;
  for (let x = 0; x < n; x += 1) {
    const y = points[x]!.value;
    sumY += y;
    sumXY += x * y;
    sumAbs += Math.abs(y);
  }
  // With x = 0…n−1: Σ(x − x̄)² = n(n² − 1)/12 and Σ(x − x̄)(y − ȳ) = Σxy − x̄Σy.
  const slope = (sumXY - ((n - 1) / 2) * sumY) / ((n * (n * n - 1)) / 12);
  if (slope === 0 || Math.abs(slope) < FLAT_SHARE * (sumAbs / n)) return 'flat';
  return slope > 0 === (direction === 'higher') ? 'improving' : 'worsening';
}
