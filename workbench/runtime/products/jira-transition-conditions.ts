import type { JiraSite } from './jira-site';
import type { SiteConditionGroup, SiteIssue, SiteProject, SiteRule } from './jira-site-types';

const list = (value: string | undefined): string[] => (value ?? '').split(',').map((item) => item.trim()).filter((item) => item !== '');

/**
 * The project permissions a restricted transition may name, as the stand-in's one permission
 * scheme grants them: Jira administrators (and the app's user) administer every project, browsers
 * browse and transition, the project's creators create. Any other key is held by nobody.
 * Stand-in behaviour: a real site's permission scheme decides.
 */
function holdsPermission(site: JiraSite, accountId: string, project: SiteProject, key: string): boolean {
  switch (key) {
    case 'ADMINISTER_PROJECTS':
      return site.isAdmin(accountId);
    case 'BROWSE_PROJECTS':
    case 'TRANSITION_ISSUES':
      return site.mayBrowse(accountId, project);
    case 'CREATE_ISSUES':
      return site.mayCreate(accountId, project);
    default:
      return false;
  }
}

/** The condition rules the stand-in evaluates; a transition carrying any other is not emulated. */
export const EMULATED_CONDITIONS = new Set(['system:restrict-issue-transition', 'system:separation-of-duties']);

/**
 * One condition for the caller: `system:restrict-issue-transition` passes someone in one of the
 * groups or holding one of the permissions (roles: the stand-in has none, so nobody by role);
 * `system:separation-of-duties` fails for whoever ever moved the issue from `fromStatusId` into
 * `toStatusId`, by its changelog.
 */
function conditionHolds(site: JiraSite, caller: string, project: SiteProject, issue: SiteIssue, rule: SiteRule): boolean {
  if (rule.ruleKey === 'system:restrict-issue-transition') {
    const { groupIds, permissionKeys } = rule.parameters;
    return list(groupIds).some((groupId) => site.inGroup(caller, groupId)) || list(permissionKeys).some((key) => holdsPermission(site, caller, project, key));
  }
  const { fromStatusId, toStatusId } = rule.parameters;
  return !issue.changelog.some(
    (change) => change.author === caller && change.items.some((item) => item.fieldId === 'status' && item.from === fromStatusId && item.to === toStatusId),
  );
}

/** Whether the caller passes the transition's condition tree (ALL or ANY of its conditions and subgroups). */
export function conditionsHold(site: JiraSite, caller: string, project: SiteProject, issue: SiteIssue, group: SiteConditionGroup | undefined): boolean {
  if (group === undefined) return true;
  const results = [
    ...group.conditions.map((rule) => conditionHolds(site, caller, project, issue, rule)),
    ...group.conditionGroups.map((inner) => conditionsHold(site, caller, project, issue, inner)),
  ];
  if (results.length === 0) return true;
  return group.operation === 'ALL' ? results.every(Boolean) : results.some(Boolean);
}

/** The first condition rule key the stand-in cannot evaluate, if any. */
export function unemulatedCondition(group: SiteConditionGroup | undefined): string | undefined {
  if (group === undefined) return undefined;
  const own = group.conditions.find((rule) => !EMULATED_CONDITIONS.has(rule.ruleKey))?.ruleKey;
  return own ?? group.conditionGroups.map(unemulatedCondition).find((key) => key !== undefined);
}
