import type { LinkedAction } from '../ports/jira-issues';

/** What raising answers: the issue, and whether the link back to the card's page is in place. */
export interface RaiseActionResult {
  issue: { id: string; key: string; url: string | null };
  kind: 'corrective-action' | 'improvement';
  /** False when Jira did not take the link to the page (the issue exists all the same). */
  linked: boolean;
  /** True when this request had raised it already (a retry): nothing new was made. */
  repeated: boolean;
}

export interface LinkedActionView extends LinkedAction {
  /** The issue in Jira, when the site's address is known. */
  url: string | null;
}

/**
 * The card's corrective actions and improvements as the reader may see them in Jira:
 * `no-access` when Jira does not let the reader in, `not-set-up` when no project is provisioned.
 */
export interface LinkedActionsResult {
  jira: 'ok' | 'no-access' | 'not-set-up';
  issues: LinkedActionView[];
  more: boolean;
  /** The same search in Jira, for "more in Jira". */
  jiraUrl?: string;
}
