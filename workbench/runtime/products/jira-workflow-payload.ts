import type { JiraSite } from './jira-site';
import type { SiteStatus, StatusCategory } from './jira-site-types';

/** WorkflowRuleConfiguration as sent; an `id` is ignored, since Jira gives rules ids of its own. */
export interface RulePayload {
  id?: string | null;
  ruleKey: string;
  parameters?: Record<string, string>;
}

/** ConditionGroupUpdate. */
export interface ConditionGroupPayload {
  operation: 'ALL' | 'ANY';
  conditions?: RulePayload[];
  conditionGroups?: ConditionGroupPayload[];
}

/** TransitionUpdateDTO. */
export interface TransitionPayload {
  id?: string;
  name?: string;
  description?: string;
  type?: 'INITIAL' | 'DIRECTED' | 'GLOBAL';
  toStatusReference?: string;
  links?: Array<{ fromStatusReference?: string | null } | null>;
  validators?: RulePayload[];
  actions?: RulePayload[];
  conditions?: ConditionGroupPayload | null;
  properties?: Record<string, string>;
  triggers?: unknown[];
  transitionScreen?: unknown;
}

/** StatusLayoutUpdate: a status of one workflow, by its reference. */
export interface WorkflowStatusPayload {
  statusReference: string;
  properties: Record<string, string>;
  approvalConfiguration?: unknown;
}

/** WorkflowCreate, and WorkflowUpdate's fields besides what only an update has. */
export interface WorkflowPayload {
  name?: string;
  description?: string;
  statuses: WorkflowStatusPayload[];
  transitions: TransitionPayload[];
}

export interface StatusMigration {
  oldStatusReference: string;
  newStatusReference: string;
}

export interface WorkflowUpdatePayload extends WorkflowPayload {
  id: string;
  version: { id?: string; versionNumber?: number };
  statusMappings?: Array<{ projectId: string; issueTypeId: string; statusMigrations: StatusMigration[] }>;
  defaultStatusMappings?: StatusMigration[];
}

/** WorkflowStatusUpdate: a status the payload's workflows use, an existing one (by id) or a new one. */
export interface StatusPayload {
  id?: string;
  name: string;
  statusCategory: StatusCategory;
  statusReference: string;
  description?: string;
}

/** WorkflowValidationError. */
export interface WorkflowProblem {
  type: 'RULE' | 'STATUS' | 'WORKFLOW' | 'TRANSITION' | 'STATUS_MAPPING';
  code: string;
  message: string;
  level: 'ERROR';
  elementReference?: { statusReference?: string; transitionId?: string; ruleId?: string };
}

export const problem = (type: WorkflowProblem['type'], code: string, message: string, elementReference?: WorkflowProblem['elementReference']): WorkflowProblem => ({
  type,
  code,
  message,
  level: 'ERROR',
  ...(elementReference === undefined ? {} : { elementReference }),
});

/** What the payload's status references stand for once it is accepted: a status to keep, change or create. */
export interface ResolvedStatus {
  reference: string;
  existing: SiteStatus | undefined;
  name: string;
  category: StatusCategory;
  description: string;
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * The payload's top-level `statuses`, each reference once: with an id, a site status (whose
 * name, category and description the payload may change, as Jira's "workflows and related
 * statuses" do); without one, a status to create. One category may not hold a name twice.
 */
export function resolveStatuses(site: JiraSite, statuses: readonly StatusPayload[]): { resolved: Map<string, ResolvedStatus>; problems: WorkflowProblem[] } {
  const resolved = new Map<string, ResolvedStatus>();
  const problems: WorkflowProblem[] = [];
  for (const status of statuses) {
    const where = { statusReference: status.statusReference };
    if (resolved.has(status.statusReference)) {
      problems.push(problem('STATUS', 'NON_UNIQUE_STATUS_REFERENCE', `The status reference ${status.statusReference} is given twice.`, where));
      continue;
    }
    const existing = status.id === undefined ? undefined : site.statuses.get(status.id);
    if (status.id !== undefined && existing === undefined) {
      problems.push(problem('STATUS', 'STATUS_NOT_FOUND', `There is no status with id ${status.id}.`, where));
      continue;
    }
    if (status.name.trim() === '') problems.push(problem('STATUS', 'STATUS_NAME_REQUIRED', 'A status needs a name.', where));
    resolved.set(status.statusReference, {
      reference: status.statusReference,
      existing,
      name: status.name.trim(),
      category: status.statusCategory,
      description: status.description ?? existing?.description ?? '',
    });
  }
  const after = [
    ...[...site.statuses.values()].filter((status) => ![...resolved.values()].some((wanted) => wanted.existing?.id === status.id)),
    ...resolved.values(),
  ];
  for (const [index, status] of after.entries()) {
    if (after.slice(0, index).some((other) => sameName(other.name, status.name) && other.category === status.category)) {
      const reference = 'reference' in status ? status.reference : undefined;
      problems.push(problem('STATUS', 'NON_UNIQUE_STATUS_NAME', `You must use a unique status name: '${status.name}' is taken in ${status.category}.`, reference === undefined ? undefined : { statusReference: reference }));
    }
  }
  return { resolved, problems };
}

/** Writes the resolved statuses into the site; answers each reference's status id. */
export function commitStatuses(site: JiraSite, resolved: ReadonlyMap<string, ResolvedStatus>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const status of resolved.values()) {
    const id = status.existing?.id ?? site.nextId();
    site.statuses.set(id, { id, name: status.name, category: status.category, description: status.description });
    ids.set(status.reference, id);
  }
  return ids;
}
