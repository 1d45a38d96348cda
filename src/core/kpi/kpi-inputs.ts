import type { EscalationRule } from './kpi-types';

/** What the KPI use cases take, already parsed (the zod schemas are in src/contracts/kpi-contracts.ts). */
export interface RecordMeasurementInput {
  cardId: string;
  kpiId: string;
  period: { key: string } | { eventDate: string };
  value: number;
  numerator?: number | undefined;
  denominator?: number | undefined;
  comment: string;
  expectedRevision: number;
  requestId: string;
}

export interface WithdrawMeasurementInput {
  cardId: string;
  kpiId: string;
  periodKey: string;
  expectedRevision: number;
  reason: string;
}

export interface SaveKpiSettingsInput {
  cardId: string;
  expectedVersion: number;
  timeZone: string | null;
  graceDays: number;
  rules: Record<string, EscalationRule[] | null>;
}

export interface FeedMeasurementInput {
  kpiId: string;
  period: string | { eventDate: string; eventId: string };
  value: number;
  numerator?: number | undefined;
  denominator?: number | undefined;
  comment: string;
  correction: boolean;
}
