import { z } from 'zod';
import { CardId, ItemId } from '../core/card/process-card';
import { EscalationRule, IsoDate, PeriodKey } from '../core/kpi/kpi-types';

export type {
  KpiBoardView,
  KpiHistoryResult,
  KpiPointView,
  KpiView,
  MeasurementEntryView,
  MeasurementView,
  OpenPeriodView,
  RecordMeasurementResult,
} from '../core/results/kpi-results';
export type { KpiSettingsView, RotateFeedSecretResult } from '../core/results/kpi-settings-results';

/** The macro's KPI functions (served by the macro module's resolver, like the rest of the card). */
export const KPI_RESOLVER_KEYS = {
  getKpiHistory: 'kpi/history',
  recordMeasurement: 'kpi/record',
  withdrawMeasurement: 'kpi/withdraw',
  getKpiSettings: 'kpi/settings-get',
  saveKpiSettings: 'kpi/settings-save',
  rotateFeedSecret: 'kpi/feed-rotate',
} as const;

const RequestId = z.uuid('a request id is a UUID');
const Finite = z.number().finite('a value is a number');
export const MAX_COMMENT_LENGTH = 2000;
export const MAX_GRACE_DAYS = 90;

export const GetKpiHistoryPayload = z
  .object({ cardId: CardId, kpiId: ItemId, cursor: z.string().min(1).max(2000).optional() })
  .strict();

/**
 * A value for a period. Periodic KPIs name the period by its key; a per-event KPI names the
 * event's date, and the request id makes the event's period key (so a retry is the same event).
 * `expectedRevision` 0 enters a new value; the record's revision corrects it.
 */
export const RecordMeasurementPayload = z
  .object({
    cardId: CardId,
    kpiId: ItemId,
    period: z.union([z.object({ key: PeriodKey }).strict(), z.object({ eventDate: IsoDate }).strict()]),
    value: Finite,
    numerator: Finite.optional(),
    denominator: Finite.optional(),
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).default(''),
    expectedRevision: z.number().int().min(0),
    requestId: RequestId,
  })
  .strict();

export const WithdrawMeasurementPayload = z
  .object({
    cardId: CardId,
    kpiId: ItemId,
    periodKey: PeriodKey,
    expectedRevision: z.number().int().min(1),
    reason: z.string().trim().min(1, 'say why the value is withdrawn').max(MAX_COMMENT_LENGTH),
  })
  .strict();

export const GetKpiSettingsPayload = z.object({ cardId: CardId }).strict();

/** null rules = the default rules; null zone = the site's zone. */
export const SaveKpiSettingsPayload = z
  .object({
    cardId: CardId,
    expectedVersion: z.number().int().min(0),
    timeZone: z.string().trim().min(1).max(64).nullable(),
    graceDays: z.number().int().min(0).max(MAX_GRACE_DAYS),
    rules: z.record(ItemId, z.array(EscalationRule).max(10).nullable()),
  })
  .strict();

export const RotateFeedSecretPayload = z.object({ cardId: CardId, expectedVersion: z.number().int().min(0) }).strict();

/**
 * What an external system posts to the KPI feed webtrigger (see README «KPI data feed»): the card
 * is named by the URL suffix, the body by an HMAC-SHA256 signature over `{timestamp}.{body}`.
 */
export const FeedMeasurementBody = z
  .object({
    kpiId: ItemId,
    /** A period key of the KPI's frequency, or for a per-event KPI `{ eventDate, eventId }`. */
    period: z.union([PeriodKey, z.object({ eventDate: IsoDate, eventId: z.string().regex(/^[a-z0-9]{1,12}$/) }).strict()]),
    value: Finite,
    numerator: Finite.optional(),
    denominator: Finite.optional(),
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).default(''),
    /** A different value for a period that has one is refused (409) unless this says it corrects it. */
    correction: z.boolean().default(false),
  })
  .strict();
export type FeedMeasurementBody = z.infer<typeof FeedMeasurementBody>;

export const MAX_FEED_BODY_BYTES = 256 * 1024;
export { FEED_TIMESTAMP_WINDOW_SECONDS } from '../core/ports/feed-secrets';
export const FEED_SIGNATURE_HEADER = 'x-process-cards-signature';
export const FEED_TIMESTAMP_HEADER = 'x-process-cards-timestamp';
