import { InvocationError, InvocationErrorCode } from '@forge/events';
import { CARD_ID_PATH, JiraIssueEvent, KPI_ID_PATH } from '../../contracts/jira-event-contracts';
import { isAppError } from '../../core/errors';
import type { ActionLink, StatusCategoryKey } from '../../core/ports/jira-issues';
import type { Logger } from '../../core/ports/logger';
import type { IssueStatusEvent } from '../../core/usecases/jira/sync-issue-status';
import type { AppUseCases } from '../compose-use-cases';

/** Forge retries an app's InvocationError at most 4 times; a minute lets a storage hiccup pass. */
const RETRY_AFTER_SECONDS = 60;

const categoryOf = (key: string): StatusCategoryKey => (key === 'done' || key === 'indeterminate' ? key : 'new');

/**
 * The `trigger` on Jira's issue events, filtered in the manifest to issues carrying the app's
 * action record. It runs as the app (there is no user to take an actor from). A malformed or
 * unusable event is logged and dropped; a failure of storage or Jira asks Forge to deliver the
 * event again (an uncaught throw is not an app-level retry request: events-reference/product_events).
 */
export function defineJiraIssueTrigger(useCases: AppUseCases, logger: Logger) {
  return async (payload: unknown): Promise<InvocationError | undefined> => {
    const parsed = JiraIssueEvent.safeParse(payload);
    if (!parsed.success) {
      logger.error('Dropped a malformed Jira issue event', { issue: parsed.error.issues[0]?.path.join('.') ?? '' });
      return undefined;
    }
    const event = toStatusEvent(parsed.data);
    if (event === null) {
      logger.error('Dropped a Jira issue event without a status or a time', { issueKey: parsed.data.issue.key });
      return undefined;
    }
    try {
      await useCases.actions.syncIssueStatus(event);
      return undefined;
    } catch (error) {
      logger.error('Could not apply a Jira issue event; asking for it again', { issueKey: event.issueKey, code: isAppError(error) ? error.code : 'unexpected' });
      return new InvocationError({ retryAfter: RETRY_AFTER_SECONDS, retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST });
    }
  };
}

function toStatusEvent(event: JiraIssueEvent): IssueStatusEvent | null {
  const fields = event.issue.fields;
  const category = fields?.status?.statusCategory.key;
  const updated = fields?.updated === undefined ? Number.NaN : Date.parse(fields.updated);
  const changedAt = Number.isFinite(updated) ? updated : event.timestamp;
  if (category === undefined || changedAt === undefined) return null;
  return {
    issueId: event.issue.id,
    issueKey: event.issue.key,
    statusCategory: categoryOf(category),
    resolution: fields?.resolution?.name ?? null,
    changedAt,
    link: includedLink(event.payloadIncludeProperties),
  };
}

/** The link from the event's included properties; absent ones (unresolvable when the event was made) are read from the issue. */
function includedLink(included: Record<string, unknown> | undefined): ActionLink | null {
  const cardId = included?.[CARD_ID_PATH];
  if (typeof cardId !== 'string' || cardId === '') return null;
  const kpiId = included?.[KPI_ID_PATH];
  return { cardId, kpiId: typeof kpiId === 'string' && kpiId !== '' ? kpiId : null };
}
