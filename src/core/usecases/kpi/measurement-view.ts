import type { Kpi } from '../../card/process-card';
import type { KpiMeasurement, MeasurementEntry } from '../../kpi/kpi-types';
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

/** A stored record as the history table shows it: its value judged against the KPI's target. */
export function measurementView(kpi: Kpi, record: KpiMeasurement): MeasurementView {
  return {
    periodKey: record.periodKey,
    periodKind: record.periodKind,
    periodStart: record.periodStart,
    periodEnd: record.periodEnd,
    status: record.status,
    revision: record.revision,
    valueStatus: valueStatus(readTarget(kpi), record.current.value),
    current: entryView(record.current),
    history: [...record.history].reverse().map(entryView),
  };
}
