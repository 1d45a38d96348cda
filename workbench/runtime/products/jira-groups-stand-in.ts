import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import { notEmulated } from './jira-errors';

/** Jira answers at most this many of each list, whatever maxResults asks (its picker's own bound). */
const PICKER_MAX = 1000;
const PICKER_DEFAULT = 50;

// The parameters whose filters the stand-in does not model: refused rather than ignored.
const NOT_EMULATED = ['fieldId', 'projectId', 'issueTypeId'] as const;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The name with each match of the query in bold, as the picker's `html` has it. */
function highlighted(name: string, query: string, caseInsensitive: boolean): string {
  const at = caseInsensitive ? name.toLowerCase().indexOf(query.toLowerCase()) : name.indexOf(query);
  if (at < 0 || query === '') return escapeHtml(name);
  return `${escapeHtml(name.slice(0, at))}<b>${escapeHtml(name.slice(at, at + query.length))}</b>${escapeHtml(name.slice(at + query.length))}`;
}

function found(site: JiraSite, query: string, caseInsensitive: boolean) {
  const matches = (text: string, insensitive: boolean) => (insensitive ? text.toLowerCase().includes(query.toLowerCase()) : text.includes(query));
  const groups = site.groups.filter((group) => matches(group.name, caseInsensitive)).sort((a, b) => a.name.localeCompare(b.name));
  // Users are matched by display name in any case (Jira also matches e-mail addresses, which the stand-in's people have none of).
  const users = site.allUsers().filter((user) => user.jiraAccess !== false && matches(user.name, true));
  return { groups, users };
}

/**
 * GET /rest/api/3/groupuserpicker: users and groups matching a string, for a picker. Groups
 * match case-sensitively unless `caseInsensitive`; each list holds at most `maxResults`, with
 * its header and total. Jira requires *Browse users and groups*, which the stand-in does not
 * model: it answers Jira admins only (who hold it on a site as created), so it is no more lenient.
 */
export const GROUP_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/groupuserpicker',
    access: { who: 'admin', refused: 403 },
    answer: ({ site, query }) => {
      const unmodelled = NOT_EMULATED.find((name) => query.has(name));
      if (unmodelled !== undefined) return notEmulated(`the picker's ${unmodelled} filter`);
      const text = query.get('query') ?? '';
      const max = Math.min(Number(query.get('maxResults') ?? PICKER_DEFAULT), PICKER_MAX);
      const caseInsensitive = query.get('caseInsensitive') === 'true';
      const { groups, users } = found(site, text, caseInsensitive);
      const shownGroups = groups.slice(0, max);
      const shownUsers = users.slice(0, max);
      return {
        status: 200,
        body: {
          groups: {
            header: `Showing ${shownGroups.length} of ${groups.length} matching groups`,
            total: groups.length,
            groups: shownGroups.map((group) => ({ groupId: group.groupId, name: group.name, html: highlighted(group.name, text, caseInsensitive) })),
          },
          users: {
            header: `Showing ${shownUsers.length} of ${users.length} matching users`,
            total: users.length,
            users: shownUsers.map((user) => ({ accountId: user.accountId, accountType: 'atlassian', displayName: user.name, html: highlighted(user.name, text, true) })),
          },
        },
      };
    },
  },
];
