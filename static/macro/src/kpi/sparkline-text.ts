import { formatValue, plural, type KpiWords } from './kpi-words';

export type Trend = 'up' | 'down' | 'level';

/**
 * Which way the values go: the sign of their least-squares slope, counted as level when the
 * rise over the whole run is under a third of the values' spread (or there are fewer than 2).
 */
export function trendOf(values: readonly number[]): Trend {
  const n = values.length;
  if (n < 2) return 'level';
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / n;
  let covariance = 0;
  let variance = 0;
  values.forEach((value, index) => {
    covariance += (index - meanX) * (value - meanY);
    variance += (index - meanX) ** 2;
  });
  const rise = (covariance / variance) * (n - 1);
  const spread = Math.max(...values) - Math.min(...values);
  if (spread === 0 || Math.abs(rise) < spread / 3) return 'level';
  return rise > 0 ? 'up' : 'down';
}

/** The sparkline said in words: "Last 12 values: 12 %, 14 %, … 18 %; trending up". */
export function sparklineText(values: readonly number[], unit: string, words: KpiWords): string {
  const { t } = words;
  if (values.length === 0) return t('kpi.spark.none');
  const listed = values.map((value) => formatValue(value, words, unit));
  if (values.length === 1) return t('kpi.spark.one', { value: listed[0]! });
  return t('kpi.spark.many', { values: plural(words, 'kpi.values', values.length), list: listed.join(', '), trend: t(`kpi.trend.${trendOf(values)}`) });
}
