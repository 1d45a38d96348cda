import type { JiraRoute } from './jira-route';
import { jiraError } from './jira-errors';

// The global permissions the stand-in knows: whoever holds Administer Jira holds it.
const GLOBAL_PERMISSIONS: Record<string, { id: string; name: string; description: string }> = {
  ADMINISTER: { id: '0', name: 'Administer Jira', description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.' },
};

/** GET /rest/api/3/mypermissions: the caller's permissions in the global context, for the keys asked. */
export const PERMISSION_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/mypermissions',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, query }) => {
      const keys = (query.get('permissions') ?? '').split(',').filter((key) => key !== '');
      // Jira asks for the keys since 2019; an unknown one is a 400.
      if (keys.length === 0) return jiraError(400, ['The permissions parameter is required.']);
      const unknown = keys.find((key) => !Object.hasOwn(GLOBAL_PERMISSIONS, key));
      if (unknown !== undefined) return jiraError(400, [`Unrecognized permission key: ${unknown}`]);
      const permissions = Object.fromEntries(
        keys.map((key) => [key, { ...GLOBAL_PERMISSIONS[key]!, key, type: 'GLOBAL', havePermission: site.isAdmin(caller) }]),
      );
      return { status: 200, body: { permissions } };
    },
  },
];
