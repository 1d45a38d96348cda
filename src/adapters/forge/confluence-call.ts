import { AppError } from '../../core/errors';

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

/** What the helper reads of an answer: @forge/api's own Response type is narrower than fetch's. */
export interface ConfluenceResponse {
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}

export type ConfluenceLog = (message: string, context: Record<string, unknown>) => void;

export interface CallOptions {
  pacing: RetryPacing;
  log: ConfluenceLog;
  /** Statuses that mean "not there for this user" (answered as null), not a failure. */
  absentStatuses?: readonly number[];
}

// Retry-After of 0 on every answer must not spin for the whole budget.
const MAX_ATTEMPTS = 6;
// Confluence normally sends Retry-After with a 429; without it, a short pause is still polite.
const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * Every Confluence request goes through here: a 429 is retried after Retry-After while the
 * budget lasts, then reported as RATE_LIMITED; any other failure becomes INTERNAL. Only the
 * status is kept, because Confluence's own text is neither in the reader's language nor for them.
 */
export async function callConfluence<R extends ConfluenceResponse>(
  what: string,
  send: () => Promise<R>,
  { pacing, log, absentStatuses = [] }: CallOptions,
): Promise<R | null> {
  const started = pacing.now();
  for (let attempt = 1; ; attempt += 1) {
    const response = await send();
    if (response.ok) return response;
    if (absentStatuses.includes(response.status)) return null;
    if (response.status !== 429) {
      log(`Confluence answered ${what} with HTTP ${response.status}`, { what, status: response.status });
      throw new AppError('INTERNAL', `Confluence could not answer ${what} (HTTP ${response.status}).`, [], { reason: 'confluence' });
    }
    const wait = retryAfterMs(response.headers.get('retry-after'), pacing.now());
    if (attempt >= MAX_ATTEMPTS || pacing.now() - started + wait > pacing.budgetMs) {
      log(`Confluence kept rate-limiting ${what}`, { what, status: 429, attempts: attempt, waitedMs: pacing.now() - started });
      throw new AppError('RATE_LIMITED', `Confluence is busy and refused ${what} for now; try again in a minute.`, [], {
        reason: 'confluence',
      });
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
