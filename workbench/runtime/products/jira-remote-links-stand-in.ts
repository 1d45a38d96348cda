import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteRemoteLink } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { API } from './jira-json';

interface RemoteIssueLinkRequest {
  globalId?: string;
  relationship?: string;
  application?: Record<string, unknown>;
  object: Record<string, unknown>;
}

const MAX_GLOBAL_ID_LENGTH = 255;
const PATH = '/rest/api/3/issue/{issueIdOrKey}/remotelink';

const linkSelf = (issue: SiteIssue, link: SiteRemoteLink) => `${API}/issue/${issue.id}/remotelink/${link.id}`;

/** RemoteIssueLink, as GET answers it. */
const linkJson = (issue: SiteIssue, link: SiteRemoteLink) => ({
  id: link.id,
  self: linkSelf(issue, link),
  ...(link.globalId === undefined ? {} : { globalId: link.globalId }),
  ...(link.application === undefined ? {} : { application: link.application }),
  ...(link.relationship === undefined ? {} : { relationship: link.relationship }),
  object: link.object,
});

/** The issue, if the caller may browse its project; Jira hides the others behind the same 404 as a missing one. */
function visibleIssue(site: JiraSite, caller: string, idOrKey: string): SiteIssue | ProductResponse {
  const found = site.issue(idOrKey);
  if (found === undefined || !site.mayBrowse(caller, found.project)) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
  return found.issue;
}

const isResponse = (value: SiteIssue | ProductResponse): value is ProductResponse => 'status' in value;

/** A link with the same globalId is updated in place (200); any other is added (201). */
function putLink(site: JiraSite, issue: SiteIssue, request: RemoteIssueLinkRequest): ProductResponse {
  const { globalId } = request;
  if (globalId !== undefined && globalId.length > MAX_GLOBAL_ID_LENGTH) return jiraError(400, [], { globalId: `The global ID must be at most ${MAX_GLOBAL_ID_LENGTH} characters.` });
  const fields = { globalId, relationship: request.relationship, application: request.application, object: request.object };
  const existing = globalId === undefined ? undefined : issue.remoteLinks.find((link) => link.globalId === globalId);
  if (existing !== undefined) {
    Object.assign(existing, fields);
    return { status: 200, body: { id: existing.id, self: linkSelf(issue, existing) } };
  }
  const link: SiteRemoteLink = { id: Number(site.nextId()), ...fields };
  issue.remoteLinks.push(link);
  return { status: 201, body: { id: link.id, self: linkSelf(issue, link) } };
}

/**
 * Remote issue links: added (or, by globalId, updated) and read by whoever may browse the issue.
 * Jira's per-issue cap on remote links (413) and its *Link issues* permission are not modelled.
 */
export const REMOTE_LINK_ROUTES: JiraRoute[] = [
  {
    method: 'POST',
    path: PATH,
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, params, body }) => {
      const issue = visibleIssue(site, caller, params.issueIdOrKey!);
      return isResponse(issue) ? issue : putLink(site, issue, body as RemoteIssueLinkRequest);
    },
  },
  {
    method: 'GET',
    path: PATH,
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, params, query }) => {
      const unknown = [...query.keys()].find((name) => name !== 'globalId');
      if (unknown !== undefined) return notEmulated(`the '${unknown}' parameter`);
      const issue = visibleIssue(site, caller, params.issueIdOrKey!);
      if (isResponse(issue)) return issue;
      const globalId = query.get('globalId');
      if (globalId === null) return { status: 200, body: issue.remoteLinks.map((link) => linkJson(issue, link)) };
      const link = issue.remoteLinks.find((candidate) => candidate.globalId === globalId);
      return link === undefined ? jiraError(404, ['No remote link with this global ID exists on the issue.']) : { status: 200, body: linkJson(issue, link) };
    },
  },
];
