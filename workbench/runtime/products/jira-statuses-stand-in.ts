import type { JiraRoute } from './jira-route';
import type { StatusCategory } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { statusJson } from './jira-json';

// Both status reads document "Min items 1, Max items 50".
const MAX_ASKED = 50;

interface StatusCreateRequest {
  scope: { type: 'GLOBAL' | 'PROJECT'; project?: { id: string } | null };
  statuses: Array<{ name: string; statusCategory: StatusCategory; description?: string }>;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * Site-wide statuses: read by name or id, created in GLOBAL scope. Two statuses of one category
 * may not share a name (compared without case); the same name in another category may exist.
 */
export const STATUS_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/statuses/byNames',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, query }) => {
      const names = query.getAll('name');
      if (names.length > MAX_ASKED) return jiraError(400, [`At most ${MAX_ASKED} names can be given.`]);
      const projectId = query.get('projectId');
      // The stand-in has no project-scoped statuses: a project adds none, but it must exist.
      if (projectId !== null && site.project(projectId) === undefined) return jiraError(400, [`The project ${projectId} does not exist.`]);
      const found = [...site.statuses.values()].filter((status) => names.some((name) => sameName(name, status.name)));
      return { status: 200, body: found.map(statusJson) };
    },
  },
  {
    method: 'GET',
    path: '/rest/api/3/statuses',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, query }) => {
      const ids = query.getAll('id');
      if (ids.length > MAX_ASKED) return jiraError(400, [`At most ${MAX_ASKED} ids can be given.`]);
      return { status: 200, body: ids.flatMap((id) => site.statuses.get(id) ?? []).map(statusJson) };
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/statuses',
    access: { who: 'admin', refused: 401 },
    answer: ({ site, body }) => {
      const request = body as StatusCreateRequest;
      if (request.scope.type !== 'GLOBAL') return notEmulated('project-scoped statuses');
      if (request.statuses.length === 0) return jiraError(400, ['Give at least one status to create.']);
      const taken = [...site.statuses.values()];
      for (const [index, wanted] of request.statuses.entries()) {
        if (wanted.name.trim() === '') return jiraError(400, ['A status needs a name.']);
        const earlier = [...taken, ...request.statuses.slice(0, index).map((status) => ({ name: status.name, category: status.statusCategory }))];
        if (earlier.some((status) => sameName(status.name, wanted.name) && status.category === wanted.statusCategory)) {
          return jiraError(400, [`A status named '${wanted.name}' already exists in the ${wanted.statusCategory} category.`]);
        }
      }
      const created = request.statuses.map((wanted) => {
        const status = { id: site.nextId(), name: wanted.name.trim(), description: wanted.description ?? '', category: wanted.statusCategory };
        site.statuses.set(status.id, status);
        return status;
      });
      return { status: 200, body: created.map(statusJson) };
    },
  },
];
