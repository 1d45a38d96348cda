import type { z } from 'zod';
import type { Route } from '@forge/api';
import type { JiraRequests } from './jira-requests';

// A runaway list (an answer that never says isLast) stops here: 200 pages of 50 to 100 is far beyond any site.
const MAX_PAGES = 200;

interface PageShape<V> {
  values: V[];
  isLast?: boolean | undefined;
  total?: number | undefined;
}

/**
 * Every value of a Jira PageBean list, a page at a time from startAt 0: the next page starts
 * after the values received (Jira may answer fewer than asked), until `isLast`, or an empty page.
 */
export async function allPages<V>(jira: JiraRequests, what: string, pathAt: (startAt: number) => Route, schema: z.ZodType<PageShape<V>>): Promise<V[]> {
  const values: V[] = [];
  for (let pages = 0; pages < MAX_PAGES; pages += 1) {
    const page = await jira.expect({ what, path: pathAt(values.length) }, schema);
    values.push(...page.values);
    const last = page.isLast ?? (page.total === undefined || values.length >= page.total);
    if (last || page.values.length === 0) return values;
  }
  throw jira.unexpected(what, `more than ${MAX_PAGES} pages`);
}

/** Splits values into lists of at most `size`, for parameters Jira bounds. */
export const chunks = <T>(values: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(values.length / size) }, (_, index) => values.slice(index * size, (index + 1) * size));

/** Repeated query parameters (`name=a&name=b`), the form the spec documents for arrays. */
export const repeated = (name: string, values: readonly string[], extra: Record<string, string> = {}): URLSearchParams =>
  new URLSearchParams([...values.map((value): [string, string] => [name, value]), ...Object.entries(extra)]);
