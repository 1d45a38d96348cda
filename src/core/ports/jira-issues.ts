import type { AdfDoc } from '../export/adf-nodes';

/**
 * Jira issues as one principal: the calling user (`asUser`), for whom Jira decides what they may
 * create and see, or the app (`asApp`) for the daily run's automatic corrective actions. The
 * Forge adapter speaks REST v3 (its requests checked against the OpenAPI description in tests);
 * the memory adapter keeps issues in a list. Shapes here are the app's, not Jira's JSON.
 */

export interface NewIssue {
  projectId: string;
  issueTypeId: string;
  summary: string;
  description: AdfDoc;
  /** Issue properties set in the same request as the issue, so it never exists without them. */
  properties: ReadonlyArray<{ key: string; value: unknown }>;
  /** Someone other than the caller as the reporter; Jira refuses it (VALIDATION, reason 'jira-reporter') when the caller may not set it or the person may not report. */
  reporterAccountId?: string;
}

export interface CreatedIssue {
  id: string;
  key: string;
}

/** A link from the issue to something outside Jira; a second link with the same globalId replaces the first. */
export interface RemoteLink {
  globalId: string;
  url: string;
  title: string;
  summary: string;
}

/** Jira's status category keys: to do, in progress, done. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** A corrective action or improvement found by its record's link to a card. */
export interface LinkedAction {
  id: string;
  key: string;
  summary: string;
  statusName: string;
  statusCategory: StatusCategoryKey;
  /** From the issue's record; null when the record cannot be read (written by hand, or by a later version). */
  kind: 'corrective-action' | 'improvement' | null;
  kpiId: string | null;
}

export interface LinkedActions {
  /** Open ones (to do, in progress) first, then done; newest first within each. */
  issues: LinkedAction[];
  /** Jira has more than the page holds. */
  more: boolean;
  /** The query run, for a link to the same search in Jira. */
  jql: string;
}

/** Where an issue's action record links to: the card, and the KPI when it came from one. */
export interface ActionLink {
  cardId: string;
  kpiId: string | null;
}

export interface JiraIssues {
  createIssue(issue: NewIssue): Promise<CreatedIssue>;
  addRemoteLink(issueIdOrKey: string, link: RemoteLink): Promise<void>;
  /** One search, at most `limit` issues; null when the caller has no access to Jira. */
  searchLinkedActions(cardId: string, options: { limit: number }): Promise<LinkedActions | null>;
  /** The issue a KPI breach raised, if any (one search). */
  findByBreach(breachId: string): Promise<CreatedIssue | null>;
  /** The issue a raise request made, if any (one search): its record carries the request id. */
  findByRequest(requestId: string): Promise<CreatedIssue | null>;
  /** The link in the issue's action record; null when the issue is gone, hidden from the caller, or has no record of the app's. */
  actionLink(issueIdOrKey: string): Promise<ActionLink | null>;
  /** The issue property `process-cards.action` as stored, unchecked; null when the issue is gone, hidden from the caller, or has none. */
  actionProperty(issueIdOrKey: string): Promise<unknown>;
  /** Whether Jira lets the caller create issues in the project (false too when it refuses them Jira, or they may not see the project). */
  mayCreateIssues(projectId: string): Promise<boolean>;
}
