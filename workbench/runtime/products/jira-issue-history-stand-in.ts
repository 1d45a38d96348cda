import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteChange, SiteIssue } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { jiraDateTime } from './jira-issue-json';
import { isPaging, pageOf, pagingOf } from './jira-paging';
import { API } from './jira-json';

// Jira pages an issue's changelog by at most 100.
const CHANGELOG_PAGE_CAP = 100;

/** The issue, if the caller may browse its project; Jira hides the others behind the same 404 as a missing one. */
function visibleIssue(site: JiraSite, caller: string, idOrKey: string): SiteIssue | ProductResponse {
  const found = site.issue(idOrKey);
  if (found === undefined || !site.mayBrowse(caller, found.project)) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
  return found.issue;
}

const isResponse = (value: SiteIssue | ProductResponse): value is ProductResponse => 'status' in value;

/** Changelog, as the list answers it (an author the site does not know is left out, as Jira omits a deleted user's). */
function changeJson(site: JiraSite, change: SiteChange) {
  const author = site.user(change.author);
  return {
    id: change.id,
    ...(author === undefined ? {} : { author: { self: `${API}/user?accountId=${author.accountId}`, accountId: author.accountId, displayName: author.name, active: true, accountType: 'atlassian' } }),
    created: jiraDateTime(change.created),
    items: change.items.map((item) => Object.fromEntries(Object.entries(item).filter(([, value]) => value !== null))),
  };
}

/**
 * An issue's own history and properties as whoever may browse it reads them: one issue property
 * by key, and the changelog, oldest first, paged. The changelog holds the status changes
 * JiraSite.changeStatus made (the stand-in has no transition API yet).
 */
export const ISSUE_HISTORY_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    access: { who: 'anyone' },
    answer: ({ site, caller, params }) => {
      const issue = visibleIssue(site, caller, params.issueIdOrKey!);
      if (isResponse(issue)) return issue;
      const key = params.propertyKey!;
      if (!issue.properties.has(key)) return jiraError(404, [`The property with key ${key} does not exist.`]);
      return { status: 200, body: { key, value: issue.properties.get(key) } };
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/changelog',
    access: { who: 'anyone' },
    answer: ({ site, caller, params, query }) => {
      const unknown = [...query.keys()].find((name) => name !== 'startAt' && name !== 'maxResults');
      if (unknown !== undefined) return notEmulated(`the '${unknown}' parameter`);
      const issue = visibleIssue(site, caller, params.issueIdOrKey!);
      if (isResponse(issue)) return issue;
      const paging = pagingOf(query, CHANGELOG_PAGE_CAP, CHANGELOG_PAGE_CAP);
      if (!isPaging(paging)) return paging;
      const page = pageOf(`/issue/${issue.key}/changelog`, query, issue.changelog, paging);
      return { status: 200, body: { ...page, values: page.values.map((change) => changeJson(site, change)) } };
    },
  },
];
