import type { LinkedAction } from '../ports/jira-issues';
import type { ActionCounts } from '../kpi/kpi-types';

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
  /**
   * Where a raise from this card would go: `ready` (the card's project or the site default),
   * `no-project` (none chosen, no site default), `project-gone` (the chosen one is no longer set
   * up) — the macro offers raising only when ready, and says what to do otherwise.
   */
  target: 'ready' | 'no-project' | 'project-gone' | 'not-set-up';
  issues: LinkedActionView[];
  more: boolean;
  /** The same search in Jira, for "more in Jira". */
  jiraUrl?: string;
}

/** Why a card shows only the stored counts of its actions, never keys or summaries. */
export type ActionCountsReason =
  /** Signed out: Jira cannot know the reader. */
  | 'signed-out'
  /** Jira refused the reader (no licence or no access): its search answered nothing. */
  | 'no-access'
  /** No project is set up for corrective actions on this site. */
  | 'not-connected'
  /** Projects are set up, but the card names none and the site has no default. */
  | 'no-project'
  /** Jira failed (an outage, a timeout, a rate limit): the card is shown all the same. */
  | 'unavailable';

/**
 * The card's linked actions on first render, per KPI: the issues from the reader's one search,
 * or, where no search was made or it answered nothing, the counts the card's summary keeps.
 */
export type CardActionsView =
  | {
      shown: 'issues';
      /** Open ones first, at most 50 for the whole card; a KPI without issues has no entry. */
      byKpi: Record<string, LinkedActionView[]>;
      /** Jira has more than the page holds. */
      more: boolean;
      /** The same search in Jira ("more in Jira"), when the site's address is known. */
      jiraUrl: string | null;
      /** Some raised issues still lack their link to the card's page, and this reader may put it back (action/repair-links). */
      repairLinks: boolean;
    }
  | { shown: 'counts'; reason: ActionCountsReason; byKpi: Record<string, ActionCounts>; countedAt: string | null };

/** What putting back the missing links to the card's page answers. */
export interface RepairLinksResult {
  /** The issues whose link is back. */
  repaired: string[];
  /** The issues still without one (Jira refused or failed; the next render tries again). */
  remaining: string[];
}
