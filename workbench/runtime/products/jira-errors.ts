import type { ProductResponse } from './product-request';

/** The error body Jira's REST API sends (ErrorCollection): `{ errorMessages, errors }`. */
export const jiraError = (status: number, errorMessages: readonly string[], errors: Record<string, string> = {}): ProductResponse => ({
  status,
  body: { errorMessages: [...errorMessages], errors },
});

/**
 * What the stand-in answers for a request it does not emulate (a parameter, a JQL form): refused
 * rather than ignored, so a test cannot pass on a filter that did nothing.
 */
export const notEmulated = (what: string): ProductResponse => jiraError(400, [`The local Jira stand-in does not emulate ${what}.`]);
