import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { JiraSite } from '../runtime';
import { ACTION_PROPERTY_KEY } from '../../src/core/capa/ca-record';
import type { WorkbenchIssue, WorkbenchIssueDetail, WorkbenchIssuesAnswer } from '../common/workbench-jira-issue';
import { sendJson } from './http-io';
import { showsActionPanel } from './issue-panel-extension';

type SiteProject = ReturnType<JiraSite['allProjects']>[number];
type SiteIssue = SiteProject['issues'][number];

// Read loosely: the page shows what the property holds, whatever version of the app wrote it.
const PropertyLink = z.object({ link: z.object({ cardId: z.string(), kpiId: z.string().nullable(), pageId: z.string() }).nullable() });
const RemoteObject = z.object({ url: z.string(), title: z.string() });

const ISSUE_PATH = /^\/__workbench\/jira\/issues\/([^/]+)$/;

/**
 * The workbench's own view of the Jira stand-in, for its Jira pages: every project's issues and
 * one issue with its properties. Read straight from the emulated site (as Jira's UI would show
 * it to an admin), never through the app; false leaves the request to the other routes.
 */
export function routeWorkbenchJira(site: JiraSite, method: string, path: string, response: ServerResponse): boolean {
  if (method !== 'GET') return false;
  if (path === '/__workbench/jira/issues') {
    const answer: WorkbenchIssuesAnswer = {
      projects: site.allProjects().map((project) => ({ key: project.key, name: project.name, issues: project.issues.map((issue) => issueView(site, project, issue)).reverse() })),
    };
    sendJson(response, 200, answer);
    return true;
  }
  const match = ISSUE_PATH.exec(path);
  if (match === null) return false;
  const found = site.issue(decodeURIComponent(match[1]!));
  if (found === undefined) {
    sendJson(response, 404, { error: `No issue ${decodeURIComponent(match[1]!)} in the Jira stand-in.` });
    return true;
  }
  const detail: WorkbenchIssueDetail = {
    ...issueView(site, found.project, found.issue),
    properties: Object.fromEntries(found.issue.properties),
    actionPanel: showsActionPanel(site, found.issue.issueTypeId),
    id: found.issue.id,
    typeId: found.issue.issueTypeId,
    projectId: found.project.id,
  };
  sendJson(response, 200, { issue: detail });
  return true;
}

function issueView(site: JiraSite, project: SiteProject, issue: SiteIssue): WorkbenchIssue {
  const status = site.statuses.get(issue.statusId);
  const property = PropertyLink.safeParse(issue.properties.get(ACTION_PROPERTY_KEY));
  return {
    key: issue.key,
    projectKey: project.key,
    type: site.issueTypes.get(issue.issueTypeId)?.name ?? issue.issueTypeId,
    summary: typeof issue.fields.summary === 'string' ? issue.fields.summary : '',
    status: { name: status?.name ?? issue.statusId, category: status?.category ?? 'TODO' },
    reporter: issue.reporter === undefined ? null : (site.user(issue.reporter)?.name ?? issue.reporter),
    created: new Date(issue.created).toISOString(),
    link: property.success ? property.data.link : null,
    remoteLinks: issue.remoteLinks.flatMap((link) => {
      const object = RemoteObject.safeParse(link.object);
      return object.success ? [{ title: object.data.title, url: object.data.url, relationship: link.relationship ?? null }] : [];
    }),
  };
}
