import type { IssueEventNotice } from './jira-app-connection';
import type { JiraSite } from './jira-site';
import { JIRA_APP_USER } from './jira-site';
import type { SiteChange, SiteIssue, SiteProject } from './jira-site-types';
import { jiraDateTime, statusField } from './jira-issue-json';
import { API, issueTypeJson } from './jira-json';

/** The issue as Jira expressions see it: what the app's expressions read (key, id, properties). */
export function expressionIssue(issue: SiteIssue): Record<string, unknown> {
  return { id: Number(issue.id), key: issue.key, properties: Object.fromEntries(issue.properties) };
}

function resolutionJson(site: JiraSite, issue: SiteIssue) {
  const resolution = site.resolutions.find((candidate) => candidate.id === issue.fields.resolution);
  return resolution === undefined ? null : { self: `${API}/resolution/${resolution.id}`, id: resolution.id, name: resolution.name, description: resolution.description };
}

/**
 * `avi:jira:updated:issue` as Jira makes it for one changelog entry (events-reference/jira):
 * the issue with its fields as they are now, who changed it, when, the changelog entry, and the
 * statuses on a status change.
 */
export function issueUpdatedNotice(site: JiraSite, project: SiteProject, issue: SiteIssue, change: SiteChange): IssueEventNotice {
  const status = change.items.find((item) => item.fieldId === 'status');
  const payload = {
    eventType: 'avi:jira:updated:issue',
    selfGenerated: change.author === JIRA_APP_USER.accountId,
    ...(change.author === undefined ? {} : { atlassianId: change.author }),
    timestamp: change.created,
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.fields.summary,
        status: statusField(site, issue.statusId),
        issuetype: issueTypeJson(site.issueTypes.get(issue.issueTypeId)!),
        project: { self: `${API}/project/${project.id}`, id: project.id, key: project.key, name: project.name },
        resolution: resolutionJson(site, issue),
        created: jiraDateTime(issue.created),
        updated: jiraDateTime(issue.updated),
      },
    },
    changelog: { id: change.id, items: change.items.map((item) => ({ ...item })) },
    ...(status === undefined ? {} : { associatedStatuses: [{ id: status.from }, { id: status.to }] }),
  };
  return { eventType: 'avi:jira:updated:issue', payload, expressionIssue: expressionIssue(issue), atlassianId: change.author };
}
