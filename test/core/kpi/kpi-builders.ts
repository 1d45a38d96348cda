import type { Kpi } from '../../../src/core/card/process-card';
import { buildKpi } from '../../../src/core/import/read-kpis';
import { nextPeriod, periodOfKey } from '../../../src/core/kpi/kpi-period';
import type { PeriodKind, SummaryPoint } from '../../../src/core/kpi/kpi-types';

/** A KPI as the importer would make it from its cells, with an id. */
export function kpiFrom(cells: { target?: string; warningThreshold?: string; unit?: string; frequency?: string; direction?: string; name?: string }, id = 'kpi-1'): Kpi {
  return { id, ...buildKpi({ name: 'KPI', ...cells }) };
}

/** A KPI with exactly these fields (nothing parsed unless given). */
export function kpiWith(fields: Partial<Kpi>): Kpi {
  return {
    id: 'kpi-1',
    name: 'KPI',
    formula: '',
    unit: '',
    direction: null,
    target: '',
    warningThreshold: '',
    frequency: '',
    owner: '',
    dataSource: '',
    ...fields,
  };
}

/** Consecutive periods from `firstKey`, one per value; `null` leaves that period out (a gap). */
export function pointsFrom(kind: PeriodKind, firstKey: string, values: ReadonlyArray<number | null>): SummaryPoint[] {
  const points: SummaryPoint[] = [];
  let period = periodOfKey(kind, firstKey);
  if (!period) throw new Error(`bad key ${firstKey}`);
  for (const value of values) {
    if (value !== null) points.push({ periodKey: period.key, periodStart: period.start, periodEnd: period.end, value });
    period = nextPeriod(period);
  }
  return points;
}
