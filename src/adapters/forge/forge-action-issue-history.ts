import { route } from '@forge/api';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { ActionIssueHistory, StatusChange } from '../../core/ports/action-issue-history';
import { FORGE_PACING, type RetryPacing } from './rate-limit-retry';
import type { JiraLog } from './jira/jira-call';
import { JiraRequests } from './jira/jira-requests';
import { allPages } from './jira/jira-pages';

export interface ForgeActionIssueHistoryOptions {
  pacing?: RetryPacing;
  log?: JiraLog;
}

const ISSUE_KEY = /^[A-Za-z][A-Za-z0-9_]*-\d+$/;
// Jira's largest changelog page.
const CHANGELOG_PAGE = 100;

/** EntityProperty (GET /issue/{key}/properties/{propertyKey}). */
const EntityPropertyJson = z.object({ key: z.string(), value: z.unknown() });

/** PageBeanChangelog, the parts read: when, and each item's field and from/to ids (Jira sends null for an empty side). */
const ChangelogPageJson = z.object({
  values: z.array(
    z.object({
      created: z.string(),
      items: z.array(z.object({ fieldId: z.string().optional(), field: z.string().optional(), from: z.string().nullish(), to: z.string().nullish() })).default([]),
    }),
  ),
  isLast: z.boolean().optional(),
  total: z.number().optional(),
});

/**
 * An issue's action record and status history as the app (`asApp`): a validator runs inside
 * another person's transition, and the gate must read the same whoever moves the issue.
 */
export class ForgeActionIssueHistory implements ActionIssueHistory {
  private readonly jira: JiraRequests;

  constructor(options: ForgeActionIssueHistoryOptions = {}) {
    this.jira = new JiraRequests('app', {
      pacing: options.pacing ?? FORGE_PACING,
      log: options.log ?? ((message, context) => console.error(message, JSON.stringify(context))),
    });
  }

  async property(issueKey: string, key: string): Promise<unknown> {
    const answer = await this.jira.read(
      // 404: the issue has no such property (or the issue is gone): either way no record.
      { what: 'the issue’s action record', path: route`/rest/api/3/issue/${checkedKey(issueKey)}/properties/${key}`, absentStatuses: [404] },
      EntityPropertyJson,
    );
    return answer === null ? null : answer.value;
  }

  async statusChanges(issueKey: string): Promise<StatusChange[]> {
    const key = checkedKey(issueKey);
    const entries = await allPages(this.jira, 'the issue’s history', (startAt) => route`/rest/api/3/issue/${key}/changelog?startAt=${startAt}&maxResults=${CHANGELOG_PAGE}`, ChangelogPageJson);
    const changes: StatusChange[] = [];
    for (const entry of entries) {
      const at = new Date(entry.created);
      if (Number.isNaN(at.getTime())) throw this.jira.unexpected('the issue’s history', 'a change without a readable date');
      for (const item of entry.items) {
        if ((item.fieldId ?? item.field) !== 'status' || item.from == null || item.to == null) continue;
        changes.push({ at: at.toISOString(), fromStatusId: item.from, toStatusId: item.to });
      }
    }
    // Jira lists the changelog oldest first; sorted anyway, so "the latest" never rests on it.
    return changes.sort((a, b) => a.at.localeCompare(b.at));
  }
}

function checkedKey(issueKey: string): string {
  if (!ISSUE_KEY.test(issueKey)) throw new AppError('NOT_FOUND', `'${issueKey}' names no Jira issue.`, [], { reason: 'jira' });
  return issueKey;
}
