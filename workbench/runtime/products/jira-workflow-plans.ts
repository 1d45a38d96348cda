import { randomUUID } from 'node:crypto';
import type { JiraSite } from './jira-site';
import type { SiteWorkflow } from './jira-site-types';
import { commitStatuses, problem, resolveStatuses, type ResolvedStatus, type StatusPayload, type WorkflowPayload, type WorkflowProblem, type WorkflowUpdatePayload } from './jira-workflow-payload';
import { toTransitions, unemulatedPart, workflowProblems } from './jira-workflow-rules';
import { statusMoves } from './jira-workflow-mappings';

/** What a create or update would do: Jira's objections, or the change to make. */
export interface WorkflowPlan {
  problems: WorkflowProblem[];
  /** Workflows whose version the request names wrongly (someone changed them since): Jira answers 409. */
  stale: string[];
  /** A part of the request the stand-in has no model of. */
  unemulated: string | undefined;
  commit(): SiteWorkflow[];
}

/** The site's id of each reference to an existing status (a status the request creates has none yet). */
const existingStatusIds = (resolved: ReadonlyMap<string, ResolvedStatus>): Map<string, string> =>
  new Map([...resolved].flatMap(([reference, status]) => (status.existing === undefined ? [] : [[reference, status.existing.id] as const])));

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function planCreate(site: JiraSite, statuses: readonly StatusPayload[], workflows: readonly WorkflowPayload[]): WorkflowPlan {
  const { resolved, problems } = resolveStatuses(site, statuses);
  const references = new Set(resolved.keys());
  const existingIds = existingStatusIds(resolved);
  if (workflows.length === 0) problems.push(problem('WORKFLOW', 'NO_WORKFLOWS', 'Give at least one workflow.'));
  for (const [index, workflow] of workflows.entries()) {
    const name = workflow.name ?? '';
    if (name.trim() === '') problems.push(problem('WORKFLOW', 'WORKFLOW_NAME_REQUIRED', 'A workflow needs a name.'));
    const taken = [...site.workflows.values()].some((other) => sameName(other.name, name)) || workflows.slice(0, index).some((other) => sameName(other.name ?? '', name));
    if (taken) problems.push(problem('WORKFLOW', 'NON_UNIQUE_WORKFLOW_NAME', `A workflow named '${name}' already exists.`));
    problems.push(...workflowProblems(workflow, references, existingIds));
  }
  return {
    problems,
    stale: [],
    unemulated: workflows.map(unemulatedPart).find((part) => part !== undefined),
    commit: () => {
      const ids = commitStatuses(site, resolved);
      const now = site.timestamp();
      return workflows.map((workflow) => {
        const created: SiteWorkflow = {
          id: randomUUID(),
          name: workflow.name!.trim(),
          description: workflow.description ?? '',
          isEditable: true,
          statuses: workflow.statuses.map((status) => ({ statusId: ids.get(status.statusReference)!, properties: { ...status.properties } })),
          transitions: toTransitions(workflow.transitions, ids),
          version: { id: randomUUID(), versionNumber: 0 },
          created: now,
          updated: now,
        };
        site.workflows.set(created.id, created);
        return created;
      });
    },
  };
}

/**
 * An update replaces a workflow's statuses and transitions as a whole (its name stays), for the
 * version it names; a new version follows. Issues in statuses it drops must be mapped.
 */
export function planUpdate(site: JiraSite, statuses: readonly StatusPayload[], workflows: readonly WorkflowUpdatePayload[]): WorkflowPlan {
  const { resolved, problems } = resolveStatuses(site, statuses);
  const references = new Set(resolved.keys());
  const existingIds = existingStatusIds(resolved);
  // Until committed, a new status is known by its reference.
  const provisional = new Map([...resolved.values()].map((status) => [status.reference, status.existing?.id ?? `new:${status.reference}`]));
  const stale: string[] = [];
  const pending: Array<{ workflow: SiteWorkflow; update: WorkflowUpdatePayload; moves: ReturnType<typeof statusMoves>['moves'] }> = [];
  if (workflows.length === 0) problems.push(problem('WORKFLOW', 'NO_WORKFLOWS', 'Give at least one workflow.'));
  for (const update of workflows) {
    const workflow = site.workflows.get(update.id);
    if (workflow === undefined) {
      problems.push(problem('WORKFLOW', 'WORKFLOW_NOT_FOUND', `There is no workflow with id ${update.id}.`));
      continue;
    }
    if (!workflow.isEditable) problems.push(problem('WORKFLOW', 'WORKFLOW_NOT_EDITABLE', `The workflow '${workflow.name}' cannot be edited.`));
    if (update.version.versionNumber === undefined) problems.push(problem('WORKFLOW', 'VERSION_REQUIRED', 'An update names the version it changes.'));
    else if (update.version.versionNumber !== workflow.version.versionNumber || (update.version.id !== undefined && update.version.id !== workflow.version.id)) stale.push(workflow.name);
    problems.push(...workflowProblems(update, references, existingIds));
    const mapped = statusMoves(site, workflow, update, provisional);
    problems.push(...mapped.problems);
    pending.push({ workflow, update, moves: mapped.moves });
  }
  return {
    problems,
    stale,
    unemulated: workflows.map(unemulatedPart).find((part) => part !== undefined),
    commit: () => {
      const ids = commitStatuses(site, resolved);
      const real = (id: string) => (id.startsWith('new:') ? ids.get(id.slice(4))! : id);
      return pending.map(({ workflow, update, moves }) => {
        workflow.description = update.description ?? workflow.description;
        workflow.statuses = update.statuses.map((status) => ({ statusId: ids.get(status.statusReference)!, properties: { ...status.properties } }));
        workflow.transitions = toTransitions(update.transitions, ids);
        workflow.version = { id: randomUUID(), versionNumber: workflow.version.versionNumber + 1 };
        workflow.updated = site.timestamp();
        for (const move of moves) move.issue.statusId = real(move.statusId);
        return workflow;
      });
    },
  };
}
