import { z } from 'zod';

/**
 * What the app remembers of a reader Jira refused (no Jira licence, or no access to the site's
 * Jira): until NO_ACCESS_RECHECK_HOURS have passed, their first renders show the stored counts
 * without asking Jira again, so a Confluence-only reader costs no Jira call. A reader given
 * access since sees their issues after the recheck at the latest.
 */
export const NO_ACCESS_RECHECK_HOURS = 24;

export const READER_JIRA_SCHEMA_VERSION = 1 as const;

export const ReaderJiraAccess = z.object({
  schemaVersion: z.literal(READER_JIRA_SCHEMA_VERSION),
  noAccessSince: z.iso.datetime(),
});
export type ReaderJiraAccess = z.infer<typeof ReaderJiraAccess>;

export const noJiraAccess = (at: Date): ReaderJiraAccess => ({ schemaVersion: READER_JIRA_SCHEMA_VERSION, noAccessSince: at.toISOString() });

/** Jira refused this reader recently enough not to ask again. */
export function knownWithoutJira(state: ReaderJiraAccess | null, now: Date): boolean {
  if (state === null) return false;
  const since = Date.parse(state.noAccessSince);
  return since <= now.getTime() && now.getTime() - since < NO_ACCESS_RECHECK_HOURS * 3_600_000;
}
