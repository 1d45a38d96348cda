import { AppError } from '../../core/errors';
import { sendPaced, type ProductAnswer, type RetryPacing } from './rate-limit-retry';

export { FORGE_PACING, retryAfterMs, type RetryPacing } from './rate-limit-retry';

/** What the helper reads of an answer: @forge/api's own Response type is narrower than fetch's. */
export type ConfluenceResponse = ProductAnswer;

export type ConfluenceLog = (message: string, context: Record<string, unknown>) => void;

export interface CallOptions {
  pacing: RetryPacing;
  log: ConfluenceLog;
  /** Statuses that mean "not there for this user" (answered as null), not a failure. */
  absentStatuses?: readonly number[];
}

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
  const paced = await sendPaced(send, pacing);
  if ('gaveUp' in paced) {
    log(`Confluence kept rate-limiting ${what}`, { what, status: 429, ...paced.gaveUp });
    throw new AppError('RATE_LIMITED', `Confluence is busy and refused ${what} for now; try again in a minute.`, [], { reason: 'confluence' });
  }
  const { response } = paced;
  if (response.ok) return response;
  if (absentStatuses.includes(response.status)) return null;
  log(`Confluence answered ${what} with HTTP ${response.status}`, { what, status: response.status });
  throw new AppError('INTERNAL', `Confluence could not answer ${what} (HTTP ${response.status}).`, [], { reason: 'confluence' });
}
