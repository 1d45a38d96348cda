import { randomUUID } from 'node:crypto';
import type { JiraRoute } from './jira-route';
import { jiraError } from './jira-errors';
import { issueTypeJson } from './jira-json';

interface IssueTypeCreateBean {
  name: string;
  description?: string;
  hierarchyLevel?: number;
  type?: 'subtask' | 'standard';
}

const MAX_NAME_LENGTH = 60;

/**
 * Issue types: an admin sees them all, anyone else the types of the projects they browse; a new
 * type is standard (0) or a sub-task (-1) — other levels need Jira Premium — and joins the
 * site's default issue type scheme, as Jira does.
 */
export const ISSUE_TYPE_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issuetype',
    access: { who: 'anyone' },
    answer: ({ site, caller }) => {
      const visible = site.isAdmin(caller)
        ? new Set(site.issueTypes.keys())
        : new Set(site.allProjects().flatMap((project) => (site.mayBrowse(caller, project) ? (site.issueTypeSchemeOf(project)?.issueTypeIds ?? []) : [])));
      return { status: 200, body: [...site.issueTypes.values()].filter((type) => visible.has(type.id)).map(issueTypeJson) };
    },
  },
  {
    method: 'POST',
    path: '/rest/api/3/issuetype',
    access: { who: 'admin', refused: 403 },
    answer: ({ site, body }) => {
      const bean = body as IssueTypeCreateBean;
      const name = bean.name.trim();
      if (name === '') return jiraError(400, [], { name: 'You must specify a name for this issue type.' });
      if (name.length > MAX_NAME_LENGTH) return jiraError(400, [], { name: `The issue type name must not exceed ${MAX_NAME_LENGTH} characters.` });
      const fromType = bean.type === undefined ? undefined : bean.type === 'subtask' ? -1 : 0;
      const hierarchyLevel = bean.hierarchyLevel ?? fromType ?? 0;
      if (hierarchyLevel !== 0 && hierarchyLevel !== -1) return jiraError(400, [], { hierarchyLevel: 'Only levels 0 (standard) and -1 (sub-task) can be created.' });
      if (fromType !== undefined && fromType !== hierarchyLevel) return jiraError(400, [], { type: 'The type and the hierarchy level disagree.' });
      if ([...site.issueTypes.values()].some((type) => type.name.toLocaleLowerCase() === name.toLocaleLowerCase())) {
        return jiraError(409, [], { name: 'An issue type with this name already exists.' });
      }
      const created = site.addIssueType({ name, description: bean.description ?? '', hierarchyLevel, entityId: randomUUID() });
      return { status: 201, body: issueTypeJson(created) };
    },
  },
];
