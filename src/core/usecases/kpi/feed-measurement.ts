import type { FeedMeasurementInput } from '../../kpi/kpi-inputs';
import { timestampFresh, type FeedSecrets, type FeedSignatures } from '../../ports/feed-secrets';
import type { KpiRecords } from '../../ports/kpi-records';
import { eventPeriodKey, hasStarted, periodKindOf, periodOfKey } from '../../kpi/kpi-period';
import { AppError } from '../../errors';
import type { KpiDeps } from './kpi-deps';
import { kpiJudgement, requireKpi } from './kpi-rules-of';
import { applyMeasurementChange } from './measurement-change';
import { periodKindError } from './record-measurement';

/** Signs nothing anyone holds: checked against when there is no secret, for equal timing. */
const UNUSABLE_SECRET = 'no secret is stored for this card; nothing can be signed with this';

export interface FeedRequest {
  cardId: string | null;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

/** Authenticated: the card exists, has a feed secret, and the request is signed with it and fresh. */
export interface AuthenticatedFeed {
  cardId: string;
  records: KpiRecords;
}

/**
 * The KPI data feed, for an external system (a CRM) posting measurements to a card. The caller is
 * authenticated before anything of the body is read; every authentication failure looks the same.
 */
export function createFeedMeasurement(deps: KpiDeps & { feedSecrets: FeedSecrets; feedSignatures: FeedSignatures }) {
  const now = () => deps.clock.now();
  return {
    async authenticate(request: FeedRequest): Promise<AuthenticatedFeed | null> {
      const { cardId, timestamp, signature, rawBody } = request;
      if (cardId === null || timestamp === undefined || signature === undefined) return null;
      if (!timestampFresh(timestamp, now())) return null;
      const records = await deps.records.read(cardId);
      const version = records.settings?.feed.secretVersion ?? 0;
      // The same reads and the same HMAC whatever is wrong, so the time taken does not tell an unknown card from a bad signature.
      const secret = await deps.feedSecrets.get(cardId, version);
      const matches = deps.feedSignatures.matches(secret ?? UNUSABLE_SECRET, timestamp, rawBody, signature);
      if (records.card === null || version === 0 || secret === null || !matches) return null;
      return { cardId, records };
    },

    /** 'stored', or 'unchanged' for an identical repeat (one measurement, however often it is sent). */
    async record(feed: AuthenticatedFeed, body: FeedMeasurementInput): Promise<'stored' | 'unchanged'> {
      const card = feed.records.card!;
      const kpi = requireKpi(card, body.kpiId);
      const judgement = kpiJudgement(feed.records.settings, feed.records.site, now());
      const kind = periodKindOf(kpi);
      const key = typeof body.period === 'string' ? body.period : eventPeriodKey(body.period.eventDate, body.period.eventId);
      if (typeof body.period !== 'string' && kind !== 'event') throw periodKindError(body.period.eventDate);
      const period = periodOfKey(kind, key);
      if (period === null) throw periodKindError(key);
      if (!hasStarted(period, judgement.today)) {
        throw new AppError('VALIDATION', `The period ${key} has not started yet.`, [{ path: 'period', message: 'not started yet' }], { reason: 'period-not-started' });
      }
      const existing = await deps.measurements.get(card.id, kpi.id, key);
      if (existing?.status === 'current') {
        const same =
          existing.current.value === body.value && existing.current.numerator === body.numerator && existing.current.denominator === body.denominator;
        if (same) return 'unchanged';
        if (!body.correction) {
          throw new AppError('CONFLICT', `The period ${key} has a value already; send "correction": true to replace it.`, [], {
            reason: 'period-has-value',
            params: { periodKey: key },
          });
        }
      }
      await applyMeasurementChange(
        { ...deps, now },
        {
          card,
          kpi,
          period,
          kind: 'enter',
          value: { value: body.value, numerator: body.numerator, denominator: body.denominator, comment: body.comment, source: 'webtrigger' },
          expectedRevision: existing?.revision ?? 0,
          actor: { kind: 'system', source: 'webtrigger' },
          judgement,
        },
      );
      return 'stored';
    },
  };
}
