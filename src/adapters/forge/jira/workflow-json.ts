import type { JiraWorkflow, StatusCategory, WorkflowRule, WorkflowShape, WorkflowTransitionShape } from '../../../core/ports/jira-provisioning';
import type { ConditionGroupJson, WorkflowJson, WorkflowsAnswer } from './jira-responses';

/** A status as a workflow payload names it: Jira wants name and category beside the id, and keeps a description it is given. */
export interface StatusDetails {
  id: string;
  name: string;
  category: StatusCategory;
  description: string | undefined;
}

/**
 * The payload's top-level `statuses` (WorkflowStatusUpdate): existing statuses, each referenced
 * by its own id, with their name, category and description as they are, so writing a workflow
 * changes no status.
 */
export const statusesPayload = (statuses: readonly StatusDetails[]) =>
  statuses.map((status) => ({
    id: status.id,
    name: status.name,
    statusCategory: status.category,
    statusReference: status.id,
    ...(status.description === undefined ? {} : { description: status.description }),
  }));

const ruleJson = (rule: WorkflowRule) => ({ ruleKey: rule.ruleKey, parameters: { ...rule.parameters } });

/**
 * TransitionUpdateDTO. Ids are the transitions' positions (1, 2, …), so an update keeps a
 * transition's id as long as it keeps its place. The initial transition takes no conditions object.
 */
const transitionJson = (transition: WorkflowTransitionShape, index: number) => ({
  id: String(index + 1),
  name: transition.name,
  description: '',
  type: transition.type,
  toStatusReference: transition.to,
  links: transition.from.map((fromStatusReference) => ({ fromStatusReference })),
  validators: transition.validators.map(ruleJson),
  actions: transition.actions.map(ruleJson),
  ...(transition.type === 'INITIAL' ? {} : { conditions: { operation: 'ALL', conditions: transition.conditions.map(ruleJson), conditionGroups: [] } }),
  properties: {},
  triggers: [],
});

/** The statuses and transitions of a WorkflowCreate or WorkflowUpdate. */
const body = (workflow: WorkflowShape) => ({
  description: workflow.description,
  statuses: workflow.statuses.map((statusReference) => ({ statusReference, properties: {} })),
  transitions: workflow.transitions.map(transitionJson),
});

/** WorkflowCreateRequest for one site-wide workflow. */
export const createRequest = (workflow: WorkflowShape, statuses: readonly StatusDetails[]) => ({
  scope: { type: 'GLOBAL' },
  statuses: statusesPayload(statuses),
  workflows: [{ name: workflow.name, ...body(workflow) }],
});

/** WorkflowUpdateRequest: the version read, every transition and the full statuses (Jira's name stays: an update cannot rename). */
export const updateRequest = (existing: JiraWorkflow, workflow: WorkflowShape, statuses: readonly StatusDetails[]) => ({
  statuses: statusesPayload(statuses),
  workflows: [{ id: existing.id, version: { ...existing.version }, ...body(workflow) }],
});

/** Thrown for a workflow the port's shape cannot hold; the adapter words it as INTERNAL. */
export class UnreadableWorkflow extends Error {}

/**
 * A condition group as the port's list of rules, all of which must hold: ALL groups (nested
 * ones too) flatten; an ANY group of one condition is that condition. An ANY group of several
 * has no such form, and is refused rather than read as something else.
 */
function conditionsOf(group: ConditionGroupJson | null | undefined, where: string): WorkflowRule[] {
  if (group == null) return [];
  const conditions = (group.conditions ?? []).map((rule) => ({ ruleKey: rule.ruleKey, parameters: { ...rule.parameters } }));
  const nested = group.conditionGroups ?? [];
  if (group.operation === 'ANY' && conditions.length + nested.length > 1) throw new UnreadableWorkflow(`${where} has conditions of which any one suffices`);
  return [...conditions, ...nested.flatMap((inner) => conditionsOf(inner, where))];
}

const byId = (a: string | undefined, b: string | undefined) => Number(a ?? Infinity) - Number(b ?? Infinity);

/**
 * A JiraWorkflow in the port's shape. Jira lists statuses and transitions in an order of its own:
 * statuses come back with the initial transition's target first and the rest by id, transitions
 * by id (the order the adapter wrote them in); status references are read as the ids they stand for.
 */
export function workflowOf(json: WorkflowJson, answer: Pick<WorkflowsAnswer, 'statuses'>): JiraWorkflow {
  const idOf = (reference: string) => answer.statuses?.find((status) => status.statusReference === reference)?.id ?? reference;
  const transitions = [...json.transitions].sort((a, b) => byId(a.id, b.id) || a.name.localeCompare(b.name));
  const initial = transitions.find((transition) => transition.type === 'INITIAL');
  const statuses = json.statuses.map((status) => idOf(status.statusReference)).sort((a, b) => byId(a, b));
  const first = initial === undefined ? undefined : idOf(initial.toStatusReference);
  return {
    id: json.id,
    name: json.name,
    description: json.description ?? '',
    statuses: first === undefined ? statuses : [first, ...statuses.filter((id) => id !== first)],
    transitions: transitions.map((transition) => ({
      name: transition.name,
      type: transition.type,
      from: (transition.links ?? []).flatMap((link) => (link?.fromStatusReference == null ? [] : [idOf(link.fromStatusReference)])),
      to: idOf(transition.toStatusReference),
      validators: (transition.validators ?? []).map((rule) => ({ ruleKey: rule.ruleKey, parameters: { ...rule.parameters } })),
      actions: (transition.actions ?? []).map((rule) => ({ ruleKey: rule.ruleKey, parameters: { ...rule.parameters } })),
      conditions: conditionsOf(transition.conditions, `transition '${transition.name}' of workflow '${json.name}'`),
    })),
    version: { ...json.version },
    isEditable: json.isEditable ?? false,
  };
}
