import { route } from '@forge/api';
import type { z } from 'zod';
import { AppError } from '../../core/errors';
import type {
  IssueTypeScheme,
  JiraGroup,
  JiraIssueType,
  JiraProject,
  JiraProvisioning,
  JiraStatus,
  JiraWorkflow,
  StatusCategory,
  TaskState,
  WorkflowScheme,
  WorkflowShape,
} from '../../core/ports/jira-provisioning';
import { GROUPS_PER_SEARCH } from '../../core/ports/jira-provisioning';
import { FORGE_PACING, type RetryPacing } from './rate-limit-retry';
import type { JiraLog } from './jira/jira-call';
import { JiraRequests } from './jira/jira-requests';
import { statusDetails, statusesNamed, toStatus } from './jira/jira-statuses';
import {
  AdministerPermission,
  CreatedIssueTypeScheme,
  FoundGroups,
  IssueCount,
  IssueTypeJson,
  IssueTypeList,
  ProjectJson,
  ResolutionPage,
  StatusList,
  TaskJson,
  ValidationErrors,
  WorkflowSchemeJson,
  WorkflowsAnswer,
} from './jira/jira-responses';
import { createRequest, UnreadableWorkflow, updateRequest, workflowOf, type StatusDetails } from './jira/workflow-json';
import { issueTypeSchemeOf, workflowSchemeOf } from './jira/scheme-usage';
import { allPages } from './jira/jira-pages';

export interface ForgeJiraProvisioningOptions {
  pacing?: RetryPacing;
  log?: JiraLog;
}

// Jira's ids are digits; a project key is letters, digits and underscores. Anything else names nothing and is not sent.
const NUMERIC_ID = /^\d+$/;
const PROJECT_ID_OR_KEY = /^[A-Za-z0-9_]+$/;
const RESOLUTIONS_PER_PAGE = 50;

/**
 * Provisioning in Jira REST v3, as the invoking user (`asUser()`, the Jira admin on the admin
 * page): Jira itself decides what they may change. Jira's JSON never leaves this module and
 * `jira/`: answers are read through zod schemas of the parts used, failures become AppErrors
 * with reason `jira`, and a 429 is waited out as Retry-After says.
 */
export class ForgeJiraProvisioning implements JiraProvisioning {
  private readonly jira: JiraRequests;

  constructor(options: ForgeJiraProvisioningOptions = {}) {
    this.jira = new JiraRequests('user', {
      pacing: options.pacing ?? FORGE_PACING,
      log: options.log ?? ((message, context) => console.error(message, JSON.stringify(context))),
    });
  }

  async mayAdministerJira(): Promise<boolean> {
    const answer = await this.jira.expect({ what: 'the caller’s permissions', path: route`/rest/api/3/mypermissions?permissions=ADMINISTER` }, AdministerPermission);
    return answer.permissions.ADMINISTER.havePermission;
  }

  /**
   * Jira's user and group picker, read for its groups: GET /groups/picker would need the
   * read:jira-user scope, which the app does not hold (a new scope is a major version), while
   * this one is read:jira-work's. Case-insensitive, and without Connect apps' groups.
   */
  async findGroups(query: string, limit = GROUPS_PER_SEARCH): Promise<{ groups: JiraGroup[]; total: number }> {
    const answer = await this.jira.expect(
      { what: 'the groups', path: route`/rest/api/3/groupuserpicker?query=${query}&maxResults=${limit}&caseInsensitive=true&excludeConnectAddons=true` },
      FoundGroups,
    );
    const groups = (answer.groups?.groups ?? []).flatMap((group) => (group.groupId && group.name ? [{ id: group.groupId, name: group.name }] : []));
    return { groups: groups.slice(0, limit), total: Math.max(answer.groups?.total ?? groups.length, groups.length) };
  }

  async project(projectIdOrKey: string): Promise<JiraProject | null> {
    if (!PROJECT_ID_OR_KEY.test(projectIdOrKey)) return null;
    // Jira answers 404 for a project the caller may not browse, as for one that is gone.
    const project = await this.jira.read({ what: 'the project', path: route`/rest/api/3/project/${projectIdOrKey}`, absentStatuses: [404] }, ProjectJson);
    if (project === null) return null;
    const teamManaged = project.style === undefined ? project.simplified : project.style === 'next-gen';
    if (teamManaged === undefined) throw this.jira.unexpected('the project', 'neither a style nor `simplified`');
    return { id: project.id, key: project.key, name: project.name, style: teamManaged ? 'team-managed' : 'company-managed' };
  }

  async issueCount(projectId: string): Promise<number> {
    this.requireId('project', projectId);
    const answer = await this.jira.expect(
      { what: 'the issue count', method: 'POST', path: route`/rest/api/3/search/approximate-count`, body: { jql: `project = ${projectId}` } },
      IssueCount,
    );
    return answer.count;
  }

  async resolutions(): Promise<Array<{ id: string; name: string }>> {
    const values = await allPages(this.jira, 'the resolutions', (startAt) => route`/rest/api/3/resolution/search?startAt=${startAt}&maxResults=${RESOLUTIONS_PER_PAGE}`, ResolutionPage);
    return values.map(({ id, name }) => ({ id, name }));
  }

  async statusesByName(names: readonly string[]): Promise<JiraStatus[]> {
    return (await statusesNamed(this.jira, names)).map(toStatus);
  }

  async statuses(ids: readonly string[]): Promise<JiraStatus[]> {
    return (await statusDetails(this.jira, ids)).map(({ id, name, category }) => ({ id, name, category }));
  }

  async createStatuses(statuses: ReadonlyArray<{ name: string; category: StatusCategory; description: string }>): Promise<JiraStatus[]> {
    if (statuses.length === 0) return [];
    const body = { scope: { type: 'GLOBAL' }, statuses: statuses.map(({ name, category, description }) => ({ name, statusCategory: category, description })) };
    const created = await this.jira.expect({ what: 'the new statuses', method: 'POST', path: route`/rest/api/3/statuses`, body }, StatusList);
    if (created.length !== statuses.length) throw this.jira.unexpected('the new statuses', `${created.length} statuses for ${statuses.length}`);
    return created.map(toStatus);
  }

  async issueTypes(): Promise<JiraIssueType[]> {
    return (await this.jira.expect({ what: 'the issue types', path: route`/rest/api/3/issuetype` }, IssueTypeList)).map(toIssueType);
  }

  async createIssueType(type: { name: string; description: string }): Promise<JiraIssueType> {
    const body = { name: type.name, description: type.description, hierarchyLevel: 0 };
    return toIssueType(await this.jira.expect({ what: 'the new issue type', method: 'POST', path: route`/rest/api/3/issuetype`, body }, IssueTypeJson));
  }

  async workflows(ids: readonly string[]): Promise<JiraWorkflow[]> {
    if (ids.length === 0) return [];
    const answer = await this.jira.expect({ what: 'the workflows', method: 'POST', path: route`/rest/api/3/workflows`, body: { workflowIds: [...new Set(ids)] } }, WorkflowsAnswer);
    return this.workflowsOf('the workflows', answer);
  }

  async workflowsByName(names: readonly string[]): Promise<JiraWorkflow[]> {
    if (names.length === 0) return [];
    const answer = await this.jira.expect({ what: 'the workflows by name', method: 'POST', path: route`/rest/api/3/workflows`, body: { workflowNames: [...new Set(names)] } }, WorkflowsAnswer);
    return this.workflowsOf('the workflows by name', answer).filter((workflow) => names.includes(workflow.name));
  }

  async validateWorkflow(workflow: WorkflowShape): Promise<string[]> {
    const statuses = await statusDetails(this.jira, workflow.statuses);
    const missing = workflow.statuses.filter((id) => !statuses.some((status) => status.id === id));
    if (missing.length > 0) return missing.map((id) => `Jira has no status ${id}.`);
    const body = { payload: createRequest(workflow, statuses), validationOptions: { levels: ['ERROR'] } };
    const answer = await this.jira.expect({ what: 'the workflow validation', method: 'POST', path: route`/rest/api/3/workflows/create/validation`, body }, ValidationErrors);
    return (answer.errors ?? []).filter((error) => error.level !== 'WARNING').map((error) => error.message ?? error.code ?? 'Jira objects to the workflow.');
  }

  async createWorkflow(workflow: WorkflowShape): Promise<JiraWorkflow> {
    const body = createRequest(workflow, await this.statusesOf(workflow));
    const answer = await this.jira.expect({ what: 'the new workflow', method: 'POST', path: route`/rest/api/3/workflows/create`, body }, WorkflowsAnswer);
    return this.onlyWorkflow('the new workflow', answer);
  }

  async updateWorkflow(existing: JiraWorkflow, workflow: WorkflowShape): Promise<JiraWorkflow> {
    // A 409 (someone changed it since `existing` was read) is a CONFLICT for the caller to read again.
    const body = updateRequest(existing, workflow, await this.statusesOf(workflow));
    const answer = await this.jira.expect({ what: 'the workflow update', method: 'POST', path: route`/rest/api/3/workflows/update`, body }, WorkflowsAnswer);
    return this.onlyWorkflow('the workflow update', answer);
  }

  issueTypeSchemeOf(projectId: string): Promise<IssueTypeScheme> {
    this.requireId('project', projectId);
    return issueTypeSchemeOf(this.jira, projectId);
  }

  async createIssueTypeScheme(scheme: { name: string; description: string; issueTypeIds: string[]; defaultIssueTypeId: string | null }): Promise<IssueTypeScheme> {
    const body = {
      name: scheme.name,
      description: scheme.description,
      issueTypeIds: scheme.issueTypeIds,
      ...(scheme.defaultIssueTypeId === null ? {} : { defaultIssueTypeId: scheme.defaultIssueTypeId }),
    };
    const created = await this.jira.expect({ what: 'the new issue type scheme', method: 'POST', path: route`/rest/api/3/issuetypescheme`, body }, CreatedIssueTypeScheme);
    return { id: created.issueTypeSchemeId, name: scheme.name, isDefault: false, issueTypeIds: [...scheme.issueTypeIds], defaultIssueTypeId: scheme.defaultIssueTypeId, projectCount: 0 };
  }

  async addIssueTypesToScheme(schemeId: string, issueTypeIds: readonly string[]): Promise<void> {
    this.requireId('issue type scheme', schemeId);
    if (issueTypeIds.length === 0) return;
    const body = { issueTypeIds: [...new Set(issueTypeIds)] };
    await this.jira.send({ what: 'adding issue types to a scheme', method: 'PUT', path: route`/rest/api/3/issuetypescheme/${schemeId}/issuetype`, body });
  }

  async assignIssueTypeScheme(schemeId: string, projectId: string): Promise<void> {
    this.requireIds(schemeId, projectId);
    const body = { issueTypeSchemeId: schemeId, projectId };
    await this.jira.send({ what: 'the issue type scheme assignment', method: 'PUT', path: route`/rest/api/3/issuetypescheme/project`, body });
  }

  workflowSchemeOf(projectId: string): Promise<WorkflowScheme> {
    this.requireId('project', projectId);
    return workflowSchemeOf(this.jira, projectId);
  }

  async createWorkflowScheme(scheme: { name: string; description: string; defaultWorkflow: string; issueTypeMappings: Record<string, string> }): Promise<WorkflowScheme> {
    const body = { name: scheme.name, description: scheme.description, defaultWorkflow: scheme.defaultWorkflow, issueTypeMappings: { ...scheme.issueTypeMappings } };
    const created = await this.jira.expect({ what: 'the new workflow scheme', method: 'POST', path: route`/rest/api/3/workflowscheme`, body }, WorkflowSchemeJson);
    if (created.id === undefined) throw this.jira.unexpected('the new workflow scheme', 'no id');
    return {
      id: String(created.id),
      name: created.name,
      defaultWorkflow: created.defaultWorkflow ?? scheme.defaultWorkflow,
      issueTypeMappings: { ...(created.issueTypeMappings ?? scheme.issueTypeMappings) },
      projectCount: 0,
    };
  }

  async assignWorkflowScheme(schemeId: string, projectId: string): Promise<void> {
    this.requireIds(schemeId, projectId);
    const body = { projectId, workflowSchemeId: schemeId };
    // Jira documents only that it assigns "only when there are no issues in the project" and a 400 for a request it refuses:
    // the refusal is the caller's to answer (with the switch), not a failure.
    const answer = await this.jira.send({ what: 'the workflow scheme assignment', method: 'PUT', path: route`/rest/api/3/workflowscheme/project`, body, successStatuses: [400] });
    if (answer?.status === 400) {
      throw new AppError('CONFLICT', `Jira refused to assign workflow scheme ${schemeId} to project ${projectId} (HTTP 400); a project with issues needs the switch.`, [], { reason: 'jira-refused' });
    }
  }

  /**
   * Jira answers 303 See Other with the task's progress and its URL in Location; should the
   * platform follow the redirect, the answer is the task itself (200). Either names the task.
   */
  async switchWorkflowScheme(schemeId: string, projectId: string): Promise<{ taskId: string }> {
    this.requireIds(schemeId, projectId);
    const body = { projectId, targetSchemeId: schemeId };
    const answer = await this.jira.send({ what: 'the workflow scheme switch', method: 'POST', path: route`/rest/api/3/workflowscheme/project/switch`, body, successStatuses: [303] });
    const fromBody = TaskJson.pick({ id: true }).safeParse(answer?.body);
    const fromLocation = /\/rest\/api\/3\/task\/([^/?#]+)$/.exec(answer?.headers.get('location') ?? '')?.[1];
    const taskId = fromBody.success ? fromBody.data.id : fromLocation;
    if (taskId === undefined) throw this.jira.unexpected('the workflow scheme switch', 'no task');
    return { taskId };
  }

  async task(taskId: string): Promise<{ state: TaskState; message: string | null }> {
    this.requireId('task', taskId);
    const task = await this.jira.expect({ what: 'the task', path: route`/rest/api/3/task/${taskId}` }, TaskJson);
    return { state: task.status, message: task.message ?? null };
  }

  /** The workflow's statuses as Jira has them; a workflow cannot be written with one Jira lacks. */
  private async statusesOf(workflow: WorkflowShape): Promise<StatusDetails[]> {
    const statuses = await statusDetails(this.jira, workflow.statuses);
    const missing = workflow.statuses.find((id) => !statuses.some((status) => status.id === id));
    if (missing !== undefined) throw new AppError('NOT_FOUND', `Jira has no status ${missing} for workflow '${workflow.name}'.`, [], { reason: 'jira' });
    return statuses;
  }

  private workflowsOf(what: string, answer: WorkflowsAnswer): JiraWorkflow[] {
    try {
      return answer.workflows.map((workflow) => workflowOf(workflow, answer));
    } catch (error) {
      if (error instanceof UnreadableWorkflow) throw this.jira.unexpected(what, `a workflow the app cannot read: ${error.message}`);
      throw error;
    }
  }

  private onlyWorkflow(what: string, answer: WorkflowsAnswer): JiraWorkflow {
    const [workflow, ...more] = this.workflowsOf(what, answer);
    if (workflow === undefined || more.length > 0) throw this.jira.unexpected(what, `${answer.workflows.length} workflows for one`);
    return workflow;
  }

  private requireIds(schemeId: string, projectId: string): void {
    this.requireId('scheme', schemeId);
    this.requireId('project', projectId);
  }

  private requireId(what: string, id: string): void {
    if (!NUMERIC_ID.test(id)) throw new AppError('VALIDATION', `'${id}' is not a Jira ${what} id.`, [], { reason: 'payload' });
  }
}

const toIssueType = (type: z.infer<typeof IssueTypeJson>): JiraIssueType => ({
  id: type.id,
  name: type.name,
  description: type.description ?? '',
  hierarchyLevel: type.hierarchyLevel ?? (type.subtask === true ? -1 : 0),
});
