import { route } from '@forge/api';
import { AppError } from '../../core/errors';
import { ACTION_PROPERTY_KEY } from '../../core/capa/ca-record';
import type { ActionLink, CreatedIssue, JiraIssues, LinkedAction, LinkedActions, NewIssue, RemoteLink, StatusCategoryKey } from '../../core/ports/jira-issues';
import { FORGE_PACING, type RetryPacing } from './rate-limit-retry';
import type { JiraLog } from './jira/jira-call';
import { JiraRequests } from './jira/jira-requests';
import { breachJql, linkedActionsJql, requestJql } from './jira/action-index';
import { CreatedIssueJson, EntityPropertyJson, ErrorCollectionJson, LinkedIssuesJson, RecordGist, RecordLink } from './jira/issue-responses';
import { CreateIssuesPermission } from './jira/jira-responses';

export interface ForgeJiraIssuesOptions {
  /** 'user' (the default): as the invoking user; 'app' for runs no user started. */
  principal?: 'user' | 'app';
  pacing?: RetryPacing;
  log?: JiraLog;
}

const ISSUE_ID_OR_KEY = /^(\d+|[A-Za-z][A-Za-z0-9_]*-\d+)$/;
const PROJECT_ID = /^\d+$/;
// Named as the app's own, not as Confluence: Jira renders Confluence's type through an application link this is not.
const APPLICATION = { type: 'process-cards', name: 'Process Cards' };
const OPEN_FIRST: Record<StatusCategoryKey, number> = { indeterminate: 0, new: 0, done: 1 };

const categoryOf = (key: string): StatusCategoryKey => (key === 'done' || key === 'indeterminate' ? key : 'new');

/**
 * Issues in Jira REST v3 as one principal: created with the action record in the same request,
 * linked back to the card's page, and found by the record's indexed values (action-index.ts).
 * Jira's JSON stays here and in `jira/`; failures become AppErrors with reason `jira`.
 */
export class ForgeJiraIssues implements JiraIssues {
  private readonly jira: JiraRequests;

  constructor(options: ForgeJiraIssuesOptions = {}) {
    this.jira = new JiraRequests(options.principal ?? 'user', {
      pacing: options.pacing ?? FORGE_PACING,
      log: options.log ?? ((message, context) => console.error(message, JSON.stringify(context))),
    });
  }

  async createIssue(issue: NewIssue): Promise<CreatedIssue> {
    const body = {
      fields: {
        project: { id: issue.projectId },
        issuetype: { id: issue.issueTypeId },
        summary: issue.summary,
        description: issue.description,
        ...(issue.reporterAccountId === undefined ? {} : { reporter: { accountId: issue.reporterAccountId } }),
      },
      properties: issue.properties.map(({ key, value }) => ({ key, value })),
    };
    // A 400 is read for the fields Jira refused: the project and type say the issue cannot be made there.
    const answer = await this.jira.send({ what: 'the new issue', method: 'POST', path: route`/rest/api/3/issue`, body, successStatuses: [400] });
    if (answer === null) throw this.jira.unexpected('the new issue', 'no answer');
    if (answer.status === 400) throw this.refusal(this.jira.parse('the new issue', ErrorCollectionJson, answer.body));
    const created = this.jira.parse('the new issue', CreatedIssueJson, answer.body);
    return { id: created.id, key: created.key };
  }

  async addRemoteLink(issueIdOrKey: string, link: RemoteLink): Promise<void> {
    if (!ISSUE_ID_OR_KEY.test(issueIdOrKey)) throw new AppError('NOT_FOUND', `'${issueIdOrKey}' names no Jira issue.`, [], { reason: 'jira' });
    await this.jira.send({
      what: 'the link to the page',
      method: 'POST',
      path: route`/rest/api/3/issue/${issueIdOrKey}/remotelink`,
      body: { globalId: link.globalId, application: APPLICATION, object: { url: link.url, title: link.title, summary: link.summary } },
    });
  }

  async searchLinkedActions(cardId: string, options: { limit: number }): Promise<LinkedActions | null> {
    const jql = linkedActionsJql(cardId);
    const answer = await this.jira.read(
      {
        what: 'the card’s actions',
        method: 'POST',
        path: route`/rest/api/3/search/jql`,
        body: { jql, maxResults: options.limit, fields: ['summary', 'status', 'issuetype'], properties: [ACTION_PROPERTY_KEY] },
        // Jira refuses a caller without a licence (or signed out): that is "no Jira", not a failure.
        absentStatuses: [401, 403],
      },
      LinkedIssuesJson,
    );
    if (answer === null) return null;
    const issues = answer.issues.map((issue): LinkedAction => {
      const gist = RecordGist.safeParse(issue.properties?.[ACTION_PROPERTY_KEY]);
      return {
        id: issue.id,
        key: issue.key,
        summary: issue.fields?.summary ?? '',
        statusName: issue.fields?.status?.name ?? '',
        statusCategory: categoryOf(issue.fields?.status?.statusCategory.key ?? 'new'),
        kind: gist.success ? gist.data.kind : null,
        kpiId: gist.success ? (gist.data.link?.kpiId ?? null) : null,
      };
    });
    // Stable: newest first within open and within done, as Jira gave them.
    issues.sort((a, b) => OPEN_FIRST[a.statusCategory] - OPEN_FIRST[b.statusCategory]);
    return { issues, more: typeof answer.nextPageToken === 'string' && answer.nextPageToken !== '', jql };
  }

  findByBreach(breachId: string): Promise<CreatedIssue | null> {
    return this.findFirst('the issue a breach raised', breachJql(breachId));
  }

  findByRequest(requestId: string): Promise<CreatedIssue | null> {
    return this.findFirst('the issue a raise request made', requestJql(requestId));
  }

  async actionLink(issueIdOrKey: string): Promise<ActionLink | null> {
    const link = RecordLink.safeParse(await this.actionProperty(issueIdOrKey));
    return link.success && link.data.link !== null ? { cardId: link.data.link.cardId, kpiId: link.data.link.kpiId ?? null } : null;
  }

  async actionProperty(issueIdOrKey: string): Promise<unknown> {
    if (!ISSUE_ID_OR_KEY.test(issueIdOrKey)) return null;
    const answer = await this.jira.read(
      // 404: no such issue, one the caller may not browse, or no such property on it.
      { what: 'the issue’s action record', path: route`/rest/api/3/issue/${issueIdOrKey}/properties/${ACTION_PROPERTY_KEY}`, absentStatuses: [404] },
      EntityPropertyJson,
    );
    return answer?.value ?? null;
  }

  async mayCreateIssues(projectId: string): Promise<boolean> {
    if (!PROJECT_ID.test(projectId)) return false;
    const answer = await this.jira.read(
      {
        what: 'the caller’s permission to create issues',
        path: route`/rest/api/3/mypermissions?projectId=${projectId}&permissions=CREATE_ISSUES`,
        // 401: no Jira for this caller; 404: a project they may not see, or one that is gone. Either way they may not create there.
        absentStatuses: [401, 404],
      },
      CreateIssuesPermission,
    );
    return answer?.permissions.CREATE_ISSUES.havePermission ?? false;
  }

  private async findFirst(what: string, jql: string): Promise<CreatedIssue | null> {
    const answer = await this.jira.expect({ what, method: 'POST', path: route`/rest/api/3/search/jql`, body: { jql, maxResults: 1, fields: ['id'] } }, LinkedIssuesJson);
    const [first] = answer.issues;
    return first === undefined ? null : { id: first.id, key: first.key };
  }

  private refusal(collection: { errors?: Record<string, string> | undefined }): AppError {
    const fields = Object.keys(collection.errors ?? {});
    // Only the reporter refused: the caller may not set it (no *Modify Reporter*, or not on the create screen) or the person may not report.
    if (fields.length === 1 && fields[0] === 'reporter') return new AppError('VALIDATION', 'Jira did not take the reporter for the new issue.', [], { reason: 'jira-reporter' });
    if (fields.includes('project')) return new AppError('FORBIDDEN', 'Jira did not let this user create issues in the project.', [], { reason: 'jira' });
    if (fields.includes('issuetype')) return new AppError('NOT_FOUND', 'The project no longer has the issue type; set it up again on the Jira admin page.', [], { reason: 'jira-project' });
    return this.jira.unexpected('the new issue', `a refusal of the fields ${fields.join(', ') || '(none named)'}`);
  }
}
