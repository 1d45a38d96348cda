import { z } from 'zod';
import { KpiCardSummary, KpiMeasurement } from '../../core/kpi/kpi-types';

/**
 * How KPI measurements and summaries sit in Forge custom entities (manifest.yml
 * `app.storage.entities`). The attributes Forge indexes or checks in conditions are copied out
 * of the record; the record itself is one `any` attribute, parsed with the core schema on the
 * way back. Every copied string comes from a schema that makes it non-blank (Forge refuses
 * blank `string` attributes), and none comes near the index byte limits: `kpiRef` is at most
 * 129 bytes (partition ≤ 1,700), `periodStart` 10 and `cardId` 64 (range ≤ 900).
 */
export const MEASUREMENT_ENTITY = 'kpi-measurement';
export const SUMMARY_ENTITY = 'kpi-summary';

/** Partition [kpiRef], range [periodStart]: one KPI's records by period. */
export const BY_KPI_INDEX = 'by-kpi';
/** Range [cardId], no partition: every summary in card-id order, for the daily run. */
export const BY_CARD_ID_INDEX = 'by-card-id';

/** Card and item ids hold no ":", so the parts of these keys never run into each other. */
export const kpiRef = (cardId: string, kpiId: string): string => `${cardId}:${kpiId}`;
export const measurementKey = (cardId: string, kpiId: string, periodKey: string): string => `${cardId}:${kpiId}:${periodKey}`;
export const summaryKey = (cardId: string): string => cardId;

export const MeasurementEntity = z.object({
  schemaVersion: z.number().int(),
  cardId: z.string(),
  kpiId: z.string(),
  kpiRef: z.string(),
  periodKey: z.string(),
  periodStart: z.string(),
  status: z.string(),
  revision: z.number().int(),
  measurement: z.unknown(),
});
export type MeasurementEntity = z.infer<typeof MeasurementEntity>;

export const SummaryEntity = z.object({
  schemaVersion: z.number().int(),
  cardId: z.string(),
  version: z.number().int(),
  summary: z.unknown(),
});
export type SummaryEntity = z.infer<typeof SummaryEntity>;

export const toMeasurementEntity = (measurement: KpiMeasurement): MeasurementEntity => ({
  schemaVersion: measurement.schemaVersion,
  cardId: measurement.cardId,
  kpiId: measurement.kpiId,
  kpiRef: kpiRef(measurement.cardId, measurement.kpiId),
  periodKey: measurement.periodKey,
  periodStart: measurement.periodStart,
  status: measurement.status,
  revision: measurement.revision,
  measurement,
});

export const toSummaryEntity = (summary: KpiCardSummary): SummaryEntity => ({
  schemaVersion: summary.schemaVersion,
  cardId: summary.cardId,
  version: summary.version,
  summary,
});

/** A stored measurement, checked: a record that does not parse throws (lists skip and log it). */
export const readMeasurement = (raw: unknown): KpiMeasurement => KpiMeasurement.parse(MeasurementEntity.parse(raw).measurement);

export const readSummary = (raw: unknown): KpiCardSummary => KpiCardSummary.parse(SummaryEntity.parse(raw).summary);
