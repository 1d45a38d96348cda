import type { RulePayload } from './jira-workflow-payload';

/**
 * The parameters of the rules whose parameters the description of GET
 * /rest/api/3/workflows/capabilities documents and the app writes, checked as documented: where
 * the rule goes (validator, condition, post function), which parameters it takes and what their
 * values are. Rules not listed here are taken as they come. Jira's own checks of parameters are
 * not documented; refusing what the description does not allow keeps the stand-in at least as strict.
 */

export type RulePlace = 'validators' | 'conditions' | 'actions';

const FORGE_ARI = /^ari:cloud:ecosystem::extension\/[^/\s]+\/[^/\s]+\/static\/[^/\s]+$/;
const NUMERIC_ID = /^\d+$/;

/** Jira's built-in project permissions (the permission schemes' "Built-in permissions"). */
const BUILT_IN_PERMISSIONS: ReadonlySet<string> = new Set([
  'ADD_COMMENTS', 'ADMINISTER_PROJECTS', 'ASSIGNABLE_USER', 'ASSIGN_ISSUES', 'BROWSE_PROJECTS', 'CLOSE_ISSUES', 'CREATE_ATTACHMENTS',
  'CREATE_ISSUES', 'DELETE_ALL_ATTACHMENTS', 'DELETE_ALL_COMMENTS', 'DELETE_ALL_WORKLOGS', 'DELETE_ISSUES', 'DELETE_OWN_ATTACHMENTS',
  'DELETE_OWN_COMMENTS', 'DELETE_OWN_WORKLOGS', 'EDIT_ALL_COMMENTS', 'EDIT_ALL_WORKLOGS', 'EDIT_ISSUES', 'EDIT_OWN_COMMENTS',
  'EDIT_OWN_WORKLOGS', 'LINK_ISSUES', 'MANAGE_WATCHERS', 'MODIFY_REPORTER', 'MOVE_ISSUES', 'RESOLVE_ISSUES', 'SCHEDULE_ISSUES',
  'SET_ISSUE_SECURITY', 'TRANSITION_ISSUES', 'VIEW_DEV_TOOLS', 'VIEW_READONLY_WORKFLOW', 'VIEW_VOTERS_AND_WATCHERS', 'WORK_ON_ISSUES',
]);

const list = (value: string): string[] => value.split(',').map((item) => item.trim());

interface RuleSpec {
  place: RulePlace;
  /** Every parameter the rule takes; those in `required` must be given. */
  parameters: readonly string[];
  required: readonly string[];
  /** What is wrong with the given values, in words; the workflow's status ids for those naming a status. */
  values(parameters: Readonly<Record<string, string>>, statusIds: ReadonlySet<string>): string[];
}

const FORGE_PARAMETERS = ['key', 'config', 'id', 'disabled', 'tag'];

function forgeValues(parameters: Readonly<Record<string, string>>): string[] {
  const wrong: string[] = [];
  if (parameters.key !== undefined && !FORGE_ARI.test(parameters.key)) wrong.push(`key '${parameters.key}' is not a Forge module's ARI`);
  if (parameters.config !== undefined) {
    try {
      JSON.parse(parameters.config);
    } catch {
      wrong.push('config is not stringified JSON');
    }
  }
  if (parameters.disabled !== undefined && parameters.disabled !== 'true' && parameters.disabled !== 'false') wrong.push('disabled is true or false');
  return wrong;
}

const forgeRule = (place: RulePlace): RuleSpec => ({ place, parameters: FORGE_PARAMETERS, required: ['key'], values: forgeValues });

const RULES: Readonly<Record<string, RuleSpec>> = {
  'forge:expression-validator': forgeRule('validators'),
  'forge:expression-condition': forgeRule('conditions'),
  'forge:workflow-post-function': forgeRule('actions'),
  'system:separation-of-duties': {
    place: 'conditions',
    parameters: ['fromStatusId', 'toStatusId'],
    required: ['fromStatusId', 'toStatusId'],
    values: (parameters, statusIds) =>
      (['fromStatusId', 'toStatusId'] as const).flatMap((name) =>
        statusIds.has(parameters[name] ?? '') ? [] : [`${name} '${parameters[name] ?? ''}' is not the id of one of the workflow's statuses`],
      ),
  },
  'system:restrict-issue-transition': {
    place: 'conditions',
    parameters: ['accountIds', 'roleIds', 'groupIds', 'permissionKeys', 'groupCustomFields', 'allowUserCustomFields', 'denyUserCustomFields'],
    required: [],
    values: (parameters) => {
      const wrong: string[] = [];
      if (Object.values(parameters).every((value) => value.trim() === '')) wrong.push('it names nobody who may transition');
      // "Only supported in team-managed projects", and the stand-in's workflows are all site-wide.
      if (parameters.accountIds !== undefined) wrong.push('accountIds are only supported in team-managed projects');
      if (parameters.permissionKeys !== undefined) {
        for (const key of list(parameters.permissionKeys)) if (!BUILT_IN_PERMISSIONS.has(key)) wrong.push(`'${key}' is not a built-in permission`);
      }
      if (parameters.roleIds !== undefined && !list(parameters.roleIds).every((id) => NUMERIC_ID.test(id))) wrong.push('roleIds are role ids, comma-separated');
      if (parameters.groupIds !== undefined && !list(parameters.groupIds).every((id) => id !== '')) wrong.push('groupIds are group ids, comma-separated');
      return wrong;
    },
  },
};

/** What is wrong with the rule's parameters where it stands, in words (nothing for a rule not listed). */
export function ruleParameterProblems(rule: RulePayload, place: RulePlace, statusIds: ReadonlySet<string>): string[] {
  const spec = RULES[rule.ruleKey];
  if (spec === undefined) return [];
  const parameters = rule.parameters ?? {};
  const wrong: string[] = [];
  if (spec.place !== place) wrong.push(`it belongs among the ${spec.place}, not the ${place}`);
  for (const name of Object.keys(parameters)) if (!spec.parameters.includes(name)) wrong.push(`it takes no parameter '${name}'`);
  for (const name of spec.required) if (parameters[name] === undefined) wrong.push(`it needs the parameter '${name}'`);
  return [...wrong, ...spec.values(parameters, statusIds)];
}
