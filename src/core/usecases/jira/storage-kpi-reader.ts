import type { KpiMeasurement } from '../../kpi/kpi-types';
import type { KpiRecordsReader } from '../../ports/kpi-records';
import type { KpiReader, GateKpi } from '../../ports/kpi-reader';
import type { MeasurementStore } from '../../ports/measurement-store';
import { AppError } from '../../errors';
import { cardTimeZone } from '../kpi/kpi-rules-of';

const PAGE = 100;
/**
 * Ten years of a weekly KPI is about 520 records, six pages; a daily one reaches this bound in
 * under a year and a half of history back from implementation. The validator has 25 s: past the
 * bound it fails (and so refuses) rather than run out of time half-way.
 */
const MAX_PAGES = 20;

/**
 * The KPI from the app's own storage: the card and its settings in one batch, then its records
 * newest first, a page at a time, until the pages reach back past `from`.
 */
export function storageKpiReader(deps: { records: KpiRecordsReader; measurements: MeasurementStore }): KpiReader {
  return {
    async readKpi(cardId, kpiId, from): Promise<GateKpi | null> {
      const records = await deps.records.read(cardId);
      const kpi = records.card?.content.kpis.find((candidate) => candidate.id === kpiId);
      if (records.card === null || kpi === undefined) return null;
      const measurements: KpiMeasurement[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < MAX_PAGES; pages += 1) {
        const page = await deps.measurements.listForKpi(cardId, kpiId, { limit: PAGE, ...(cursor === null ? {} : { cursor }) });
        measurements.push(...page.items);
        cursor = page.cursor;
        const oldest = page.items[page.items.length - 1];
        if (cursor === null || oldest === undefined || oldest.periodStart < from) {
          return { language: records.card.content.language, kpi, timeZone: cardTimeZone(records.settings, records.site), measurements };
        }
      }
      throw new AppError('INTERNAL', `The KPI ${kpiId} has more than ${MAX_PAGES * PAGE} records since ${from}.`, [], { reason: 'unexpected' });
    },
  };
}
