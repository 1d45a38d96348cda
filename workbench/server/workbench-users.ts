import type { JiraStandInUser, StandInGroup, StandInUser } from '../runtime';

/**
 * The people of the local site. The Confluence and Jira stand-ins answer as each of them from
 * this table, so the workbench (and tests) can show what a reader without edit rights, someone
 * who may not see the space at all, or someone who is no Jira admin gets.
 */
export interface WorkbenchUser extends StandInUser, JiraStandInUser {
  /** Whether the user may edit every page of the local space. */
  canEdit: boolean;
}

/** Groups to map to a card's roles; ids shaped like Confluence's (UUIDs). */
export const WORKBENCH_GROUPS = {
  qualityManagers: { id: '7c1e2a10-0001-4a6b-9f00-000000000001', name: 'quality-managers' },
  marketing: { id: '7c1e2a10-0002-4a6b-9f00-000000000002', name: 'marketing' },
  staff: { id: '7c1e2a10-0003-4a6b-9f00-000000000003', name: 'confluence-users' },
} as const satisfies Record<string, StandInGroup>;

const { qualityManagers, marketing, staff } = WORKBENCH_GROUPS;

export const WORKBENCH_USERS: WorkbenchUser[] = [
  { accountId: '5f1a-quality-manager', name: 'Анна Смирнова — quality manager', canEdit: true, confluenceAdmin: true, jiraAdmin: true, groups: [qualityManagers, staff] },
  { accountId: '5f1a-process-owner', name: 'Oleg Ivanov — process owner', canEdit: true, groups: [marketing, staff] },
  { accountId: '5f1a-reader', name: 'Ivan Petrov — reader (view only)', canEdit: false, groups: [marketing, staff] },
  // Signed in, but the QMS space is closed to him: its pages answer 404 and its cards stay unlisted; he has no Jira licence either.
  // Works in Jira (an external auditor's corrective actions), but Confluence shows him no page of the QMS space.
  { accountId: '5f1a-auditor', name: 'Sergey Orlov — auditor (Jira only)', canEdit: false, canRead: false },
  { accountId: '5f1a-guest', name: 'Pavel Gusev — guest (no access to the space)', canEdit: false, canRead: false, jiraAccess: false },
];

export const DEFAULT_USER = WORKBENCH_USERS[0]!;

/** Whether the account may edit the local space's pages (and so change a macro's settings). */
export function mayEditPages(accountId: string | undefined): boolean {
  return WORKBENCH_USERS.some((user) => user.accountId === accountId && user.canEdit);
}
