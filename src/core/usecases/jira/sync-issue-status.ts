import { applyIssueStatus } from '../../capa/tracked-actions';
import type { Clock } from '../../ports/clock';
import type { ActionLink, JiraIssues, StatusCategoryKey } from '../../ports/jira-issues';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import { updateLinkedActions } from './update-linked-actions';

export interface SyncIssueStatusDeps {
  measurements: MeasurementStore;
  /** As the app: a trigger has no user behind it. */
  jiraIssuesAsApp: JiraIssues;
  clock: Clock;
  logger: Logger;
}

export interface IssueStatusEvent {
  issueId: string;
  issueKey: string;
  statusCategory: StatusCategoryKey;
  resolution: string | null;
  /** Epoch ms of the issue's `updated` as the event carries it. */
  changedAt: number;
  /** The record's link when the event carries it (the trigger's payload properties); null: read the issue's property. */
  link: ActionLink | null;
}

export type SyncIssueStatusOutcome = 'applied' | 'unchanged' | 'no-record' | 'no-kpi' | 'no-card';

/**
 * Jira's issue-updated event applied to the linked-action counts of the card the issue's record
 * names, by compare-and-set with one retry (update-linked-actions.ts). A duplicate or an event
 * older than what the summary knows writes nothing. The counts are derived from Jira, which keeps
 * the issue's own history, so no audit entry is written. Bad data (no record, a card without a
 * summary, an issue not linked to a KPI) is logged and answered, never thrown: Forge would
 * deliver it again for nothing. Storage and Jira failures throw, so the trigger asks for a retry.
 */
export function createSyncIssueStatus(deps: SyncIssueStatusDeps) {
  return async (event: IssueStatusEvent): Promise<SyncIssueStatusOutcome> => {
    const link = event.link ?? (await deps.jiraIssuesAsApp.actionLink(event.issueId));
    if (link === null) return dropped(deps, 'no-record', event);
    // Only issues raised from a KPI are counted (countsOf skips the rest too).
    if (link.kpiId === null) return 'no-kpi';
    const kpiId = link.kpiId;
    const summary = await deps.measurements.getSummary(link.cardId);
    if (summary === null) return dropped(deps, 'no-card', event, link.cardId);
    const wrote = await updateLinkedActions(deps, link.cardId, (digest) =>
      applyIssueStatus(digest, { issueId: event.issueId, kpiId, statusCategory: event.statusCategory, resolution: event.resolution, changedAt: event.changedAt }),
    summary);
    return wrote ? 'applied' : 'unchanged';
  };
}

function dropped(deps: SyncIssueStatusDeps, outcome: SyncIssueStatusOutcome, event: IssueStatusEvent, cardId?: string): SyncIssueStatusOutcome {
  const why = outcome === 'no-record' ? 'the issue has no action record the app can read' : 'its card keeps no summary (unknown or deleted)';
  deps.logger.error(`Ignored a Jira issue event: ${why}`, { issueKey: event.issueKey, ...(cardId === undefined ? {} : { cardId }) });
  return outcome;
}
