import type {
  IssueTypeScheme,
  JiraIssueType,
  JiraProject,
  JiraProvisioning,
  JiraStatus,
  JiraWorkflow,
  TaskState,
  WorkflowScheme,
} from '../../ports/jira-provisioning';
import type { ProvisionRecord } from './provision-record';
import { isAppError } from '../../errors';
import type { ProvisioningTarget } from './provisioning-target';

/** What the planner reads of the site, in one go, before each plan and each step. */
export interface SiteSnapshot {
  project: JiraProject | null;
  /** Issues in the project (0 when it is not a company-managed project we can provision). */
  issueCount: number;
  /** Statuses named like any of the target's candidates, and those the record names by id. */
  statusesByName: JiraStatus[];
  recordedStatuses: JiraStatus[];
  issueTypes: JiraIssueType[];
  recordedWorkflows: JiraWorkflow[];
  /** The workflow the record's intent names, read by name (empty without such an intent). */
  intendedWorkflows: JiraWorkflow[];
  issueTypeScheme: IssueTypeScheme | null;
  workflowScheme: WorkflowScheme | null;
  switchTask: { state: TaskState; message: string | null } | null;
}

/**
 * Reads the site: about ten requests, in parallel where they do not depend on each other (the
 * project first: its schemes and issues are only asked for a company-managed project).
 */
export async function readSiteSnapshot(jira: JiraProvisioning, record: ProvisionRecord, target: ProvisioningTarget, projectKey: string): Promise<SiteSnapshot> {
  const names = [...new Set(target.statuses.flatMap((status) => status.candidates))];
  const statusIds = Object.values(record.statuses).map((status) => status.id);
  const workflowIds = Object.values(record.workflows).map((workflow) => workflow.id);
  const intended = record.intent?.kind === 'workflow' ? [record.intent.name] : [];
  const [project, statusesByName, recordedStatuses, issueTypes, recordedWorkflows, intendedWorkflows] = await Promise.all([
    jira.project(projectKey),
    jira.statusesByName(names),
    statusIds.length === 0 ? Promise.resolve([]) : jira.statuses(statusIds),
    jira.issueTypes(),
    workflowIds.length === 0 ? Promise.resolve([]) : jira.workflows(workflowIds),
    intended.length === 0 ? Promise.resolve([]) : jira.workflowsByName(intended),
  ]);
  const provisionable = project !== null && project.style === 'company-managed';
  const taskId = project === null ? null : (record.projects[project.id]?.switchTaskId ?? null);
  const [issueCount, issueTypeScheme, workflowScheme, switchTask] = provisionable
    ? await Promise.all([
        jira.issueCount(project.id),
        jira.issueTypeSchemeOf(project.id),
        jira.workflowSchemeOf(project.id),
        taskId === null ? Promise.resolve(null) : taskOrGone(jira, taskId),
      ])
    : [0, null, null, null];
  return { project, issueCount, statusesByName, recordedStatuses, issueTypes, recordedWorkflows, intendedWorkflows, issueTypeScheme, workflowScheme, switchTask };
}

/** Jira forgets finished tasks after a while: a task it no longer has is DEAD, and the step looks at the project's scheme instead. */
async function taskOrGone(jira: JiraProvisioning, taskId: string): Promise<{ state: TaskState; message: string | null }> {
  try {
    return await jira.task(taskId);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return { state: 'DEAD', message: null };
    throw error;
  }
}
