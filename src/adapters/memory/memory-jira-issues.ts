import { AppError } from '../../core/errors';
import { ACTION_PROPERTY_KEY } from '../../core/capa/ca-record';
import type { ActionLink, CreatedIssue, JiraIssues, LinkedAction, LinkedActions, NewIssue, RemoteLink, StatusCategoryKey } from '../../core/ports/jira-issues';

export interface MemoryIssue extends NewIssue, CreatedIssue {
  statusName: string;
  statusCategory: StatusCategoryKey;
  remoteLinks: RemoteLink[];
}

interface StoredRecord {
  kind?: unknown;
  breachId?: unknown;
  requestId?: unknown;
  link?: { cardId?: unknown; kpiId?: unknown } | null;
}

const recordOf = (issue: MemoryIssue): StoredRecord | undefined => issue.properties.find((property) => property.key === ACTION_PROPERTY_KEY)?.value as StoredRecord | undefined;
const isOpen = (issue: MemoryIssue) => issue.statusCategory !== 'done';

/**
 * Jira's issues in a list, answering as the Forge adapter does: for the core's tests. The
 * caller is whoever the test says (`access`); `failures` makes the next calls of a method fail.
 */
export class MemoryJiraIssues implements JiraIssues {
  readonly issues: MemoryIssue[] = [];
  /** 'none': the caller has no Jira (Jira refuses them as the Forge adapter reports it). */
  access: 'full' | 'none' = 'full';
  /** Errors the next calls of each method throw, first one first; `afterCreate` ones are thrown once the issue is made (an answer lost). */
  readonly failures: { createIssue: AppError[]; addRemoteLink: AppError[]; afterCreate: AppError[]; searchLinkedActions: AppError[] } = {
    createIssue: [],
    addRemoteLink: [],
    afterCreate: [],
    searchLinkedActions: [],
  };
  readonly calls: string[] = [];
  /** Who Jira takes as a reporter; anyone else is refused as Jira refuses them (VALIDATION, 'jira-reporter'). */
  reporters: ReadonlySet<string> | 'anyone' = 'anyone';
  /** The projects the caller may create issues in; 'any' for all of them (none without access). */
  creatable: ReadonlySet<string> | 'any' = 'any';

  constructor(private readonly keyPrefix = 'QMS') {}

  async createIssue(issue: NewIssue): Promise<CreatedIssue> {
    this.calls.push('createIssue');
    this.refuseWithoutAccess();
    const failure = this.failures.createIssue.shift();
    if (failure !== undefined) throw failure;
    if (this.creatable !== 'any' && !this.creatable.has(issue.projectId)) throw new AppError('FORBIDDEN', 'Jira did not let this user create issues in the project.', [], { reason: 'jira' });
    if (issue.reporterAccountId !== undefined && this.reporters !== 'anyone' && !this.reporters.has(issue.reporterAccountId)) {
      throw new AppError('VALIDATION', 'Jira did not take the reporter for the new issue.', [], { reason: 'jira-reporter' });
    }
    const id = String(10_000 + this.issues.length + 1);
    const created: MemoryIssue = { ...structuredClone(issue), id, key: `${this.keyPrefix}-${this.issues.length + 1}`, statusName: 'Registered', statusCategory: 'new', remoteLinks: [] };
    this.issues.push(created);
    const lost = this.failures.afterCreate.shift();
    if (lost !== undefined) throw lost;
    return { id: created.id, key: created.key };
  }

  async addRemoteLink(issueIdOrKey: string, link: RemoteLink): Promise<void> {
    this.calls.push('addRemoteLink');
    this.refuseWithoutAccess();
    const failure = this.failures.addRemoteLink.shift();
    if (failure !== undefined) throw failure;
    const issue = this.issues.find((candidate) => candidate.id === issueIdOrKey || candidate.key === issueIdOrKey);
    if (issue === undefined) throw new AppError('NOT_FOUND', `No issue ${issueIdOrKey}.`, [], { reason: 'jira' });
    // Jira updates the link with the same globalId instead of adding another.
    issue.remoteLinks = [...issue.remoteLinks.filter((existing) => existing.globalId !== link.globalId), { ...link }];
  }

  async searchLinkedActions(cardId: string, options: { limit: number }): Promise<LinkedActions | null> {
    this.calls.push('searchLinkedActions');
    if (this.access === 'none') return null;
    const failure = this.failures.searchLinkedActions.shift();
    if (failure !== undefined) throw failure;
    const linked = this.issues.filter((issue) => recordOf(issue)?.link?.cardId === cardId).reverse();
    const ordered = [...linked.filter(isOpen), ...linked.filter((issue) => !isOpen(issue))];
    return { issues: ordered.slice(0, options.limit).map(toLinked), more: ordered.length > options.limit, jql: `processCardId = "${cardId}"` };
  }

  async findByBreach(breachId: string): Promise<CreatedIssue | null> {
    this.calls.push('findByBreach');
    this.refuseWithoutAccess();
    const issue = this.issues.find((candidate) => recordOf(candidate)?.breachId === breachId);
    return issue === undefined ? null : { id: issue.id, key: issue.key };
  }

  async findByRequest(requestId: string): Promise<CreatedIssue | null> {
    this.calls.push('findByRequest');
    this.refuseWithoutAccess();
    const issue = this.issues.find((candidate) => recordOf(candidate)?.requestId === requestId);
    return issue === undefined ? null : { id: issue.id, key: issue.key };
  }

  async actionLink(issueIdOrKey: string): Promise<ActionLink | null> {
    this.calls.push('actionLink');
    this.refuseWithoutAccess();
    const link = this.issues.find((candidate) => candidate.id === issueIdOrKey || candidate.key === issueIdOrKey)?.properties.find((property) => property.key === ACTION_PROPERTY_KEY)?.value as StoredRecord | undefined;
    const cardId = link?.link?.cardId;
    if (typeof cardId !== 'string') return null;
    return { cardId, kpiId: typeof link?.link?.kpiId === 'string' ? link.link.kpiId : null };
  }

  async actionProperty(issueIdOrKey: string): Promise<unknown> {
    this.calls.push('actionProperty');
    this.refuseWithoutAccess();
    return this.issues.find((candidate) => candidate.id === issueIdOrKey || candidate.key === issueIdOrKey)?.properties.find((property) => property.key === ACTION_PROPERTY_KEY)?.value ?? null;
  }

  async mayCreateIssues(projectId: string): Promise<boolean> {
    this.calls.push('mayCreateIssues');
    return this.access === 'full' && (this.creatable === 'any' || this.creatable.has(projectId));
  }

  private refuseWithoutAccess(): void {
    if (this.access === 'none') throw new AppError('FORBIDDEN', 'Jira refused the caller (HTTP 401).', [], { reason: 'jira' });
  }
}

function toLinked(issue: MemoryIssue): LinkedAction {
  const record = recordOf(issue);
  const kind = record?.kind === 'corrective-action' || record?.kind === 'improvement' ? record.kind : null;
  const kpiId = typeof record?.link?.kpiId === 'string' ? record.link.kpiId : null;
  return { id: issue.id, key: issue.key, summary: issue.summary, statusName: issue.statusName, statusCategory: issue.statusCategory, kind, kpiId };
}
