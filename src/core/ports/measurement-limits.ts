import type { AuditEntry } from '../audit/audit-entry';
import { AppError } from '../errors';
import { KpiCardSummary, KpiMeasurement } from '../kpi/kpi-types';
import type { WriteMeasurementCommand, WriteSummaryCommand } from './measurement-store';

/** Forge queries answer up to 100 results a page; ten years of monthly values are two pages. */
export const MAX_MEASUREMENT_PAGE_SIZE = 100;

/** A requested page size, kept within 1…100 (as pageSize() keeps card lists within 1…20). */
export function measurementPageSize(requested: number): number {
  if (!Number.isFinite(requested)) return MAX_MEASUREMENT_PAGE_SIZE;
  return Math.min(Math.max(1, Math.floor(requested)), MAX_MEASUREMENT_PAGE_SIZE);
}

/**
 * Every write is one Forge transaction, which holds at most 25 operations: a measurement write
 * spends two on the record and the summary, a summary write one, the rest are audit entries.
 * A caller with more entries (a daily run changing many levels) splits its work.
 */
export const MAX_WRITE_OPERATIONS = 25;
export const MAX_AUDIT_PER_MEASUREMENT_WRITE = MAX_WRITE_OPERATIONS - 2;
export const MAX_AUDIT_PER_SUMMARY_WRITE = MAX_WRITE_OPERATIONS - 1;

/** What a measurement write stores: both records checked, the summary at its next version. */
export interface PreparedMeasurementWrite {
  measurement: KpiMeasurement;
  summary: KpiCardSummary;
}

/**
 * The checks every MeasurementStore makes before it writes anything, so the adapters refuse the
 * same commands the same way. A refusal here is a mistake of the calling code (INTERNAL), not of
 * the user: the records are parsed, the revision must be the next one, the summary must be the
 * measurement's card's and carry its write time (the lost-answer check compares it), and the
 * audit entries must fit in the one transaction and name distinct entries.
 */
export function prepareMeasurementWrite(command: WriteMeasurementCommand): PreparedMeasurementWrite {
  checkCounter('expectedRevision', command.expectedRevision);
  const measurement = KpiMeasurement.parse(command.measurement);
  if (measurement.revision !== command.expectedRevision + 1) {
    throw misuse(`A measurement written over revision ${command.expectedRevision} is revision ${command.expectedRevision + 1}; got ${measurement.revision}.`);
  }
  const summary = prepareSummary(command.summary, command.expectedSummaryVersion);
  if (summary.cardId !== measurement.cardId) {
    throw misuse(`A measurement of card ${measurement.cardId} cannot be written with the summary of card ${summary.cardId}.`);
  }
  checkAudit(command.audit, MAX_AUDIT_PER_MEASUREMENT_WRITE, 'measurement');
  return { measurement, summary };
}

/** The same for a summary written alone. */
export function prepareSummaryWrite(command: WriteSummaryCommand): KpiCardSummary {
  const summary = prepareSummary(command.summary, command.expectedSummaryVersion);
  checkAudit(command.audit, MAX_AUDIT_PER_SUMMARY_WRITE, 'summary');
  return summary;
}

function prepareSummary(summary: KpiCardSummary, expectedVersion: number): KpiCardSummary {
  checkCounter('expectedSummaryVersion', expectedVersion);
  const stored = KpiCardSummary.parse({ ...summary, version: expectedVersion + 1 });
  if (stored.updatedAt === null) throw misuse(`The KPI summary of card ${stored.cardId} is written without updatedAt.`);
  return stored;
}

function checkCounter(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw misuse(`${name} is a whole number ≥ 0; got ${value}.`);
}

function checkAudit(audit: readonly AuditEntry[], max: number, what: string): void {
  if (audit.length > max) {
    throw misuse(
      `A ${what} write holds at most ${max} audit entries (Forge transactions hold ${MAX_WRITE_OPERATIONS} operations); got ${audit.length}. Split the work into several writes.`,
    );
  }
  const ids = new Set(audit.map((entry) => `${entry.cardId}\u0000${entry.id}`));
  if (ids.size !== audit.length) throw misuse(`A ${what} write names the same audit entry twice.`);
}

const misuse = (message: string): AppError => new AppError('INTERNAL', message, [], { reason: 'unexpected' });
