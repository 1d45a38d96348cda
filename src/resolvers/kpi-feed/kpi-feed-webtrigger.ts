import { z } from 'zod';
import { FEED_SIGNATURE_HEADER, FEED_TIMESTAMP_HEADER, FeedMeasurementBody, MAX_FEED_BODY_BYTES } from '../../contracts/kpi-contracts';
import { cardIdFromUserPath } from '../../core/ports/feed-secrets';
import type { Logger } from '../../core/ports/logger';
import type { AppUseCases } from '../compose-use-cases';
import { SUCCESS_STATUS, UNAUTHENTICATED_STATUS, webtriggerAnswerFor, webtriggerOutputKey } from '../error-mapping';
import { isAppError } from '../../core/errors';
import { parsePayload } from '../run-resolver';

/** The part of Forge's webtrigger request the feed reads (headers arrive lower-cased, as lists). */
const WebtriggerRequest = z.object({
  body: z.string().optional(),
  userPath: z.string().optional(),
  headers: z.record(z.string(), z.array(z.string())).optional(),
});

type Answer = { outputKey: string };

const status = (code: number): Answer => ({ outputKey: webtriggerOutputKey(code) });
/** Header names are case-insensitive (RFC 9110); senders and proxies spell them as they like. */
const header = (headers: Record<string, string[]> | undefined, name: string): string | undefined =>
  Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1]?.[0];

/**
 * The KPI data feed (`webtrigger` kpi-feed, static outputs). The platform does not authenticate
 * webtriggers, so this does, before the body is parsed: the card named by the URL suffix, its
 * secret, an HMAC-SHA256 over `{timestamp}.{body}`, a timestamp within 5 minutes. Every failure
 * of that is the same 401. Then the body is parsed and the value stored (or found already there).
 */
export function defineKpiFeed(useCases: AppUseCases, logger: Logger) {
  return async (request: unknown): Promise<Answer> => {
    try {
      const parsed = WebtriggerRequest.safeParse(request);
      if (!parsed.success) return status(400);
      const { body = '', userPath, headers } = parsed.data;
      if (Buffer.byteLength(body, 'utf8') > MAX_FEED_BODY_BYTES) return status(413);
      const feed = await useCases.feed.authenticate({
        cardId: cardIdFromUserPath(userPath),
        timestamp: header(headers, FEED_TIMESTAMP_HEADER),
        signature: header(headers, FEED_SIGNATURE_HEADER),
        rawBody: body,
      });
      if (feed === null) return status(UNAUTHENTICATED_STATUS);
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return status(400);
      }
      await useCases.feed.record(feed, parsePayload(FeedMeasurementBody, json));
      return status(SUCCESS_STATUS);
    } catch (error) {
      if (isAppError(error)) return webtriggerAnswerFor(error);
      logger.error('The KPI feed failed', { error: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) });
      return status(500);
    }
  };
}
