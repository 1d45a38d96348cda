/** A product REST call as the local Forge runtime records it from `@forge/api`'s transport. */
export interface RecordedRequest {
  remote: 'jira' | 'confluence';
  method: string;
  /** Path with query string, exactly as sent (e.g. '/wiki/api/v2/pages/1?body-format=storage'). */
  path: string;
  body?: unknown;
  /** Optional: when present, required headers and the content type are checked too. */
  headers?: Record<string, string>;
}
