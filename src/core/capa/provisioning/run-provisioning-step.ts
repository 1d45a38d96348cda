import { AppError, isAppError } from '../../errors';
import type { JiraProvisioning } from '../../ports/jira-provisioning';
import { approvalToken, schemeCopyName, shapeOf } from './plan-provisioning';
import type { ProvisionIntent, ProvisionRecord, ProvisionedProject } from './provision-record';
import type { PlanItem, ProvisioningPlan } from './provisioning-plan';
import type { ProvisioningTarget } from './provisioning-target';
import type { SiteSnapshot } from './site-snapshot';

/** What one step did, for the page's log (the plan that follows shows the rest). */
export interface StepDone {
  itemIds: string[];
  /** 'waiting' while Jira's scheme switch runs (the page polls again); 'failed' when the switch did not complete (the next step tries again). */
  outcome: 'changed' | 'waiting' | 'failed';
}

/**
 * One write of a run, the first thing the plan still has to do (all new statuses go in one
 * request). Jira has no transactions: the caller records the returned record at once, so a run
 * stopped after any step resumes with the next. An item the admin did not approve is not
 * written: the plan changed since they looked (CONFLICT), and they review it again. Before a
 * create, `recordIntent` saves the record with what is about to be made (adoptIntent reads it
 * when the save after the create was lost).
 */
export async function runProvisioningStep(
  jira: JiraProvisioning,
  input: {
    target: ProvisioningTarget;
    record: ProvisionRecord;
    snapshot: SiteSnapshot;
    plan: ProvisioningPlan;
    approved: ReadonlySet<string>;
    recordIntent: (record: ProvisionRecord) => Promise<void>;
  },
): Promise<{ record: ProvisionRecord; done: StepDone }> {
  const { target, plan, snapshot, approved } = input;
  const record: ProvisionRecord = structuredClone(input.record);
  const creating = async <T>(intent: ProvisionIntent, create: () => Promise<T>): Promise<T> => {
    await input.recordIntent({ ...record, intent });
    const made = await create();
    delete record.intent;
    return made;
  };
  if (plan.blocked !== null) throw new AppError('CONFLICT', `Provisioning is blocked: ${plan.blocked}.`, [], { reason: 'provisioning-blocked', params: { blocked: plan.blocked } });
  record.language ??= target.language;
  const projectId = plan.projectId!;
  const project: ProvisionedProject = (record.projects[projectId] ??= {
    projectId,
    projectKey: plan.projectKey,
    issueTypeSchemeId: null,
    issueTypeSchemeAssigned: false,
    workflowSchemeId: null,
    workflowSchemeAssigned: false,
    switchTaskId: null,
    complete: false,
  });

  // What Jira shows done is recorded so, writing nothing: a project already on our copies (a switch that finished meanwhile).
  if (project.workflowSchemeId !== null && snapshot.workflowScheme?.id === project.workflowSchemeId) {
    project.workflowSchemeAssigned = true;
    project.switchTaskId = null;
  }
  if (project.issueTypeSchemeId !== null && snapshot.issueTypeScheme?.id === project.issueTypeSchemeId) project.issueTypeSchemeAssigned = true;
  // The project is complete once the step that made the plan's last change is done; the first
  // project completed is where corrective actions go until an admin names another.
  const finish = (done: StepDone) => {
    project.complete = done.outcome === 'changed' && plan.pending.every((id) => done.itemIds.includes(id));
    if (project.complete) record.defaultProjectId ??= projectId;
    return { record, done };
  };
  if (plan.switching !== null) return finish({ itemIds: ['workflow-scheme'], outcome: 'waiting' });
  const next = plan.pending[0];
  if (next === undefined) return finish({ itemIds: [], outcome: 'changed' });
  const unapproved = (items: readonly PlanItem[]) => items.find((candidate) => !approved.has(approvalToken(candidate)))?.id;
  const item = plan.items.find((candidate) => candidate.id === next)!;

  if (item.kind === 'status') {
    // Every status still to be made or reused, in one request.
    const statusItems = plan.items.filter((candidate) => candidate.kind === 'status' && candidate.change !== 'none');
    refuseUnapproved(unapproved(statusItems));
    const byId = new Map(target.statuses.map((status) => [`status:${status.ref}`, status]));
    for (const reused of statusItems.filter((candidate) => candidate.change === 'reuse')) {
      record.statuses[byId.get(reused.id)!.ref] = { id: reused.jiraId!, created: false };
    }
    const toCreate = statusItems.filter((candidate) => candidate.change === 'create');
    if (toCreate.length > 0) {
      const wanted = toCreate.map((candidate) => ({ ref: byId.get(candidate.id)!.ref, name: candidate.name, category: byId.get(candidate.id)!.category, description: byId.get(candidate.id)!.description }));
      const intent: ProvisionIntent = { kind: 'statuses', statuses: wanted.map(({ ref, name, category }) => ({ ref, name, category })) };
      const created = await creating(intent, () => jira.createStatuses(wanted.map(({ name, category, description }) => ({ name, category, description }))));
      toCreate.forEach((candidate, index) => {
        const status = created[index];
        if (status === undefined) throw new AppError('INTERNAL', `Jira did not return the status ${candidate.name} it was asked to create.`);
        record.statuses[byId.get(candidate.id)!.ref] = { id: status.id, created: true };
      });
    }
    return finish({ itemIds: statusItems.map((candidate) => candidate.id), outcome: 'changed' });
  }

  refuseUnapproved(unapproved([item]));
  switch (item.kind) {
    case 'issue-type': {
      const type = target.issueTypes.find((candidate) => `issue-type:${candidate.kind}` === item.id)!;
      const created = await creating({ kind: 'issue-type', ref: type.kind, name: type.name }, () => jira.createIssueType({ name: type.name, description: type.description }));
      record.issueTypes[type.kind] = { id: created.id, name: created.name };
      break;
    }
    case 'workflow': {
      const workflow = target.workflows.find((candidate) => `workflow:${candidate.kind}` === item.id)!;
      const statusIds = Object.fromEntries(Object.entries(record.statuses).map(([ref, status]) => [ref, status.id]));
      const shape = workflow.build(statusIds);
      let written;
      if (item.change === 'create') {
        const objections = await jira.validateWorkflow(shape);
        if (objections.length > 0) {
          throw new AppError('CONFLICT', `Jira would not create the workflow ${shape.name}.`, objections.map((message) => ({ path: item.id, message })), { reason: 'jira-refused' });
        }
        written = await creating({ kind: 'workflow', ref: workflow.kind, name: shape.name, built: workflow.fingerprint(shape) }, () => jira.createWorkflow(shape));
      } else {
        const existing = snapshot.recordedWorkflows.find((candidate) => candidate.id === item.jiraId)!;
        written = await jira.updateWorkflow(existing, shape);
      }
      record.workflows[workflow.kind] = { id: written.id, name: written.name, fingerprint: workflow.fingerprint(shapeOf(written)), built: workflow.fingerprint(shape), appVersion: target.appVersion };
      break;
    }
    case 'issue-type-scheme':
      await issueTypeSchemeStep(jira, target, record, project, snapshot, item.change);
      break;
    case 'workflow-scheme':
      return finish({ itemIds: [item.id], outcome: await workflowSchemeStep(jira, target, record, project, snapshot) });
  }
  return finish({ itemIds: [item.id], outcome: 'changed' });
}

function refuseUnapproved(id: string | undefined): void {
  if (id !== undefined) {
    throw new AppError('CONFLICT', `The plan changed since it was shown (${id}): review it again.`, [], { reason: 'plan-changed', params: { item: id } });
  }
}

const ourTypeIds = (target: ProvisioningTarget, record: ProvisionRecord): string[] => target.issueTypes.map((type) => record.issueTypes[type.kind]!.id);

async function issueTypeSchemeStep(
  jira: JiraProvisioning,
  target: ProvisioningTarget,
  record: ProvisionRecord,
  project: ProvisionedProject,
  snapshot: SiteSnapshot,
  change: string,
): Promise<void> {
  const current = snapshot.issueTypeScheme!;
  const ours = ourTypeIds(target, record);
  if (change === 'add-types') {
    await jira.addIssueTypesToScheme(current.id, ours.filter((id) => !current.issueTypeIds.includes(id)));
    return;
  }
  if (project.issueTypeSchemeId === null) {
    // A copy for this project alone: a scheme other projects use is never edited.
    const copy = await jira.createIssueTypeScheme({
      name: schemeCopyName(project.projectKey, current.name),
      description: `The issue types of ${project.projectKey} and the Process Cards corrective action and improvement types (made by Process Cards from “${current.name}”).`,
      issueTypeIds: [...new Set([...current.issueTypeIds, ...ours])],
      defaultIssueTypeId: current.defaultIssueTypeId,
    });
    project.issueTypeSchemeId = copy.id;
    return;
  }
  await jira.assignIssueTypeScheme(project.issueTypeSchemeId, project.projectId);
  project.issueTypeSchemeAssigned = true;
}

async function workflowSchemeStep(
  jira: JiraProvisioning,
  target: ProvisioningTarget,
  record: ProvisionRecord,
  project: ProvisionedProject,
  snapshot: SiteSnapshot,
): Promise<StepDone['outcome']> {
  const current = snapshot.workflowScheme!;
  if (project.workflowSchemeId === null) {
    const mappings = Object.fromEntries(target.workflows.map((workflow) => [record.issueTypes[workflow.kind]!.id, record.workflows[workflow.kind]!.name]));
    const copy = await jira.createWorkflowScheme({
      name: schemeCopyName(project.projectKey, current.name),
      description: `The workflows of ${project.projectKey} and the Process Cards workflows (made by Process Cards from “${current.name}”).`,
      defaultWorkflow: current.defaultWorkflow,
      issueTypeMappings: { ...current.issueTypeMappings, ...mappings },
    });
    project.workflowSchemeId = copy.id;
    return 'changed';
  }
  // The project uses our copy already: the switch completed (its task says so, or the project's scheme does, whatever became of the task).
  if (current.id === project.workflowSchemeId || (project.switchTaskId !== null && snapshot.switchTask?.state === 'COMPLETE')) {
    project.switchTaskId = null;
    project.workflowSchemeAssigned = true;
    return 'changed';
  }
  if (project.switchTaskId !== null) {
    // Failed, cancelled or gone: recorded as such, so the next step switches again.
    project.switchTaskId = null;
    return 'failed';
  }
  if (snapshot.issueCount === 0) {
    try {
      await jira.assignWorkflowScheme(project.workflowSchemeId, project.projectId);
      project.workflowSchemeAssigned = true;
      return 'changed';
    } catch (error) {
      // The count is approximate: a project it called empty may have issues, which only the switch moves.
      if (!isAppError(error) || error.code !== 'CONFLICT' || error.reason !== 'jira-refused') throw error;
    }
  }
  // A project with issues changes scheme through an asynchronous task (its issues keep their statuses: our types have none yet).
  project.switchTaskId = (await jira.switchWorkflowScheme(project.workflowSchemeId, project.projectId)).taskId;
  return 'waiting';
}
