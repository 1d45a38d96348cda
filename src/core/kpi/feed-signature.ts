import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The KPI feed's request signature: HMAC-SHA256 over `{timestamp}.{raw body}` with the card's
 * secret, sent as `sha256=<hex>`. The timestamp (Unix seconds) is signed too, so an old request
 * cannot be replayed with a fresh one.
 */
export function feedSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex')}`;
}

export function signatureMatches(secret: string, timestamp: string, rawBody: string, given: string): boolean {
  const expected = Buffer.from(feedSignature(secret, timestamp, rawBody), 'utf8');
  const actual = Buffer.from(given, 'utf8');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Is the signed time within `windowSeconds` of now? A timestamp that is not whole seconds is not. */
export function timestampFresh(timestamp: string, now: Date, windowSeconds: number): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= windowSeconds;
}
