import type { SiteConditionGroup, SiteRule, SiteTransition } from './jira-site-types';
import { ruleParameterProblems, type RulePlace } from './jira-rule-parameters';
import { problem, type ConditionGroupPayload, type RulePayload, type TransitionPayload, type WorkflowPayload, type WorkflowProblem } from './jira-workflow-payload';

// `system:update-field`, `forge:expression-validator`, `connect:…`: a namespace and a name.
const RULE_KEY = /^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9-]*$/;
const TRANSITION_ID = /^\d+$/;

/**
 * Jira's rules for one workflow's statuses and transitions: its statuses are listed once each
 * among the payload's; exactly one INITIAL transition, from nowhere and without conditions;
 * a DIRECTED one leaves listed statuses, a GLOBAL one none; every transition leads to one of the
 * workflow's statuses; transition ids are numbers, once each; rule keys are namespaced, and the
 * rules the capabilities describe have their documented place and parameters (jira-rule-parameters),
 * a status named by id being one of this workflow's (`statusIds`: reference → the site's id).
 */
export function workflowProblems(workflow: WorkflowPayload, references: ReadonlySet<string>, statusIds: ReadonlyMap<string, string>): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const own = new Set<string>();
  for (const { statusReference } of workflow.statuses) {
    if (!references.has(statusReference)) problems.push(problem('STATUS', 'UNKNOWN_STATUS_REFERENCE', `The status reference ${statusReference} is not among the request's statuses.`, { statusReference }));
    if (own.has(statusReference)) problems.push(problem('STATUS', 'DUPLICATE_STATUS', `The workflow lists status ${statusReference} twice.`, { statusReference }));
    own.add(statusReference);
  }
  if (own.size === 0) problems.push(problem('WORKFLOW', 'NO_STATUSES', 'A workflow needs at least one status.'));
  const initial = workflow.transitions.filter((transition) => transition.type === 'INITIAL').length;
  if (initial !== 1) problems.push(problem('WORKFLOW', initial === 0 ? 'MISSING_INITIAL_TRANSITION' : 'MULTIPLE_INITIAL_TRANSITIONS', `A workflow has exactly one initial transition, not ${initial}.`));
  const ids = new Set<string>();
  for (const transition of workflow.transitions) {
    if (transition.id !== undefined) {
      if (!TRANSITION_ID.test(transition.id)) problems.push(problem('TRANSITION', 'INVALID_TRANSITION_ID', `Transition ids are numbers, not '${transition.id}'.`, { transitionId: transition.id }));
      if (ids.has(transition.id)) problems.push(problem('TRANSITION', 'DUPLICATE_TRANSITION_ID', `Transition id ${transition.id} is used twice.`, { transitionId: transition.id }));
      ids.add(transition.id);
    }
    problems.push(...transitionProblems(transition, own, new Set([...own].flatMap((reference) => statusIds.get(reference) ?? []))));
  }
  return problems;
}

function transitionProblems(transition: TransitionPayload, statuses: ReadonlySet<string>, statusIds: ReadonlySet<string>): WorkflowProblem[] {
  const where = transition.id === undefined ? undefined : { transitionId: transition.id };
  const problems: WorkflowProblem[] = [];
  const add = (code: string, message: string) => problems.push(problem('TRANSITION', code, message, where));
  const label = `Transition '${transition.name ?? transition.id ?? '?'}'`;
  if ((transition.name ?? '').trim() === '') add('TRANSITION_NAME_REQUIRED', 'A transition needs a name.');
  if (transition.type === undefined) add('TRANSITION_TYPE_REQUIRED', `${label} needs a type.`);
  if (transition.toStatusReference === undefined || !statuses.has(transition.toStatusReference)) add('INVALID_TO_STATUS', `${label} must lead to one of the workflow's statuses.`);
  const from = (transition.links ?? []).flatMap((link) => (link?.fromStatusReference == null ? [] : [link.fromStatusReference]));
  if (transition.type === 'DIRECTED' && from.length === 0) add('MISSING_FROM_STATUS', `${label} is directed, so it leaves at least one status.`);
  if (transition.type !== 'DIRECTED' && from.length > 0) add('UNEXPECTED_FROM_STATUS', `${label} is ${transition.type}, so it leaves no particular status.`);
  for (const reference of from) if (!statuses.has(reference)) add('INVALID_FROM_STATUS', `${label} leaves ${reference}, which is not a status of the workflow.`);
  if (transition.type === 'INITIAL' && transition.conditions != null) add('INITIAL_TRANSITION_CONDITIONS', 'The initial transition cannot have conditions.');
  const placed: Array<[RulePayload, RulePlace]> = [
    ...(transition.validators ?? []).map((rule): [RulePayload, RulePlace] => [rule, 'validators']),
    ...(transition.actions ?? []).map((rule): [RulePayload, RulePlace] => [rule, 'actions']),
    ...conditionRules(transition.conditions).map((rule): [RulePayload, RulePlace] => [rule, 'conditions']),
  ];
  for (const [rule, place] of placed) {
    if (!RULE_KEY.test(rule.ruleKey)) problems.push(problem('RULE', 'INVALID_RULE_KEY', `'${rule.ruleKey}' is not a rule key.`, where));
    for (const wrong of ruleParameterProblems(rule, place, statusIds)) problems.push(problem('RULE', 'INVALID_RULE_PARAMETERS', `${label}: rule ${rule.ruleKey}: ${wrong}.`, where));
  }
  return problems;
}

const conditionRules = (group: ConditionGroupPayload | null | undefined): RulePayload[] =>
  group == null ? [] : [...(group.conditions ?? []), ...(group.conditionGroups ?? []).flatMap(conditionRules)];

const toRule = (rule: RulePayload): SiteRule => ({ ruleKey: rule.ruleKey, parameters: { ...rule.parameters } });

const toGroup = (group: ConditionGroupPayload): SiteConditionGroup => ({
  operation: group.operation,
  conditions: (group.conditions ?? []).map(toRule),
  conditionGroups: (group.conditionGroups ?? []).map(toGroup),
});

/** The transitions as the site keeps them, status references turned into ids; Jira numbers those sent without an id. */
export function toTransitions(transitions: readonly TransitionPayload[], statusIds: ReadonlyMap<string, string>): SiteTransition[] {
  let last = Math.max(0, ...transitions.flatMap((transition) => (transition.id === undefined ? [] : [Number(transition.id)])));
  return transitions.map((transition) => ({
    id: transition.id ?? String((last += 1)),
    name: transition.name!.trim(),
    description: transition.description ?? '',
    type: transition.type!,
    toStatusId: statusIds.get(transition.toStatusReference!)!,
    fromStatusIds: (transition.links ?? []).flatMap((link) => (link?.fromStatusReference == null ? [] : [statusIds.get(link.fromStatusReference)!])),
    validators: (transition.validators ?? []).map(toRule),
    actions: (transition.actions ?? []).map(toRule),
    conditions: transition.conditions == null ? undefined : toGroup(transition.conditions),
    properties: { ...transition.properties },
  }));
}

/** What the stand-in keeps no model of; refused rather than dropped. */
export function unemulatedPart(workflow: WorkflowPayload): string | undefined {
  if (workflow.statuses.some((status) => status.approvalConfiguration != null)) return 'approval configurations';
  if (workflow.transitions.some((transition) => (transition.triggers ?? []).length > 0)) return 'transition triggers';
  if (workflow.transitions.some((transition) => transition.transitionScreen != null)) return 'transition screens';
  return undefined;
}
