import { randomUUID } from 'node:crypto';
import type { JiraSite } from './jira-site';
import type { SiteConditionGroup, SiteRule, SiteTransition, SiteWorkflow } from './jira-site-types';

// Jira gives a rule a new id on every read, so a client cannot keep one between reads.
const ruleJson = (rule: SiteRule) => ({ id: randomUUID(), ruleKey: rule.ruleKey, parameters: { ...rule.parameters } });

const groupJson = (group: SiteConditionGroup): object => ({
  operation: group.operation,
  conditions: group.conditions.map(ruleJson),
  conditionGroups: group.conditionGroups.map(groupJson),
});

const transitionJson = (transition: SiteTransition) => ({
  id: transition.id,
  type: transition.type,
  name: transition.name,
  description: transition.description,
  toStatusReference: transition.toStatusId,
  links: transition.fromStatusIds.map((fromStatusReference) => ({ fromStatusReference, fromPort: 0, toPort: 1 })),
  actions: transition.actions.map(ruleJson),
  validators: transition.validators.map(ruleJson),
  ...(transition.conditions === undefined ? {} : { conditions: groupJson(transition.conditions) }),
  triggers: [],
  properties: { ...transition.properties },
});

const numerically = (a: string, b: string) => Number(a) - Number(b);

/**
 * JiraWorkflow. Statuses are referenced by their ids. Jira lists statuses and transitions in an
 * order of its own, not the order they were written in; the stand-in sorts statuses by id and
 * transitions by name, so a client that reads the initial status off the list's head fails here too.
 */
export const workflowJson = (workflow: SiteWorkflow) => ({
  id: workflow.id,
  name: workflow.name,
  description: workflow.description,
  scope: { type: 'GLOBAL' },
  isEditable: workflow.isEditable,
  statuses: [...workflow.statuses]
    .sort((a, b) => numerically(a.statusId, b.statusId))
    .map((status) => ({ statusReference: status.statusId, deprecated: false, properties: { ...status.properties } })),
  transitions: [...workflow.transitions].sort((a, b) => a.name.localeCompare(b.name)).map(transitionJson),
  version: { ...workflow.version },
  created: workflow.created,
  updated: workflow.updated,
});

/** The top-level `statuses` of a workflow answer: each status the workflows use, once (JiraWorkflowStatus). */
export function workflowStatusesJson(site: JiraSite, workflows: readonly SiteWorkflow[]) {
  const ids = [...new Set(workflows.flatMap((workflow) => workflow.statuses.map((status) => status.statusId)))].sort(numerically);
  return ids.flatMap((id) => site.statuses.get(id) ?? []).map((status) => ({
    id: status.id,
    name: status.name,
    description: status.description,
    statusCategory: status.category,
    statusReference: status.id,
    scope: { type: 'GLOBAL' },
  }));
}
