import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FeedSignatures } from '../../core/ports/feed-secrets';

/**
 * The KPI feed's request signature: HMAC-SHA256 over `{timestamp}.{raw body}` with the card's
 * secret, sent as `sha256=<hex>`. The timestamp (Unix seconds) is signed too, so an old request
 * cannot be replayed with a fresh one.
 */
export function feedSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

/** Node's crypto (in Forge's runtime too); compared in constant time. */
export const hmacFeedSignatures: FeedSignatures = {
  matches(secret, timestamp, rawBody, given) {
    const expected = Buffer.from(feedSignature(secret, timestamp, rawBody), 'utf8');
    const actual = Buffer.from(given, 'utf8');
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  },
};
