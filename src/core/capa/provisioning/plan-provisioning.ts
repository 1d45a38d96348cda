import type { JiraStatus, JiraWorkflow, WorkflowShape } from '../../ports/jira-provisioning';
import type { ProvisionRecord } from './provision-record';
import type { PlanItem, ProvisioningPlan } from './provisioning-plan';
import type { ActionKind, ProvisioningTarget, TargetStatus, TargetWorkflow } from './provisioning-target';
import type { SiteSnapshot } from './site-snapshot';

/**
 * The plan of a provisioning run: for everything this app version provisions, whether it exists
 * as needed, will be reused, created, updated, or conflicts with what is there. Pure: the same
 * record and snapshot always give the same plan, and the steps recompute it before each write.
 */
export function planProvisioning(input: {
  target: ProvisioningTarget;
  record: ProvisionRecord;
  snapshot: SiteSnapshot;
  projectKey: string;
  languageFixed: boolean;
  missingResolutions?: readonly string[];
}): ProvisioningPlan {
  const { target, record, snapshot } = input;
  const project = snapshot.project;
  const base = {
    projectId: project?.id ?? null,
    projectKey: project?.key ?? input.projectKey,
    projectName: project?.name ?? null,
    language: target.language,
    languageFixed: input.languageFixed,
    switching: null,
    addsToDefaultScheme: false,
    missingResolutions: [...(input.missingResolutions ?? [])],
  };
  if (project === null) return { ...base, blocked: 'project-not-found', items: [], pending: [], approvals: [], complete: false };
  if (project.style === 'team-managed') return { ...base, blocked: 'team-managed', items: [], pending: [], approvals: [], complete: false };
  if (base.missingResolutions.length > 0) return { ...base, blocked: 'resolutions-missing', items: [], pending: [], approvals: [], complete: false };

  const statuses = target.statuses.map((status) => statusItem(status, record, snapshot));
  const statusIds = Object.fromEntries(statuses.flatMap((item, index) => (item.jiraId === null ? [] : [[target.statuses[index]!.ref, item.jiraId] as const])));
  const statusesResolved = statuses.every((item) => item.jiraId !== null);
  const issueTypes = target.issueTypes.map((type) => issueTypeItem(type, record, snapshot));
  const workflows = target.workflows.map((workflow) => workflowItem(workflow, record, snapshot, statusesResolved ? statusIds : null));
  const schemes = schemeItems(target, record, snapshot, project.id);
  const items = [...statuses, ...issueTypes, ...workflows, ...schemes.items];
  const conflicts = items.some((item) => item.conflict !== null);
  const pendingItems = items.filter((item) => item.conflict === null && item.change !== 'none');
  const pending = pendingItems.map((item) => item.id);
  const complete = !conflicts && pending.length === 0 && schemes.switching === null;
  return {
    ...base,
    blocked: conflicts ? 'conflicts' : null,
    items,
    pending,
    approvals: pendingItems.map(approvalToken),
    switching: schemes.switching,
    addsToDefaultScheme: issueTypes.some((item) => item.change === 'create'),
    complete,
  };
}

/** An item as the admin saw it: what changes, under which name, copied from what (not its Jira id, which a step fills in). */
export const approvalToken = (item: PlanItem): string => [item.id, item.change, item.name, item.copiedFrom ?? ''].join('|');

const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

function statusItem(status: TargetStatus, record: ProvisionRecord, snapshot: SiteSnapshot): PlanItem {
  const base = { id: `status:${status.ref}`, kind: 'status' as const, category: status.category, conflict: null };
  const recorded = record.statuses[status.ref];
  const found = recorded === undefined ? undefined : snapshot.recordedStatuses.find((candidate) => candidate.id === recorded.id);
  if (found !== undefined) return { ...base, name: found.name, change: 'none', jiraId: found.id };
  for (const name of status.candidates) {
    const named: JiraStatus[] = snapshot.statusesByName.filter((candidate) => sameName(candidate.name, name));
    if (named.length === 0) return { ...base, name, change: 'create', jiraId: null };
    const match = named.find((candidate) => candidate.category === status.category);
    if (match !== undefined) return { ...base, name: match.name, change: 'reuse', jiraId: match.id };
  }
  return {
    ...base,
    name: status.candidates[0] ?? status.ref,
    change: 'create',
    jiraId: null,
    conflict: { reason: 'no-free-status-name', details: [...status.candidates] },
  };
}

function issueTypeItem(type: ProvisioningTarget['issueTypes'][number], record: ProvisionRecord, snapshot: SiteSnapshot): PlanItem {
  const base = { id: `issue-type:${type.kind}`, kind: 'issue-type' as const, conflict: null };
  const recorded = record.issueTypes[type.kind];
  const found = recorded === undefined ? undefined : snapshot.issueTypes.find((candidate) => candidate.id === recorded.id);
  if (found !== undefined) return { ...base, name: found.name, change: 'none', jiraId: found.id };
  const taken = snapshot.issueTypes.find((candidate) => sameName(candidate.name, type.name));
  if (taken !== undefined) return { ...base, name: type.name, change: 'create', jiraId: null, conflict: { reason: 'name-taken', details: [taken.id] } };
  return { ...base, name: type.name, change: 'create', jiraId: null };
}

/** `statusIds` is null while some status is still to be made: the workflow's final shape is not known yet. */
function workflowItem(workflow: TargetWorkflow, record: ProvisionRecord, snapshot: SiteSnapshot, statusIds: Record<string, string> | null): PlanItem {
  const base = { id: `workflow:${workflow.kind}`, kind: 'workflow' as const, conflict: null };
  const recorded = record.workflows[workflow.kind];
  const found: JiraWorkflow | undefined = recorded === undefined ? undefined : snapshot.recordedWorkflows.find((candidate) => candidate.id === recorded.id);
  if (recorded === undefined || found === undefined) return { ...base, name: workflow.name, change: 'create', jiraId: null };
  if (workflow.fingerprint(shapeOf(found)) !== recorded.fingerprint) {
    return { ...base, name: found.name, change: 'none', jiraId: found.id, conflict: { reason: 'edited', details: [recorded.appVersion] } };
  }
  if (statusIds === null) return { ...base, name: found.name, change: 'update', jiraId: found.id };
  const wanted = workflow.fingerprint(workflow.build(statusIds));
  if (wanted === recorded.built) return { ...base, name: found.name, change: 'none', jiraId: found.id };
  if (!found.isEditable) return { ...base, name: found.name, change: 'update', jiraId: found.id, conflict: { reason: 'not-editable', details: [] } };
  return { ...base, name: found.name, change: 'update', jiraId: found.id };
}

/** The parts of a workflow its fingerprint covers (not Jira's ids and versions). */
export const shapeOf = ({ name, description, statuses, transitions }: WorkflowShape): WorkflowShape => ({ name, description, statuses, transitions });

/** The names our types map to in the project's workflow scheme. */
function wantedMappings(target: ProvisioningTarget, record: ProvisionRecord): Array<{ kind: ActionKind; typeId: string | undefined; workflow: string }> {
  return target.workflows.map((workflow) => ({ kind: workflow.kind, typeId: record.issueTypes[workflow.kind]?.id, workflow: record.workflows[workflow.kind]?.name ?? workflow.name }));
}

/** The name of the project's own copy of a scheme, as the plan shows it and the step creates it. */
export const schemeCopyName = (projectKey: string, sourceName: string): string => `${projectKey}: ${sourceName} + Process Cards`.slice(0, 255);

function schemeItems(target: ProvisioningTarget, record: ProvisionRecord, snapshot: SiteSnapshot, projectId: string): { items: PlanItem[]; switching: ProvisioningPlan['switching'] } {
  const ours = record.projects[projectId];
  const typeScheme = snapshot.issueTypeScheme;
  const flowScheme = snapshot.workflowScheme;
  const ourTypeIds = target.issueTypes.map((type) => record.issueTypes[type.kind]?.id);
  const items: PlanItem[] = [];
  // A project already on our copy has it assigned, whether or not the record heard so (a switch that finished meanwhile).
  const typeAssigned = ours !== undefined && (ours.issueTypeSchemeAssigned || (ours.issueTypeSchemeId !== null && typeScheme?.id === ours.issueTypeSchemeId));
  const flowAssigned = ours !== undefined && (ours.workflowSchemeAssigned || (ours.workflowSchemeId !== null && flowScheme?.id === ours.workflowSchemeId));

  // Issue type scheme: the project's own copy, with our types.
  const typeItem: PlanItem = { id: 'issue-type-scheme', kind: 'issue-type-scheme', name: schemeCopyName(snapshot.project!.key, typeScheme?.name ?? ''), change: 'copy', jiraId: null, conflict: null };
  if (typeAssigned) {
    if (typeScheme === null || typeScheme.id !== ours!.issueTypeSchemeId) {
      typeItem.conflict = { reason: 'scheme-replaced', details: [typeScheme?.name ?? ''] };
    } else {
      typeItem.name = typeScheme.name;
      typeItem.jiraId = typeScheme.id;
      const missing = ourTypeIds.some((id) => id === undefined || !typeScheme.issueTypeIds.includes(id));
      typeItem.change = missing ? 'add-types' : 'none';
      if (missing && typeScheme.projectCount > 1) typeItem.conflict = { reason: 'scheme-shared', details: [String(typeScheme.projectCount)] };
    }
  } else if (typeScheme !== null) {
    typeItem.copiedFrom = typeScheme.name;
    typeItem.jiraId = ours?.issueTypeSchemeId ?? null;
  }

  // Workflow scheme: the project's own copy, mapping our types to our workflows.
  const flowItem: PlanItem = { id: 'workflow-scheme', kind: 'workflow-scheme', name: schemeCopyName(snapshot.project!.key, flowScheme?.name ?? ''), change: 'copy', jiraId: null, conflict: null };
  let switching: ProvisioningPlan['switching'] = null;
  const task = ours?.switchTaskId ?? null;
  if (!flowAssigned && task !== null && snapshot.switchTask !== null && (snapshot.switchTask.state === 'ENQUEUED' || snapshot.switchTask.state === 'RUNNING')) {
    switching = { taskId: task, state: snapshot.switchTask.state };
  }
  if (flowAssigned) {
    if (flowScheme === null || flowScheme.id !== ours!.workflowSchemeId) {
      flowItem.conflict = { reason: 'scheme-replaced', details: [flowScheme?.name ?? ''] };
    } else {
      flowItem.name = flowScheme.name;
      flowItem.jiraId = flowScheme.id;
      const missing = wantedMappings(target, record).some(({ typeId, workflow }) => typeId === undefined || flowScheme.issueTypeMappings[typeId] !== workflow);
      // The copy maps our types when it is made; a mapping gone since was an admin's change.
      flowItem.change = 'none';
      if (missing) flowItem.conflict = { reason: 'edited', details: [flowScheme.name] };
    }
  } else if (flowScheme !== null) {
    flowItem.copiedFrom = flowScheme.name;
    flowItem.jiraId = ours?.workflowSchemeId ?? null;
  }
  // The workflow scheme goes first: were the types assigned before their workflows, issues of
  // them could be made in the project's default workflow, without the record's checks.
  items.push(flowItem, typeItem);
  return { items, switching };
}
