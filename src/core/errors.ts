/**
 * One error family for the core: every failure a user can cause has a code from this fixed
 * list, a reason that narrows it, and parameters, so the UI words it in the reader's language.
 * `message` is an English sentence for logs, the CLI and webtrigger callers; the UI shows server
 * text only as field details of a VALIDATION error.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'TOO_LARGE',
  'NOT_RECOGNISED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What narrows a code, e.g. FORBIDDEN because the page cannot be seen vs cannot be edited. */
export const ERROR_REASONS = {
  VALIDATION: ['payload', 'context', 'cursor', 'period-not-started', 'period-kind', 'value', 'jira-reporter'],
  NOT_FOUND: ['card', 'config-card', 'import', 'kpi', 'measurement', 'jira', 'jira-project', 'jira-project-gone', 'jira-no-project', 'jira-project-not-ready', 'jira-group'],
  CONFLICT: ['version', 'macro-has-card', 'import-in-progress', 'import-id-reused', 'measurement-changed', 'period-has-value', 'jira', 'provisioning-blocked', 'plan-changed', 'provisioning-running', 'jira-refused', 'raise-pending', 'raise-request-reused', 'jira-default-changed', 'jira-override-group-changed'],
  FORBIDDEN: ['sign-in', 'view', 'edit', 'jira', 'jira-create'],
  TOO_LARGE: ['request', 'card-count', 'storage', 'action-record'],
  NOT_RECOGNISED: ['no-card', 'encoding'],
  RATE_LIMITED: ['confluence', 'storage', 'jira'],
  INTERNAL: ['unexpected', 'confluence', 'jira'],
} as const satisfies Record<ErrorCode, readonly string[]>;

export type ErrorReason<C extends ErrorCode = ErrorCode> = (typeof ERROR_REASONS)[C][number];

/** Values a message needs (counts, limits, titles); numbers stay numbers so the UI formats them in its locale. */
export type ErrorParams = Record<string, string | number>;

export interface ErrorDetail {
  /** Dotted path of the offending field, e.g. "content.kpis.0.name". */
  path: string;
  message: string;
}

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly reason: ErrorReason<C> | undefined;
  readonly params: ErrorParams;
  readonly details: ErrorDetail[];

  constructor(
    code: C,
    message: string,
    details: ErrorDetail[] = [],
    extra: { reason?: ErrorReason<C>; params?: ErrorParams } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.reason = extra.reason;
    this.params = extra.params ?? {};
    this.details = details;
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
