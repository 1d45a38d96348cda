import { auditEntry, type AuditAction, type AuditEntry } from '../../src/core/audit/audit-entry';
import {
  KPI_SUMMARY_SCHEMA_VERSION,
  emptyLinkedActions,
  MEASUREMENT_SCHEMA_VERSION,
  type KpiCardSummary,
  type KpiMeasurement,
  type MeasurementEntry,
} from '../../src/core/kpi/kpi-types';

export const KPI_AT = '2026-11-25T10:00:00.000Z';

/** Month `index` (0 = January 2016) as a monthly period: key, start and exclusive end. */
export function monthlyPeriod(index: number): { key: string; start: string; end: string } {
  const month = (at: number) => `${2016 + Math.floor(at / 12)}-${String((at % 12) + 1).padStart(2, '0')}`;
  return { key: month(index), start: `${month(index)}-01`, end: `${month(index + 1)}-01` };
}

export function measurementEntry(overrides: Partial<MeasurementEntry> = {}): MeasurementEntry {
  return { action: 'recorded', value: 42, comment: '', by: 'acc-1', at: KPI_AT, source: 'user', ...overrides };
}

/** The first entry of a monthly KPI's value for month `index` (see monthlyPeriod). */
export function monthlyMeasurement(cardId: string, kpiId: string, index: number, entry: Partial<MeasurementEntry> = {}): KpiMeasurement {
  const period = monthlyPeriod(index);
  return {
    schemaVersion: MEASUREMENT_SCHEMA_VERSION,
    cardId,
    kpiId,
    periodKey: period.key,
    periodKind: 'month',
    periodStart: period.start,
    periodEnd: period.end,
    status: 'current',
    revision: 1,
    current: measurementEntry({ value: index, ...entry }),
    history: [],
  };
}

/** The next state of a record: a correction (or a withdrawal), the current state moved to history. */
export function nextState(measurement: KpiMeasurement, entry: Partial<MeasurementEntry> & Pick<MeasurementEntry, 'at'>): KpiMeasurement {
  const current = measurementEntry({ ...measurement.current, action: 'corrected', ...entry });
  return {
    ...measurement,
    status: current.action === 'withdrawn' ? 'withdrawn' : 'current',
    revision: measurement.revision + 1,
    current,
    history: [...measurement.history, measurement.current],
  };
}

export function kpiSummary(cardId: string, updatedAt: string = KPI_AT, kpiIds: readonly string[] = []): KpiCardSummary {
  return {
    schemaVersion: KPI_SUMMARY_SCHEMA_VERSION,
    cardId,
    version: 0,
    kpis: Object.fromEntries(
      kpiIds.map((kpiId) => [
        kpiId,
        { kpiId, def: { name: `KPI ${kpiId}`, kind: 'month', unit: '%', direction: 'higher', target: '≥ 95 %', warningThreshold: '' }, points: [], status: 'no-data', level: 'none', levelChanges: [], due: null },
      ]),
    ),
    remindersRunDate: null,
    cardVersion: 1,
    updatedAt,
    linkedActions: emptyLinkedActions(),
  };
}

export function kpiAudit(cardId: string, suffix: string, action: AuditAction = 'kpi.measured'): AuditEntry {
  return auditEntry({ cardId, at: KPI_AT, actor: { kind: 'user', accountId: 'acc-1' }, action, summary: 's', data: {} }, suffix);
}
