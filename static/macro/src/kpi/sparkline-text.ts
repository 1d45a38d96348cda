import type { KpiTrend } from '@src/core/kpi/kpi-trend';
import { formatValue, plural, type KpiWords } from './kpi-words';

/** The sparkline said in words: "Last 12 values: 12 %, 14 %, … 18 %; improving" (the trend the rules read, against the KPI's direction). */
export function sparklineText(values: readonly number[], unit: string, trend: KpiTrend, words: KpiWords): string {
  const { t } = words;
  if (values.length === 0) return t('kpi.spark.none');
  const listed = values.map((value) => formatValue(value, words, unit));
  if (values.length === 1) return t('kpi.spark.one', { value: listed[0]! });
  return t('kpi.spark.many', { values: plural(words, 'kpi.values', values.length), list: listed.join(', '), trend: t(`kpi.trend.${trend}`) });
}
