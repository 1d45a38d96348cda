import { DEFAULT_RESOLUTIONS } from './jira-resolutions-stand-in';
import type { JiraAppConnection } from './jira-app-connection';
import {
  DEFAULT_ISSUE_TYPE_SCHEME_ID,
  TASK_TYPE_ID,
  TODO_STATUS_ID,
  defaultIssueTypeScheme,
  defaultIssueTypes,
  defaultStatuses,
  defaultWorkflowScheme,
  systemWorkflow,
} from './jira-site-defaults';
import type {
  JiraStandInEntityProperty,
  JiraStandInGroup,
  SiteChange,
  JiraStandInIssueSeed,
  JiraStandInProject,
  JiraStandInUser,
  SiteIssue,
  SiteIssueType,
  SiteIssueTypeScheme,
  SiteProject,
  SiteStatus,
  SiteTask,
  SiteWorkflow,
  SiteWorkflowScheme,
} from './jira-site-types';

/**
 * The app's own Jira user, who calls for `asApp()`. Jira puts an installed app's user in the
 * `atlassian-addons-admin` group, which holds *Administer Jira*.
 */
export const JIRA_APP_USER: JiraStandInUser = { accountId: 'forge-app-user', name: 'Process Cards (app)', jiraAccess: true, jiraAdmin: true };

const DEFAULT_WORKFLOW_SCHEME_KEY = 'default';

/** What a JQL search's next page token stands for: the query, who asked, where the next page starts. */
export interface SearchToken {
  jql: string;
  caller: string;
  offset: number;
  expiresAt: number;
}
const FIRST_ID = 10100;

/**
 * The state of the stand-in Jira site: people, projects and their issues, statuses, issue types,
 * workflows, schemes, tasks and app properties. It keeps the data and Jira's invariants between
 * them (a classic project always has an issue type scheme; a new issue type joins the default
 * scheme); what a REST call may do with it is decided by the answer modules.
 */
export class JiraSite {
  readonly statuses = new Map<string, SiteStatus>();
  readonly issueTypes = new Map<string, SiteIssueType>();
  readonly issueTypeSchemes = new Map<string, SiteIssueTypeScheme>();
  readonly workflows = new Map<string, SiteWorkflow>();
  /** Keyed by id; the Default Workflow Scheme, which has none, under DEFAULT_WORKFLOW_SCHEME_KEY. */
  private readonly workflowSchemes = new Map<string, SiteWorkflowScheme>();
  readonly tasks = new Map<string, SiteTask>();
  /** How a task runs: it finishes on the `polls`-th GET /task/{id}; `failNext` makes the next task started fail with that message. */
  readonly taskSettings: { polls: number; failNext: string | undefined } = { polls: 2, failNext: undefined };
  /** The site's resolutions (a site may rename or remove Jira's defaults). */
  readonly resolutions: Array<{ id: string; name: string; description: string }> = DEFAULT_RESOLUTIONS.map((resolution) => ({ ...resolution }));
  /** The site's groups, which the group picker searches. */
  readonly groups: JiraStandInGroup[] = [];
  /** Forge app properties by key. */
  readonly appProperties = new Map<string, unknown>();
  /** The JQL search's page tokens, by token. */
  readonly searchTokens = new Map<string, SearchToken>();
  /** JQL alias → where its value is in which issue property, as the app's `jira:entityProperty` modules declare. */
  readonly propertyAliases = new Map<string, { propertyKey: string; path: string }>();
  /** The installed app, as Jira reaches it (its validators, its triggers' events); set by JiraStandIn.connectApp. */
  app: JiraAppConnection | undefined = undefined;
  private readonly users: Map<string, JiraStandInUser>;
  private readonly changeListeners: Array<(issue: SiteIssue, change: SiteChange) => void> = [];
  private readonly projects: SiteProject[] = [];
  private lastId = FIRST_ID;

  constructor(
    users: readonly JiraStandInUser[],
    projects: readonly JiraStandInProject[],
    readonly now: () => number = Date.now,
  ) {
    this.users = new Map([JIRA_APP_USER, ...users].map((user) => [user.accountId, user]));
    for (const status of defaultStatuses()) this.statuses.set(status.id, status);
    for (const type of defaultIssueTypes()) this.issueTypes.set(type.id, type);
    this.issueTypeSchemes.set(DEFAULT_ISSUE_TYPE_SCHEME_ID, defaultIssueTypeScheme([...this.issueTypes.keys()]));
    const jira = systemWorkflow(this.timestamp());
    this.workflows.set(jira.id, jira);
    this.workflowSchemes.set(DEFAULT_WORKFLOW_SCHEME_KEY, defaultWorkflowScheme());
    for (const project of projects) this.addProject(project);
  }

  /** Indexes what the modules declare, as Jira does when the app is installed. */
  declareEntityProperties(modules: readonly JiraStandInEntityProperty[]): void {
    for (const module of modules) {
      for (const value of module.values) {
        if (value.type !== 'string') throw new Error(`The Jira stand-in indexes string values only, not ${value.type as string} (${value.searchAlias}).`);
        if (this.propertyAliases.has(value.searchAlias.toLowerCase())) throw new Error(`The JQL alias ${value.searchAlias} is declared twice.`);
        this.propertyAliases.set(value.searchAlias.toLowerCase(), { propertyKey: module.propertyKey, path: value.path });
      }
    }
  }

  nextId(): string {
    this.lastId += 1;
    return String(this.lastId);
  }

  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  user(accountId: string | undefined): JiraStandInUser | undefined {
    return accountId === undefined ? undefined : this.users.get(accountId);
  }

  /** Everyone the site knows, the app's user too. */
  allUsers(): JiraStandInUser[] {
    return [...this.users.values()];
  }

  /** Signed in with a Jira licence; anyone else is anonymous to Jira. */
  hasAccess(accountId: string | undefined): boolean {
    const user = this.user(accountId);
    return user !== undefined && user.jiraAccess !== false;
  }

  isAdmin(accountId: string | undefined): boolean {
    return this.hasAccess(accountId) && this.user(accountId)?.jiraAdmin === true;
  }

  /** *Browse projects*: what GET /project/{id}, JQL and issue types go by (Administer Jira alone does not grant it). */
  mayBrowse(accountId: string | undefined, project: SiteProject): boolean {
    return this.hasAccess(accountId) && (project.browsers === undefined || project.browsers.includes(accountId!));
  }

  /**
   * *Create issues*: a browser the project's permission scheme names (all of them when it names
   * none). The app's user holds it everywhere it browses, as Jira's add-ons project role does.
   */
  mayCreate(accountId: string | undefined, project: SiteProject): boolean {
    if (!this.mayBrowse(accountId, project)) return false;
    return project.creators === undefined || accountId === JIRA_APP_USER.accountId || project.creators.includes(accountId!);
  }

  allProjects(): SiteProject[] {
    return [...this.projects];
  }

  /** By id, or by key in any case (Jira's keys are upper-case; it finds them either way). */
  project(idOrKey: string): SiteProject | undefined {
    return this.projects.find((project) => project.id === idOrKey || project.key.toUpperCase() === idOrKey.toUpperCase());
  }

  addProject(seed: JiraStandInProject): SiteProject {
    if (!/^\d+$/.test(seed.id)) throw new Error(`Jira project ids are digits, not '${seed.id}'.`);
    if (this.project(seed.id) !== undefined || this.project(seed.key) !== undefined) throw new Error(`Project ${seed.key} (${seed.id}) already exists.`);
    const classic = seed.style === 'classic';
    const project: SiteProject = {
      id: seed.id,
      key: seed.key,
      name: seed.name,
      style: seed.style,
      browsers: seed.browsers,
      creators: seed.creators,
      issueTypeSchemeId: classic ? DEFAULT_ISSUE_TYPE_SCHEME_ID : undefined,
      workflowSchemeId: undefined,
      issues: [],
    };
    this.projects.push(project);
    for (const issue of seed.issues ?? []) this.addIssue(project, issue);
    return project;
  }

  addIssue(project: SiteProject, seed: JiraStandInIssueSeed): SiteIssue {
    const issueTypeId = seed.issueTypeId ?? TASK_TYPE_ID;
    const statusId = seed.statusId ?? TODO_STATUS_ID;
    if (!this.issueTypes.has(issueTypeId)) throw new Error(`No issue type ${issueTypeId} for an issue of ${project.key}.`);
    if (!this.statuses.has(statusId)) throw new Error(`No status ${statusId} for an issue of ${project.key}.`);
    const issue: SiteIssue = {
      id: this.nextId(),
      key: `${project.key}-${project.issues.length + 1}`,
      issueTypeId,
      statusId,
      created: this.now(),
      updated: this.now(),
      reporter: seed.reporter,
      fields: { ...seed.fields },
      properties: new Map(Object.entries(seed.properties ?? {})),
      remoteLinks: [],
      changelog: [],
    };
    project.issues.push(issue);
    return issue;
  }

  /**
   * Moves the issue to another status, writing the changelog entry Jira writes (with the
   * resolution when one is set), and tells the listeners (the runtime's product events). It
   * consults no workflow: POST …/transitions checks conditions and validators before calling it;
   * tests and the workbench call it directly to seed an issue's history.
   */
  changeStatus(issue: SiteIssue, toStatusId: string, author?: string, options: { resolutionId?: string } = {}): SiteChange {
    const from = this.statuses.get(issue.statusId);
    const to = this.statuses.get(toStatusId);
    if (to === undefined) throw new Error(`No status ${toStatusId} for ${issue.key}.`);
    const items: SiteChange['items'][number][] = [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: issue.statusId, fromString: from?.name ?? null, to: to.id, toString: to.name }];
    if (options.resolutionId !== undefined) {
      const resolution = this.resolutions.find((candidate) => candidate.id === options.resolutionId);
      if (resolution === undefined) throw new Error(`No resolution ${options.resolutionId} for ${issue.key}.`);
      const before = this.resolutions.find((candidate) => candidate.id === issue.fields.resolution);
      items.push({ field: 'resolution', fieldtype: 'jira', fieldId: 'resolution', from: before?.id ?? null, fromString: before?.name ?? null, to: resolution.id, toString: resolution.name });
      issue.fields.resolution = resolution.id;
    }
    const change: SiteChange = { id: this.nextId(), created: this.now(), author, items };
    issue.changelog.push(change);
    issue.statusId = to.id;
    issue.updated = change.created;
    for (const listener of this.changeListeners) listener(issue, change);
    return change;
  }

  /** Called after every change JiraSite makes to an issue, with the changelog entry it wrote. */
  onIssueChanged(listener: (issue: SiteIssue, change: SiteChange) => void): void {
    this.changeListeners.push(listener);
  }

  /** Whether the person is in the Jira group (by id). */
  inGroup(accountId: string, groupId: string): boolean {
    return this.user(accountId)?.groupIds?.includes(groupId) === true;
  }

  /** An issue by id or key (any case), with its project. */
  issue(idOrKey: string): { project: SiteProject; issue: SiteIssue } | undefined {
    const wanted = idOrKey.toUpperCase();
    for (const project of this.projects) {
      const issue = project.issues.find((candidate) => candidate.id === idOrKey || candidate.key === wanted);
      if (issue !== undefined) return { project, issue };
    }
    return undefined;
  }

  /** Jira adds every new issue type to the default issue type scheme. */
  addIssueType(type: Omit<SiteIssueType, 'id'>): SiteIssueType {
    const created = { id: this.nextId(), ...type };
    this.issueTypes.set(created.id, created);
    this.issueTypeSchemes.get(DEFAULT_ISSUE_TYPE_SCHEME_ID)!.issueTypeIds.push(created.id);
    return created;
  }

  issueTypeSchemeOf(project: SiteProject): SiteIssueTypeScheme | undefined {
    return project.issueTypeSchemeId === undefined ? undefined : this.issueTypeSchemes.get(project.issueTypeSchemeId);
  }

  workflowByName(name: string): SiteWorkflow | undefined {
    return [...this.workflows.values()].find((workflow) => workflow.name === name);
  }

  allWorkflowSchemes(): SiteWorkflowScheme[] {
    return [...this.workflowSchemes.values()];
  }

  workflowScheme(id: string): SiteWorkflowScheme | undefined {
    return id === DEFAULT_WORKFLOW_SCHEME_KEY ? undefined : this.workflowSchemes.get(id);
  }

  addWorkflowScheme(scheme: Omit<SiteWorkflowScheme, 'id'>): SiteWorkflowScheme {
    const created = { id: this.nextId(), ...scheme };
    this.workflowSchemes.set(created.id, created);
    return created;
  }

  /** Classic projects only: the project's scheme, the default one when none was assigned. */
  workflowSchemeOf(project: SiteProject): SiteWorkflowScheme | undefined {
    if (project.style !== 'classic') return undefined;
    return this.workflowSchemes.get(project.workflowSchemeId ?? DEFAULT_WORKFLOW_SCHEME_KEY);
  }

  /** The workflow a scheme gives an issue type. */
  workflowFor(scheme: SiteWorkflowScheme, issueTypeId: string): SiteWorkflow | undefined {
    return this.workflowByName(scheme.issueTypeMappings[issueTypeId] ?? scheme.defaultWorkflow);
  }
}
