import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { SiteProject } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { projectJson } from './jira-json';
import { isPaging, pageOf, pagingOf } from './jira-paging';

// GET /project/search: at most 100 a page; `id` and `keys` take at most 50 values each.
const PROJECT_PAGE_CAP = 100;
const MAX_FILTER_VALUES = 50;
const ORDERS: Record<string, (a: SiteProject, b: SiteProject) => number> = {
  key: (a, b) => a.key.localeCompare(b.key),
  name: (a, b) => a.name.localeCompare(b.name),
};
// The one JQL form the stand-in reads: `project = <id or key>`, the value bare or in double quotes.
const PROJECT_JQL = /^\s*project\s*=\s*(?:"([^"\\]+)"|([A-Za-z0-9_]+))\s*$/i;

const unknownParameter = (query: URLSearchParams, emulated: readonly string[]): ProductResponse | undefined => {
  const name = [...query.keys()].find((key) => !emulated.includes(key));
  return name === undefined ? undefined : notEmulated(`the '${name}' parameter`);
};

/** Projects as their callers may browse them, and the issue count JQL gives for one. */
export const PROJECT_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/project/{projectIdOrKey}',
    access: { who: 'anyone' },
    answer: ({ site, caller, params, query }) => {
      const refused = unknownParameter(query, []);
      if (refused !== undefined) return refused;
      const idOrKey = params.projectIdOrKey!;
      const project = site.project(idOrKey);
      // Jira hides a project the caller may not browse behind the same 404 as a missing one.
      if (project === undefined || !site.mayBrowse(caller, project)) {
        return jiraError(404, [`No project could be found with ${/^\d+$/.test(idOrKey) ? 'id' : 'key'} '${idOrKey}'.`]);
      }
      return { status: 200, body: projectJson(site, project, true) };
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/project/search',
    access: { who: 'anyone' },
    answer: ({ site, caller, query }) => {
      const refused = unknownParameter(query, ['startAt', 'maxResults', 'orderBy', 'id', 'keys']);
      if (refused !== undefined) return refused;
      const paging = pagingOf(query, PROJECT_PAGE_CAP);
      if (!isPaging(paging)) return paging;
      const ids = query.getAll('id');
      const keys = query.getAll('keys').map((key) => key.toUpperCase());
      if (ids.length > MAX_FILTER_VALUES || keys.length > MAX_FILTER_VALUES) return jiraError(400, [`At most ${MAX_FILTER_VALUES} project ids or keys can be given.`]);
      const orderBy = query.get('orderBy') ?? 'key';
      const order = ORDERS[orderBy.replace(/^[+-]/, '')];
      if (order === undefined) return notEmulated(`orderBy=${orderBy}`);
      // Listed for whoever may browse the project, and for a Jira admin whatever the project's permissions.
      const found = site
        .allProjects()
        .filter((project) => site.isAdmin(caller) || site.mayBrowse(caller, project))
        .filter((project) => (ids.length === 0 || ids.includes(project.id)) && (keys.length === 0 || keys.includes(project.key.toUpperCase())))
        .sort((a, b) => (orderBy.startsWith('-') ? -order(a, b) : order(a, b)));
      const page = pageOf('/project/search', query, found, paging);
      return { status: 200, body: { ...page, values: page.values.map((project) => projectJson(site, project, false)) } };
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    access: { who: 'anyone' },
    answer: ({ site, caller, body }) => {
      const jql = (body as { jql?: string }).jql ?? '';
      if (jql.trim() === '') return jiraError(400, ['The JQL query must be bounded: give a project.']);
      const match = PROJECT_JQL.exec(jql);
      if (match === null) return notEmulated(`the JQL '${jql}' (only project = <id or key>)`);
      const value = match[1] ?? match[2]!;
      const project = site.project(value);
      // Jira's answer for a project the caller cannot see is the same as for none at all.
      if (project === undefined || !site.mayBrowse(caller, project)) {
        return jiraError(400, [`The value '${value}' does not exist for the field 'project'.`]);
      }
      return { status: 200, body: { count: project.issues.length } };
    },
  },
];
