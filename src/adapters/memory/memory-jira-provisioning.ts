import { AppError } from '../../core/errors';
import type {
  AppProperties,
  IssueTypeScheme,
  JiraGroup,
  JiraIssueType,
  JiraProject,
  JiraProvisioning,
  JiraStatus,
  JiraWorkflow,
  TaskState,
  WorkflowScheme,
  WorkflowShape,
} from '../../core/ports/jira-provisioning';
import { GROUPS_PER_SEARCH } from '../../core/ports/jira-provisioning';

const DEFAULT_WORKFLOW_SCHEME = 'default';

interface MemoryProject extends JiraProject {
  issueCount: number;
  /** What the approximate count answers, when it lags behind `issueCount`. */
  countedIssues?: number;
  issueTypeSchemeId: string;
  workflowSchemeId: string;
}

/**
 * Jira's configuration in maps, answering as the Forge adapter does over REST: for the core's
 * tests. `writes` lists every call that changed something, so a test can assert there were none.
 */
export class MemoryJiraProvisioning implements JiraProvisioning {
  readonly statusList: JiraStatus[] = [];
  readonly types: JiraIssueType[] = [];
  readonly flows = new Map<string, JiraWorkflow>();
  readonly typeSchemes = new Map<string, Omit<IssueTypeScheme, 'projectCount'>>();
  readonly flowSchemes = new Map<string, Omit<WorkflowScheme, 'projectCount'>>();
  readonly projects = new Map<string, MemoryProject>();
  readonly tasks = new Map<string, { polls: number; state: TaskState; message: string | null; schemeId: string; projectId: string }>();
  readonly writes: string[] = [];
  /** How many polls a scheme switch takes before it completes. */
  switchPolls = 1;
  /** Whether the caller holds *Administer Jira*. */
  admin = true;
  /** The site's groups, which findGroups searches. */
  readonly groups: JiraGroup[] = [];
  private nextId = 10_000;

  constructor() {
    this.typeSchemes.set('10000', { id: '10000', name: 'Default Issue Type Scheme', isDefault: true, issueTypeIds: [], defaultIssueTypeId: null });
    // Jira gives its Default Workflow Scheme no id (the port says so): kept under a key of its own, answered with id null.
    this.flowSchemes.set(DEFAULT_WORKFLOW_SCHEME, { id: null, name: 'Default Workflow Scheme', defaultWorkflow: 'jira', issueTypeMappings: {} });
  }

  private id(): string {
    this.nextId += 1;
    return String(this.nextId);
  }

  async mayAdministerJira(): Promise<boolean> {
    return this.admin;
  }

  async findGroups(query: string, limit = GROUPS_PER_SEARCH): Promise<{ groups: JiraGroup[]; total: number }> {
    const wanted = query.toLocaleLowerCase();
    const found = this.groups.filter((group) => group.name.toLocaleLowerCase().includes(wanted)).sort((a, b) => a.name.localeCompare(b.name));
    return { groups: found.slice(0, limit).map((group) => ({ ...group })), total: found.length };
  }

  addProject(project: { key: string; name?: string; style?: JiraProject['style']; issueCount?: number; countedIssues?: number; issueTypeSchemeId?: string; workflowSchemeId?: string }): MemoryProject {
    const added: MemoryProject = {
      id: this.id(),
      key: project.key,
      name: project.name ?? project.key,
      style: project.style ?? 'company-managed',
      issueCount: project.issueCount ?? 0,
      ...(project.countedIssues === undefined ? {} : { countedIssues: project.countedIssues }),
      issueTypeSchemeId: project.issueTypeSchemeId ?? '10000',
      workflowSchemeId: project.workflowSchemeId ?? DEFAULT_WORKFLOW_SCHEME,
    };
    this.projects.set(added.id, added);
    return added;
  }

  addStatus(name: string, category: JiraStatus['category']): JiraStatus {
    const status = { id: this.id(), name, category };
    this.statusList.push(status);
    return status;
  }

  addIssueType(name: string): JiraIssueType {
    const type = { id: this.id(), name, description: '', hierarchyLevel: 0 };
    this.types.push(type);
    this.typeSchemes.get('10000')!.issueTypeIds.push(type.id);
    return type;
  }

  private projectOf(idOrKey: string): MemoryProject | undefined {
    return this.projects.get(idOrKey) ?? [...this.projects.values()].find((project) => project.key === idOrKey);
  }

  private usage(kind: 'type' | 'flow', schemeId: string): number {
    return [...this.projects.values()].filter((project) => (kind === 'type' ? project.issueTypeSchemeId : project.workflowSchemeId) === schemeId).length;
  }

  async project(projectIdOrKey: string): Promise<JiraProject | null> {
    const project = this.projectOf(projectIdOrKey);
    return project === undefined ? null : { id: project.id, key: project.key, name: project.name, style: project.style };
  }

  async issueCount(projectId: string): Promise<number> {
    const project = this.projectOf(projectId);
    return project?.countedIssues ?? project?.issueCount ?? 0;
  }

  async statusesByName(names: readonly string[]): Promise<JiraStatus[]> {
    const wanted = new Set(names.map((name) => name.toLocaleLowerCase('en')));
    return this.statusList.filter((status) => wanted.has(status.name.toLocaleLowerCase('en'))).map((status) => ({ ...status }));
  }

  async statuses(ids: readonly string[]): Promise<JiraStatus[]> {
    return this.statusList.filter((status) => ids.includes(status.id)).map((status) => ({ ...status }));
  }

  async createStatuses(statuses: ReadonlyArray<{ name: string; category: JiraStatus['category']; description: string }>): Promise<JiraStatus[]> {
    for (const status of statuses) {
      if (this.statusList.some((existing) => existing.name.toLocaleLowerCase('en') === status.name.toLocaleLowerCase('en'))) {
        throw new AppError('CONFLICT', `A status named ${status.name} exists.`, [], { reason: 'jira-refused' });
      }
    }
    this.writes.push(`createStatuses:${statuses.map((status) => status.name).join(',')}`);
    return statuses.map((status) => this.addStatus(status.name, status.category));
  }

  readonly resolutionList = [
    { id: '10000', name: 'Done' },
    { id: '10001', name: "Won't Do" },
    { id: '10002', name: 'Duplicate' },
    { id: '10003', name: 'Cannot Reproduce' },
  ];

  async resolutions(): Promise<Array<{ id: string; name: string }>> {
    return this.resolutionList.map((resolution) => ({ ...resolution }));
  }

  async issueTypes(): Promise<JiraIssueType[]> {
    return this.types.map((type) => ({ ...type }));
  }

  async createIssueType(type: { name: string; description: string }): Promise<JiraIssueType> {
    if (this.types.some((existing) => existing.name.toLocaleLowerCase('en') === type.name.toLocaleLowerCase('en'))) {
      throw new AppError('CONFLICT', `An issue type named ${type.name} exists.`, [], { reason: 'jira-refused' });
    }
    this.writes.push(`createIssueType:${type.name}`);
    const created = this.addIssueType(type.name);
    created.description = type.description;
    return { ...created };
  }

  async workflows(ids: readonly string[]): Promise<JiraWorkflow[]> {
    return ids.flatMap((id) => (this.flows.has(id) ? [structuredClone(this.flows.get(id)!)] : []));
  }

  async workflowsByName(names: readonly string[]): Promise<JiraWorkflow[]> {
    return [...this.flows.values()].filter((workflow) => names.includes(workflow.name)).map((workflow) => structuredClone(workflow));
  }

  async validateWorkflow(workflow: WorkflowShape): Promise<string[]> {
    const problems: string[] = [];
    if ([...this.flows.values()].some((existing) => existing.name === workflow.name)) problems.push(`A workflow named ${workflow.name} exists.`);
    for (const status of workflow.statuses) if (!this.statusList.some((existing) => existing.id === status)) problems.push(`No status ${status}.`);
    return problems;
  }

  async createWorkflow(workflow: WorkflowShape): Promise<JiraWorkflow> {
    const problems = await this.validateWorkflow(workflow);
    if (problems.length > 0) throw new AppError('CONFLICT', problems.join(' '), [], { reason: 'jira-refused' });
    this.writes.push(`createWorkflow:${workflow.name}`);
    const created: JiraWorkflow = { ...structuredClone(workflow), id: this.id(), version: { id: this.id(), versionNumber: 0 }, isEditable: true };
    this.flows.set(created.id, created);
    return structuredClone(created);
  }

  async updateWorkflow(existing: JiraWorkflow, workflow: WorkflowShape): Promise<JiraWorkflow> {
    const stored = this.flows.get(existing.id);
    if (stored === undefined) throw new AppError('NOT_FOUND', `No workflow ${existing.id}.`);
    if (stored.version.versionNumber !== existing.version.versionNumber) throw new AppError('CONFLICT', 'The workflow changed meanwhile.', [], { reason: 'version' });
    this.writes.push(`updateWorkflow:${workflow.name}`);
    const updated: JiraWorkflow = { ...structuredClone(workflow), name: stored.name, id: stored.id, version: { id: this.id(), versionNumber: stored.version.versionNumber + 1 }, isEditable: true };
    this.flows.set(updated.id, updated);
    return structuredClone(updated);
  }

  async issueTypeSchemeOf(projectId: string): Promise<IssueTypeScheme> {
    const schemeId = this.projectOf(projectId)!.issueTypeSchemeId;
    return { ...structuredClone(this.typeSchemes.get(schemeId)!), projectCount: this.usage('type', schemeId) };
  }

  async createIssueTypeScheme(scheme: { name: string; description: string; issueTypeIds: string[]; defaultIssueTypeId: string | null }): Promise<IssueTypeScheme> {
    this.writes.push(`createIssueTypeScheme:${scheme.name}`);
    const created = { id: this.id(), name: scheme.name, isDefault: false, issueTypeIds: [...scheme.issueTypeIds], defaultIssueTypeId: scheme.defaultIssueTypeId };
    this.typeSchemes.set(created.id, created);
    return { ...structuredClone(created), projectCount: 0 };
  }

  async addIssueTypesToScheme(schemeId: string, issueTypeIds: readonly string[]): Promise<void> {
    this.writes.push(`addIssueTypesToScheme:${schemeId}`);
    this.typeSchemes.get(schemeId)!.issueTypeIds.push(...issueTypeIds);
  }

  async assignIssueTypeScheme(schemeId: string, projectId: string): Promise<void> {
    this.writes.push(`assignIssueTypeScheme:${schemeId}`);
    this.projectOf(projectId)!.issueTypeSchemeId = schemeId;
  }

  async workflowSchemeOf(projectId: string): Promise<WorkflowScheme> {
    const schemeId = this.projectOf(projectId)!.workflowSchemeId;
    return { ...structuredClone(this.flowSchemes.get(schemeId)!), projectCount: this.usage('flow', schemeId) };
  }

  async createWorkflowScheme(scheme: { name: string; description: string; defaultWorkflow: string; issueTypeMappings: Record<string, string> }): Promise<WorkflowScheme> {
    this.writes.push(`createWorkflowScheme:${scheme.name}`);
    const created = { id: this.id(), name: scheme.name, defaultWorkflow: scheme.defaultWorkflow, issueTypeMappings: { ...scheme.issueTypeMappings } };
    this.flowSchemes.set(created.id, created);
    return { ...structuredClone(created), projectCount: 0 };
  }

  async assignWorkflowScheme(schemeId: string, projectId: string): Promise<void> {
    const project = this.projectOf(projectId)!;
    if (project.issueCount > 0) throw new AppError('CONFLICT', 'The project has issues: switch its scheme instead.', [], { reason: 'jira-refused' });
    this.writes.push(`assignWorkflowScheme:${schemeId}`);
    project.workflowSchemeId = schemeId;
  }

  async switchWorkflowScheme(schemeId: string, projectId: string): Promise<{ taskId: string }> {
    this.writes.push(`switchWorkflowScheme:${schemeId}`);
    const taskId = this.id();
    this.tasks.set(taskId, { polls: 0, state: 'ENQUEUED', message: null, schemeId, projectId });
    return { taskId };
  }

  async task(taskId: string): Promise<{ state: TaskState; message: string | null }> {
    const task = this.tasks.get(taskId);
    if (task === undefined) throw new AppError('NOT_FOUND', `No task ${taskId}.`);
    if (task.state === 'ENQUEUED' || task.state === 'RUNNING') {
      task.polls += 1;
      task.state = task.polls > this.switchPolls ? 'COMPLETE' : 'RUNNING';
      if (task.state === 'COMPLETE') this.projectOf(task.projectId)!.workflowSchemeId = task.schemeId;
    }
    return { state: task.state, message: task.message };
  }
}

export class MemoryAppProperties implements AppProperties {
  readonly values = new Map<string, unknown>();

  async get(key: string): Promise<unknown> {
    return this.values.has(key) ? structuredClone(this.values.get(key)) : null;
  }

  async put(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }
}
