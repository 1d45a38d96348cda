/** A person the Jira stand-in knows. */
export interface JiraStandInUser {
  accountId: string;
  name: string;
  /** Whether they may use Jira at all (a product licence); default true. Without it they are anonymous to Jira. */
  jiraAccess?: boolean;
  /** The *Administer Jira* global permission: schemes, workflows, statuses and issue types. */
  jiraAdmin?: boolean;
  /** The Jira groups they are in, by group id (what `system:restrict-issue-transition` names). */
  groupIds?: readonly string[];
}

/** A group of the site (Atlassian's groups are site-wide): its id is a UUID, its name can change. */
export interface JiraStandInGroup {
  groupId: string;
  name: string;
}

/** An issue as a test seeds it; the site numbers it and fills in a type and status. */
export interface JiraStandInIssueSeed {
  /** Default: the site's Task type. */
  issueTypeId?: string;
  /** Default: To Do. */
  statusId?: string;
  /** Field values by field id (summary, description, labels…). */
  fields?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  /** Who made it (the caller of POST /issue); a seeded issue has none. */
  reporter?: string;
}

/** A project as a test or the workbench seeds it. */
export interface JiraStandInProject {
  /** Digits, as Jira's project ids are. */
  id: string;
  key: string;
  name: string;
  /** Jira's `style`: 'classic' (company-managed, uses the site's schemes) or 'next-gen' (team-managed). */
  style: 'classic' | 'next-gen';
  /** Browse projects: only these accounts see the project; absent, everyone with Jira access does. */
  browsers?: readonly string[];
  /** Create issues: only these of its browsers (and the app's user) may; absent, every browser may. */
  creators?: readonly string[];
  issues?: readonly JiraStandInIssueSeed[];
}

export type StatusCategory = 'TODO' | 'IN_PROGRESS' | 'DONE';

export interface SiteStatus {
  id: string;
  name: string;
  description: string;
  category: StatusCategory;
}

export interface SiteIssueType {
  id: string;
  name: string;
  description: string;
  /** 0 standard, -1 sub-task. */
  hierarchyLevel: number;
  entityId: string;
}

export interface SiteIssue {
  id: string;
  key: string;
  issueTypeId: string;
  statusId: string;
  /** When it was made (epoch ms, the site's clock): what `ORDER BY created` sorts by. */
  created: number;
  /** When it last changed (epoch ms): its creation, else its latest changelog entry. */
  updated: number;
  /** The account that made it, when one did. */
  reporter: string | undefined;
  /** Field values by field id; `resolution` holds a resolution's id once a transition set one. */
  fields: Record<string, unknown>;
  /** Issue (entity) properties by key. */
  properties: Map<string, unknown>;
  /** Remote issue links, in the order they were made. */
  remoteLinks: SiteRemoteLink[];
  /** The issue's changelog, oldest first: its status changes and the resolution a transition set (JiraSite.changeStatus). */
  changelog: SiteChange[];
}

/** One changelog entry (Changelog): who changed what when. */
export interface SiteChange {
  id: string;
  /** Epoch ms, the site's clock. */
  created: number;
  author: string | undefined;
  items: ReadonlyArray<{ field: string; fieldtype: string; fieldId: string; from: string | null; fromString: string | null; to: string | null; toString: string | null }>;
}

/** A remote issue link as given (RemoteIssueLinkRequest), with the id Jira gave it. */
export interface SiteRemoteLink {
  id: number;
  globalId: string | undefined;
  relationship: string | undefined;
  application: Record<string, unknown> | undefined;
  object: Record<string, unknown>;
}

/**
 * What a `jira:entityProperty` module declares: which values of an issue property Jira indexes,
 * and the alias JQL finds them by. The stand-in indexes `string` values only.
 */
export interface JiraStandInEntityProperty {
  propertyKey: string;
  values: ReadonlyArray<{ path: string; type: 'string'; searchAlias: string }>;
}

export interface SiteProject {
  id: string;
  key: string;
  name: string;
  style: 'classic' | 'next-gen';
  browsers: readonly string[] | undefined;
  creators: readonly string[] | undefined;
  /** Classic projects only: every classic project has one (the default scheme until another is assigned). */
  issueTypeSchemeId: string | undefined;
  /** Classic projects only; undefined is Jira's Default Workflow Scheme, which has no id. */
  workflowSchemeId: string | undefined;
  issues: SiteIssue[];
}

export interface SiteIssueTypeScheme {
  id: string;
  name: string;
  description: string;
  isDefault: boolean;
  defaultIssueTypeId: string | undefined;
  issueTypeIds: string[];
}

/** A rule as given (`WorkflowRuleConfiguration` without its id, which Jira makes anew on every read). */
export interface SiteRule {
  ruleKey: string;
  parameters: Record<string, string>;
}

export interface SiteConditionGroup {
  operation: 'ALL' | 'ANY';
  conditions: SiteRule[];
  conditionGroups: SiteConditionGroup[];
}

export interface SiteTransition {
  id: string;
  name: string;
  description: string;
  type: 'INITIAL' | 'DIRECTED' | 'GLOBAL';
  toStatusId: string;
  fromStatusIds: string[];
  validators: SiteRule[];
  actions: SiteRule[];
  conditions: SiteConditionGroup | undefined;
  properties: Record<string, string>;
}

export interface SiteWorkflow {
  /** A UUID, as Jira's workflow API gives them. */
  id: string;
  name: string;
  description: string;
  isEditable: boolean;
  statuses: Array<{ statusId: string; properties: Record<string, string> }>;
  transitions: SiteTransition[];
  version: { id: string; versionNumber: number };
  created: string;
  updated: string;
}

export interface SiteWorkflowScheme {
  /** undefined for the Default Workflow Scheme only. */
  id: string | undefined;
  name: string;
  description: string;
  defaultWorkflow: string;
  /** Issue type id → workflow name. */
  issueTypeMappings: Record<string, string>;
}

export type TaskState = 'ENQUEUED' | 'RUNNING' | 'COMPLETE' | 'FAILED';

export interface SiteTask {
  id: string;
  description: string;
  submittedBy: string;
  /** The project it works on: one task at a time per project. */
  projectId: string;
  state: TaskState;
  polls: number;
  message: string | undefined;
  submitted: number;
  started: number | undefined;
  finished: number | undefined;
  /** Does the task's work when it finishes; answers why it could not, if it could not. */
  run: () => string | undefined;
  /** Set when the task is to fail whatever happens (taskSettings.failNext): the message it fails with. */
  failure: string | undefined;
}
