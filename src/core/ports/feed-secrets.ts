/**
 * The KPI feed's signing secrets, one per card and rotation (Forge secret storage: encrypted,
 * never queryable). `version` numbers a rotation; the card settings say which one is in force.
 */
export interface FeedSecrets {
  get(cardId: string, version: number): Promise<string | null>;
  set(cardId: string, version: number, secret: string): Promise<void>;
  delete(cardId: string, version: number): Promise<void>;
}

/** Where an external system posts a card's measurements: the installation's webtrigger URL plus the card's suffix. */
export interface FeedUrls {
  urlFor(cardId: string): Promise<string>;
}

/** The suffix (`userPath`) that names a card in a feed URL. */
export const feedUserPath = (cardId: string): string => `/cards/${cardId}`;

/** The card a feed request names, or null when the suffix is not one we hand out. */
export function cardIdFromUserPath(userPath: string | undefined): string | null {
  const match = /^\/?cards\/([A-Za-z0-9_-]{1,64})\/?$/.exec(userPath ?? '');
  return match?.[1] ?? null;
}

/** Checks a feed request's signature (HMAC-SHA256 in production: src/adapters/node). */
export interface FeedSignatures {
  matches(secret: string, timestamp: string, rawBody: string, signature: string): boolean;
}

/** How far a signed timestamp may be from now. */
export const FEED_TIMESTAMP_WINDOW_SECONDS = 300;

/** Is the signed time within the window of now? A timestamp that is not whole seconds is not. */
export function timestampFresh(timestamp: string, now: Date, windowSeconds = FEED_TIMESTAMP_WINDOW_SECONDS): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(now.getTime() / 1000 - Number(timestamp)) <= windowSeconds;
}
