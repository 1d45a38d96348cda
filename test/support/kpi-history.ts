import { kvs } from '@forge/kvs';
import type { Kpi, ProcessCard } from '../../src/core/card/process-card';
import { MEASUREMENT_SCHEMA_VERSION, emptyKpiSummary, type KpiMeasurement } from '../../src/core/kpi/kpi-types';
import { recentPeriods } from '../../src/core/kpi/kpi-period';
import { summarizeKpi } from '../../src/core/kpi/kpi-summary';
import { DEFAULT_ESCALATION_RULES } from '../../src/core/kpi/kpi-types';
import { MEASUREMENT_ENTITY, SUMMARY_ENTITY, measurementKey, toMeasurementEntity, toSummaryEntity } from '../../src/adapters/forge/measurement-entities';

/** A card document with `count` monthly KPIs (`≥ 90 %` targets), for budget tests at scale. */
export function cardWithKpis(count: number): string {
  const rows = Array.from({ length: count }, (_, index) => `| ${index + 1} | Показатель ${index + 1} | Выполнено / запланировано × 100 | % | ≥ 90 % | < 85 % | ежемесячно | Руководитель отдела | CRM |`);
  return [
    '# Карта процесса «Большой процесс»',
    '## 5 Ответственность',
    'Владелец процесса – Руководитель отдела.',
    '## 6.7 Критерии результативности процесса',
    '| № | Показатель | Формула расчета | Ед. изм. | Целевое значение | Порог предупреждения | Периодичность | Ответственный | Источник данных |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const record = (card: ProcessCard, kpi: Kpi, period: { key: string; kind: KpiMeasurement['periodKind']; start: string; end: string }, value: number): KpiMeasurement => ({
  schemaVersion: MEASUREMENT_SCHEMA_VERSION,
  cardId: card.id,
  kpiId: kpi.id,
  periodKey: period.key,
  periodKind: period.kind,
  periodStart: period.start,
  periodEnd: period.end,
  status: 'current',
  revision: 1,
  current: { action: 'recorded', value, comment: '', by: 'acc-editor', at: '2026-01-01T00:00:00.000Z', source: 'user' },
  history: [],
});

/**
 * Writes `months` of monthly values for every KPI of the card straight into storage (25 a batch,
 * as fast as the runtime takes them), and the card's summary as the app would have left it.
 */
export async function writeMonthlyHistory(card: ProcessCard, months: number, today: string): Promise<number> {
  const summary = { ...emptyKpiSummary(card.id), version: 1, cardVersion: card.version, updatedAt: '2026-01-01T00:00:00.000Z' };
  let written = 0;
  for (const [index, kpi] of card.content.kpis.entries()) {
    const periods = recentPeriods('month', today, months + 1).slice(1);
    const records = periods.map((period, age) => record(card, kpi, period, 80 + ((index + age) % 20)));
    for (let start = 0; start < records.length; start += 25) {
      await kvs.batchSet(
        records.slice(start, start + 25).map((item) => ({
          key: measurementKey(item.cardId, item.kpiId, item.periodKey),
          value: toMeasurementEntity(item),
          entityName: MEASUREMENT_ENTITY,
        })),
      );
    }
    written += records.length;
    summary.kpis[kpi.id] = summarizeKpi({ kpi, current: records, previous: undefined, today, graceDays: 10, rules: DEFAULT_ESCALATION_RULES, at: '2026-01-01T00:00:00.000Z' }).entry;
  }
  await kvs.entity(SUMMARY_ENTITY).set(card.id, toSummaryEntity(summary));
  return written;
}
