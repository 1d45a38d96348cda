import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteProject } from './jira-site-types';
import { jiraError } from './jira-errors';

interface KnownPermission {
  id: string;
  name: string;
  description: string;
  type: 'GLOBAL' | 'PROJECT';
  /** Whether the caller holds it: in the project asked about, or (a project permission asked with no project) in any project. */
  held: (site: JiraSite, caller: string, project: SiteProject | undefined) => boolean;
}

// The permissions the stand-in knows: Administer Jira (global) and Create issues (per project, the project's `creators`).
const PERMISSIONS: Record<string, KnownPermission> = {
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.',
    type: 'GLOBAL',
    held: (site, caller) => site.isAdmin(caller),
  },
  CREATE_ISSUES: {
    id: '11',
    name: 'Create Issues',
    description: 'Ability to create issues.',
    type: 'PROJECT',
    held: (site, caller, project) => (project === undefined ? site.allProjects().some((each) => site.mayCreate(caller, each)) : site.mayCreate(caller, project)),
  },
};

/** GET /rest/api/3/mypermissions: the caller's permissions for the keys asked, globally or in one project (projectId, else projectKey). */
export const PERMISSION_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/mypermissions',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, query }) => {
      const keys = (query.get('permissions') ?? '').split(',').filter((key) => key !== '');
      // Jira asks for the keys since 2019; an unknown one is a 400.
      if (keys.length === 0) return jiraError(400, ['The permissions parameter is required.']);
      const unknown = keys.find((key) => !Object.hasOwn(PERMISSIONS, key));
      if (unknown !== undefined) return jiraError(400, [`Unrecognized permission key: ${unknown}`]);
      const wanted = query.get('projectId') ?? query.get('projectKey');
      const project = wanted === null ? undefined : site.project(wanted);
      // A project the caller may not browse is answered as one that does not exist.
      if (wanted !== null && (project === undefined || !site.mayBrowse(caller, project))) return jiraError(404, [`No project could be found with id or key '${wanted}'.`]);
      const permissions = Object.fromEntries(
        keys.map((key) => {
          const { held, ...permission } = PERMISSIONS[key]!;
          return [key, { ...permission, key, havePermission: held(site, caller, project) }];
        }),
      );
      return { status: 200, body: { permissions } };
    },
  },
];
