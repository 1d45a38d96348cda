import { AppError, type ErrorCode } from '../../../core/errors';
import { sendPaced, type ProductAnswer, type RetryPacing } from '../rate-limit-retry';

export type JiraLog = (message: string, context: Record<string, unknown>) => void;

export interface JiraCallOptions {
  pacing: RetryPacing;
  log: JiraLog;
  /** Statuses that mean "not there" (answered as null), not a failure. */
  absentStatuses?: readonly number[];
  /** Statuses besides 2xx that are a success (a 303 naming a task). */
  successStatuses?: readonly number[];
}

/**
 * What a refusal means for the app. Jira answers 401, not 403, for a missing permission on
 * several admin operations (statuses, workflows, the scheme switch), and the platform signs
 * every call in, so both are a refusal of the caller.
 */
const CODE_OF: Record<number, ErrorCode> = { 401: 'FORBIDDEN', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT' };

/**
 * Every Jira request goes through here: a 429 is retried after Retry-After while the budget
 * lasts, then reported as RATE_LIMITED; a refusal becomes FORBIDDEN, a missing thing NOT_FOUND,
 * a conflict CONFLICT and anything else INTERNAL (reason `jira`). Only the status is kept: Jira's
 * own text is neither in the reader's language nor for them.
 */
export async function callJira<R extends ProductAnswer>(
  what: string,
  send: () => Promise<R>,
  { pacing, log, absentStatuses = [], successStatuses = [] }: JiraCallOptions,
): Promise<R | null> {
  const paced = await sendPaced(send, pacing);
  if ('gaveUp' in paced) {
    log(`Jira kept rate-limiting ${what}`, { what, status: 429, ...paced.gaveUp });
    throw new AppError('RATE_LIMITED', `Jira is busy and refused ${what} for now; try again in a minute.`, [], { reason: 'jira' });
  }
  const { response } = paced;
  if (response.ok || successStatuses.includes(response.status)) return response;
  if (absentStatuses.includes(response.status)) return null;
  log(`Jira answered ${what} with HTTP ${response.status}`, { what, status: response.status });
  const code = CODE_OF[response.status] ?? 'INTERNAL';
  throw new AppError(code, `Jira ${code === 'INTERNAL' ? 'could not answer' : 'refused'} ${what} (HTTP ${response.status}).`, [], { reason: 'jira' });
}
