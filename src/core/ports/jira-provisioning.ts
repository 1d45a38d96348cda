/**
 * What provisioning asks of Jira (as the Jira admin on the admin page: `asUser`). The Forge
 * adapter speaks Jira REST v3 (every request checked against its OpenAPI description in tests);
 * the memory adapter keeps the same answers in maps. Shapes here are the app's, not Jira's JSON:
 * the adapter translates both ways.
 */

export type StatusCategory = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface JiraStatus {
  id: string;
  name: string;
  category: StatusCategory;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  /** Jira's `style`: 'classic' projects are company-managed, 'next-gen' team-managed. */
  style: 'company-managed' | 'team-managed';
}

export interface JiraIssueType {
  id: string;
  name: string;
  description: string;
  /** 0 a standard type, -1 a sub-task. */
  hierarchyLevel: number;
}

/** A rule on a transition as Jira's workflow API writes it (`WorkflowRuleConfiguration` without its id). */
export interface WorkflowRule {
  ruleKey: string;
  parameters: Record<string, string>;
}

export interface WorkflowTransitionShape {
  name: string;
  /** Jira's transition types: INITIAL (creates the issue), DIRECTED (from listed statuses), GLOBAL (from any status). */
  type: 'INITIAL' | 'DIRECTED' | 'GLOBAL';
  /** Status ids it leaves; empty for INITIAL and GLOBAL. */
  from: string[];
  to: string;
  validators: WorkflowRule[];
  /** Post functions (e.g. `system:update-field` setting the resolution). */
  actions: WorkflowRule[];
  /** For a GLOBAL transition that must not start from some statuses: a condition rule doing so, or none. */
  conditions: WorkflowRule[];
}

/** A workflow the app asks Jira to create or change to. */
export interface WorkflowShape {
  name: string;
  description: string;
  /** Status ids, the first being where the initial transition leads. */
  statuses: string[];
  transitions: WorkflowTransitionShape[];
}

/** A workflow as Jira has it: its shape plus what /workflows/update needs. */
export interface JiraWorkflow extends WorkflowShape {
  id: string;
  version: { id: string; versionNumber: number };
  isEditable: boolean;
}

export interface IssueTypeScheme {
  id: string;
  name: string;
  isDefault: boolean;
  issueTypeIds: string[];
  defaultIssueTypeId: string | null;
  /** How many projects use it: a scheme more than one project uses is never edited. */
  projectCount: number;
}

export interface WorkflowScheme {
  /** null for Jira's Default Workflow Scheme, which Jira's API gives no id (a project on it has never been assigned one). */
  id: string | null;
  name: string;
  /** A workflow name (Jira's workflow schemes name workflows). */
  defaultWorkflow: string;
  /** Issue type id → workflow name. */
  issueTypeMappings: Record<string, string>;
  projectCount: number;
}

/** A Jira group: its id is what workflow rules name (the name can change). */
export interface JiraGroup {
  id: string;
  name: string;
}

/** How many groups one search returns at most. */
export const GROUPS_PER_SEARCH = 20;

export type TaskState = 'ENQUEUED' | 'RUNNING' | 'COMPLETE' | 'FAILED' | 'CANCEL_REQUESTED' | 'CANCELLED' | 'DEAD';

export interface JiraProvisioning {
  /**
   * Does the caller hold *Administer Jira*: asked of Jira before a change only the app writes
   * (the site default), which Jira's own refusals would not otherwise guard.
   */
  mayAdministerJira(): Promise<boolean>;
  /**
   * Groups whose names contain `query`, in any case, sorted by name, at most `limit`
   * (GROUPS_PER_SEARCH by default); `total` counts every match.
   */
  findGroups(query: string, limit?: number): Promise<{ groups: JiraGroup[]; total: number }>;
  /** null when there is no such project, or the admin cannot see it. */
  project(projectIdOrKey: string): Promise<JiraProject | null>;
  /** Issues in the project (an approximate count is enough: zero or not decides how its workflow scheme changes). */
  issueCount(projectId: string): Promise<number>;
  /** Site-wide statuses with one of these names (any category). */
  statusesByName(names: readonly string[]): Promise<JiraStatus[]>;
  /** The statuses with these ids that still exist. */
  statuses(ids: readonly string[]): Promise<JiraStatus[]>;
  /** Creates site-wide (GLOBAL scope) statuses, in order. */
  createStatuses(statuses: ReadonlyArray<{ name: string; category: StatusCategory; description: string }>): Promise<JiraStatus[]>;
  issueTypes(): Promise<JiraIssueType[]>;
  /** The site's resolutions (the closing transitions set one by id). */
  resolutions(): Promise<Array<{ id: string; name: string }>>;
  /** A standard type; Jira adds it to the site's default issue type scheme too. */
  createIssueType(type: { name: string; description: string }): Promise<JiraIssueType>;
  /** The workflows with these ids that still exist. */
  workflows(ids: readonly string[]): Promise<JiraWorkflow[]>;
  /** The workflows with exactly these names (a create whose record was lost is found by its name). */
  workflowsByName(names: readonly string[]): Promise<JiraWorkflow[]>;
  /** Jira's objections to creating it (/workflows/create/validation): empty when it may be created. */
  validateWorkflow(workflow: WorkflowShape): Promise<string[]>;
  createWorkflow(workflow: WorkflowShape): Promise<JiraWorkflow>;
  /** Replaces `existing` (its id and version) with `workflow`'s transitions and statuses. */
  updateWorkflow(existing: JiraWorkflow, workflow: WorkflowShape): Promise<JiraWorkflow>;
  issueTypeSchemeOf(projectId: string): Promise<IssueTypeScheme>;
  createIssueTypeScheme(scheme: { name: string; description: string; issueTypeIds: string[]; defaultIssueTypeId: string | null }): Promise<IssueTypeScheme>;
  /** Only for a scheme no other project uses: adds types to it. */
  addIssueTypesToScheme(schemeId: string, issueTypeIds: readonly string[]): Promise<void>;
  assignIssueTypeScheme(schemeId: string, projectId: string): Promise<void>;
  workflowSchemeOf(projectId: string): Promise<WorkflowScheme>;
  createWorkflowScheme(scheme: { name: string; description: string; defaultWorkflow: string; issueTypeMappings: Record<string, string> }): Promise<WorkflowScheme>;
  /**
   * Only for a project without issues: Jira refuses otherwise, which is a CONFLICT with reason
   * `jira-refused` (the issue count is approximate, so a project counted empty may have some).
   */
  assignWorkflowScheme(schemeId: string, projectId: string): Promise<void>;
  /** For a project with issues: an asynchronous task moving them (status mappings from the old workflows to the new), polled with `task`. */
  switchWorkflowScheme(schemeId: string, projectId: string): Promise<{ taskId: string }>;
  task(taskId: string): Promise<{ state: TaskState; message: string | null }>;
}

/** Forge app properties (`/rest/forge/1/app/properties/{key}`): only the app can write them. */
export interface AppProperties {
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<void>;
}
