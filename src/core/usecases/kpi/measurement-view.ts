import type { Kpi } from '../../card/process-card';
import type { KpiMeasurement, KpiStatus, MeasurementEntry } from '../../kpi/kpi-types';
import type { MeasurementEntryView, MeasurementView } from '../../results/kpi-results';
import { readTarget } from '../../kpi/kpi-target';
import { valueStatus } from '../../kpi/kpi-status';

const entryView = (entry: MeasurementEntry): MeasurementEntryView => ({
  action: entry.action,
  value: entry.value,
  ...(entry.numerator === undefined ? {} : { numerator: entry.numerator }),
  ...(entry.denominator === undefined ? {} : { denominator: entry.denominator }),
  comment: entry.comment,
  by: entry.by,
  at: entry.at,
  source: entry.source,
});

/**
 * A stored record as the history table shows it: its value judged against the KPI's target.
 * `judged` gives the statuses the KPI's trend already has (a per-year target judges each point
 * over its rolling year, which one value alone cannot tell).
 */
export function measurementView(kpi: Kpi, record: KpiMeasurement, judged?: ReadonlyMap<string, KpiStatus>): MeasurementView {
  return {
    periodKey: record.periodKey,
    periodKind: record.periodKind,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    status: record.status,
    revision: record.revision,
    valueStatus: (record.status === 'current' ? judged?.get(record.periodKey) : undefined) ?? valueStatus(readTarget(kpi), record.current.value),
    current: entryView(record.current),
    history: [...record.history].reverse().map(entryView),
  };
}
