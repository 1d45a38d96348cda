import type { ResolverError } from '../contracts/resolver-contracts';
import type { AppError, ErrorCode } from '../core/errors';

/**
 * The one place that turns the core's errors into what each kind of caller gets: a resolver's
 * result (the UI words it), or an HTTP status for a webtrigger. Static webtriggers answer with
 * predefined outputs only, one per status, named by `webtriggerOutputKey`; the manifest declares
 * exactly WEBTRIGGER_OUTPUTS.
 */
export function resolverError(error: AppError): ResolverError {
  return {
    code: error.code,
    ...(error.reason !== undefined ? { reason: error.reason } : {}),
    message: error.message,
    ...(Object.keys(error.params).length > 0 ? { params: error.params } : {}),
    ...(error.details.length > 0 ? { details: error.details } : {}),
  };
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  NOT_RECOGNISED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/**
 * A webtrigger that cannot tell who is calling answers 401 for every authentication failure
 * (unknown target, bad or missing signature, stale timestamp), indistinguishably.
 */
export const UNAUTHENTICATED_STATUS = 401;
export const SUCCESS_STATUS = 200;

export const webtriggerOutputKey = (status: number): string => `status-${status}`;

/**
 * Failures whose sender must do something other than the status's output says, each with an
 * output of its own: a value stored for the period by someone else at the same moment is not
 * fixed by "send correction: true" (the status-409 body) but by sending again.
 */
const REASON_OUTPUTS: ReadonlyArray<{ reason: string; statusCode: number; key: string }> = [
  { reason: 'measurement-changed', statusCode: HTTP_STATUS.CONFLICT, key: 'status-409-changed' },
];

/** Every output a webtrigger can answer with, so the manifest's static outputs cover them all. */
export const WEBTRIGGER_OUTPUTS: ReadonlyArray<{ key: string; statusCode: number }> = [
  ...[SUCCESS_STATUS, UNAUTHENTICATED_STATUS, ...new Set(Object.values(HTTP_STATUS))].map((statusCode) => ({ key: webtriggerOutputKey(statusCode), statusCode })),
  ...REASON_OUTPUTS.map(({ key, statusCode }) => ({ key, statusCode })),
];

/** What a static webtrigger returns for an expected failure (its body is the predefined output's). */
export function webtriggerAnswerFor(error: AppError): { outputKey: string } {
  const specific = REASON_OUTPUTS.find((output) => output.reason === error.reason && output.statusCode === HTTP_STATUS[error.code]);
  return { outputKey: specific?.key ?? webtriggerOutputKey(HTTP_STATUS[error.code]) };
}
