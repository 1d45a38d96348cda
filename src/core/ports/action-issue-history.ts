/**
 * What the effectiveness gate reads of one Jira issue, as the app (`asApp`): a validator runs
 * inside someone's transition, and what it decides must not depend on what that person may see.
 * The Forge adapter speaks REST v3 (checked against the OpenAPI description in tests); the memory
 * adapter keeps issues in a map. Failures throw: the gate then refuses, it never guesses.
 */

/** One change of the issue's status, as its changelog records it. */
export interface StatusChange {
  /** An ISO instant. */
  at: string;
  fromStatusId: string;
  toStatusId: string;
}

export interface ActionIssueHistory {
  /** The value of the issue property `key`; null when the issue has no such property. */
  property(issueKey: string, key: string): Promise<unknown>;
  /** Every status change of the issue, oldest first. */
  statusChanges(issueKey: string): Promise<StatusChange[]>;
}
