import type { KpiMeasurement } from './kpi-types';

/**
 * Measurements oldest first: by their period's start, and for periods starting the same day
 * (two events on one date, whose keys end in a random id) by when each was first entered.
 */
export function oldestMeasurementFirst(a: KpiMeasurement, b: KpiMeasurement): number {
  return a.periodStart.localeCompare(b.periodStart) || firstEntered(a).localeCompare(firstEntered(b)) || a.periodKey.localeCompare(b.periodKey);
}

/** When the period's value was first entered (ISO instants sort as text). */
function firstEntered(record: KpiMeasurement): string {
  return (record.history[0] ?? record.current).at;
}
