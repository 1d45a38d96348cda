import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteProject, StatusCategory } from './jira-site-types';
import { API, issueTypeJson } from './jira-json';

/** Jira's three status categories as issues carry them (StatusCategory: id, key, colour, name). */
const CATEGORIES: Record<StatusCategory, { id: number; key: string; colorName: string; name: string }> = {
  TODO: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  IN_PROGRESS: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  DONE: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

/** Jira writes issue dates with a numeric zone: 2026-03-01T09:00:00.000+0000. */
export const jiraDateTime = (epochMs: number): string => new Date(epochMs).toISOString().replace('Z', '+0000');

/** StatusDetails, as an issue's `status` field holds it. */
export function statusField(site: JiraSite, statusId: string) {
  const status = site.statuses.get(statusId)!;
  const category = CATEGORIES[status.category];
  return {
    self: `${API}/status/${status.id}`,
    description: status.description,
    iconUrl: `${API.replace('/rest/api/3', '')}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${API}/statuscategory/${category.id}`, ...category },
  };
}

/** The search's field ids and how each is read off an issue. */
export const SEARCH_FIELDS: Record<string, (site: JiraSite, project: SiteProject, issue: SiteIssue) => unknown> = {
  summary: (_site, _project, issue) => issue.fields.summary,
  status: (site, _project, issue) => statusField(site, issue.statusId),
  issuetype: (site, _project, issue) => issueTypeJson(site.issueTypes.get(issue.issueTypeId)!),
  created: (_site, _project, issue) => jiraDateTime(issue.created),
  project: (_site, project) => ({ self: `${API}/project/${project.id}`, id: project.id, key: project.key, name: project.name }),
};

/** IssueBean with the fields and properties asked for (`id` alone: none). */
export function searchedIssueJson(site: JiraSite, project: SiteProject, issue: SiteIssue, fields: readonly string[], properties: readonly string[]) {
  const named = fields.filter((field) => field !== 'id');
  return {
    expand: '',
    id: issue.id,
    self: `${API}/issue/${issue.id}`,
    key: issue.key,
    ...(named.length === 0 ? {} : { fields: Object.fromEntries(named.map((field) => [field, SEARCH_FIELDS[field]!(site, project, issue)])) }),
    ...(properties.length === 0 ? {} : { properties: Object.fromEntries(properties.filter((key) => issue.properties.has(key)).map((key) => [key, issue.properties.get(key)])) }),
  };
}
