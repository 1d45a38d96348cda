import type { ProductResponse } from './product-request';
import { jiraError } from './jira-errors';
import { API } from './jira-json';

export interface Paging {
  startAt: number;
  maxResults: number;
}

/**
 * `startAt` and `maxResults` of Jira's paged lists. Asking for more than a page holds gives a
 * full page, not an error (project search documents it; the scheme lists behave alike), so a
 * caller must follow `isLast`.
 */
export function pagingOf(query: URLSearchParams, pageCap: number, defaultMax = 50): Paging | ProductResponse {
  const startAt = Number(query.get('startAt') ?? 0);
  const asked = Number(query.get('maxResults') ?? defaultMax);
  if (!Number.isInteger(startAt) || startAt < 0) return jiraError(400, ['startAt must be a whole number ≥ 0.']);
  if (!Number.isInteger(asked) || asked < 0) return jiraError(400, ['maxResults must be a whole number ≥ 0.']);
  return { startAt, maxResults: Math.min(asked, pageCap) };
}

/** A PageBean: `values` from `startAt`, with `nextPage` while more follow. */
export function pageOf<T>(path: string, query: URLSearchParams, all: readonly T[], paging: Paging) {
  const values = all.slice(paging.startAt, paging.startAt + paging.maxResults);
  const isLast = paging.startAt + values.length >= all.length;
  const link = (startAt: number) => {
    const next = new URLSearchParams(query);
    next.set('startAt', String(startAt));
    next.set('maxResults', String(paging.maxResults));
    return `${API}${path}?${next}`;
  };
  return {
    self: link(paging.startAt),
    ...(isLast ? {} : { nextPage: link(paging.startAt + paging.maxResults) }),
    maxResults: paging.maxResults,
    startAt: paging.startAt,
    total: all.length,
    isLast,
    values,
  };
}

export const isPaging = (value: Paging | ProductResponse): value is Paging => 'startAt' in value;
