import type { AuditEntry } from '../audit/audit-entry';
import type { Page } from './card-store';
import type { KpiCardSummary, KpiMeasurement } from '../kpi/kpi-types';

/** Newest first by period start; `before` pages back in time (exclusive), for 10 years of data. */
export interface MeasurementQuery {
  /** 1–100. */
  limit: number;
  cursor?: string;
}

export interface WriteMeasurementCommand {
  measurement: KpiMeasurement;
  /** The record's revision the caller read; 0 for a period with no record. A mismatch → CONFLICT, nothing written. */
  expectedRevision: number;
  /** The card's summary after this write; its version is ignored in favour of expectedSummaryVersion + 1. */
  summary: KpiCardSummary;
  expectedSummaryVersion: number;
  /** Written in the same all-or-nothing step (one entry per change). */
  audit: readonly AuditEntry[];
}

export interface WriteSummaryCommand {
  summary: KpiCardSummary;
  expectedSummaryVersion: number;
  audit: readonly AuditEntry[];
}

/**
 * Measurements (entity `kpi-measurement`, indexed by card + KPI with a range on the period's
 * start) and the per-card KPI summary (entity `kpi-summary`). Every write is one transaction:
 * the measurement, the summary (compare-and-set) and the audit entries, or nothing.
 */
export interface MeasurementStore {
  get(cardId: string, kpiId: string, periodKey: string): Promise<KpiMeasurement | null>;
  /** One KPI's records (current and withdrawn), newest period first, paged. One storage query per page. */
  listForKpi(cardId: string, kpiId: string, query: MeasurementQuery): Promise<Page<KpiMeasurement>>;
  getSummary(cardId: string): Promise<KpiCardSummary | null>;
  /** Batched by 25 keys: one storage request per 25 cards. Missing cards are absent from the map. */
  getSummaries(cardIds: readonly string[]): Promise<Map<string, KpiCardSummary>>;
  /** Every summary, in card-id order, pages of ≤ 100 (the daily run). */
  listSummaries(query: MeasurementQuery): Promise<Page<KpiCardSummary>>;
  write(command: WriteMeasurementCommand): Promise<void>;
  writeSummary(command: WriteSummaryCommand): Promise<void>;
}
