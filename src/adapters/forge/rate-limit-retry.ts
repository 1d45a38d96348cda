/** How long to wait between attempts; injected so tests move a fake clock instead of sleeping. */
export interface RetryPacing {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** All waiting for one call stays under this (ms), far inside Forge's 25 s resolver limit. */
  budgetMs: number;
}

export const FORGE_PACING: RetryPacing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  budgetMs: 5_000,
};

/** What the retry reads of a product's answer: @forge/api's own Response type is narrower than fetch's. */
export interface ProductAnswer {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

export type Paced<R> = { response: R } | { gaveUp: { attempts: number; waitedMs: number } };

// Retry-After of 0 on every answer must not spin for the whole budget.
const MAX_ATTEMPTS = 6;
// Products normally send Retry-After with a 429; without it, a short pause is still polite.
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * Sends until the answer is not a 429, waiting as Retry-After says while the budget lasts;
 * answers the first other response, or that it gave up.
 */
export async function sendPaced<R extends ProductAnswer>(send: () => Promise<R>, pacing: RetryPacing): Promise<Paced<R>> {
  const started = pacing.now();
  for (let attempt = 1; ; attempt += 1) {
    const response = await send();
    if (response.status !== 429) return { response };
    const wait = retryAfterMs(response.headers.get('retry-after'), pacing.now());
    if (attempt >= MAX_ATTEMPTS || pacing.now() - started + wait > pacing.budgetMs) {
      return { gaveUp: { attempts: attempt, waitedMs: pacing.now() - started } };
    }
    await pacing.sleep(wait);
  }
}

/** Retry-After is delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number {
  if (header === null || header.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1_000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : Math.max(0, date - now);
}
