/**
 * How the Jira stand-in reaches the installed app, as Jira reaches a Forge app: it runs the app's
 * workflow validators on a transition and hands the platform the issue events the app's triggers
 * may subscribe to. The local runtime provides it (installForgeRuntime connects every Jira
 * stand-in it is given); a stand-in without one knows no app's rules.
 */

/** A validator's verdict, Jira's way: the transition goes ahead, or is refused with the message shown. */
export type ValidatorVerdict = { ok: true } | { ok: false; message: string };

/** What a workflow validator is run on. */
export interface ValidatorRun {
  /** The rule's `key` parameter: the ARI of the app's module (ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}). */
  ari: string;
  /** The rule's `config` parameter, as stored (a string). */
  config: string | undefined;
  issueKey: string;
  fromStatusId: string;
  toStatusId: string;
  /** The issue as Jira expressions see it (`issue.properties[…]`, `issue.key`…). */
  expressionIssue: Record<string, unknown>;
}

/** An issue event as Jira makes it at the moment of the change. */
export interface IssueEventNotice {
  eventType: 'avi:jira:updated:issue';
  /** The event as a trigger receives it, before the platform adds the included property values. */
  payload: Record<string, unknown>;
  /** The issue as the trigger's filter and property paths see it. */
  expressionIssue: Record<string, unknown>;
  /** Who made the change (ignoreSelf compares it with the app's user). */
  atlassianId: string | undefined;
}

export interface JiraAppConnection {
  /** Runs the validator the ARI names; undefined when it names no validator module of this app. */
  runValidator(run: ValidatorRun): Promise<ValidatorVerdict | undefined>;
  /** Takes an event for delivery (later, at least once). */
  issueEvent(notice: IssueEventNotice): void;
}
