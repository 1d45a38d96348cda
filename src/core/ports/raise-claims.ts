import type { CreatedIssue } from './jira-issues';

/**
 * A raise's request id, claimed before Jira is asked to create the issue and settled with the
 * issue after, so a retried request (its answer lost) finds the issue instead of making a second.
 * The store expires claims after RAISE_CLAIM_DAYS; nothing relies on when it does.
 */
export interface RaiseClaim {
  requestId: string;
  /** Who raised what: a request id reused for another raise is refused, never answered with this one's issue. */
  accountId: string;
  subject: string;
  claimedAt: string;
  /** null until Jira answered with the issue. */
  issue: CreatedIssue | null;
}

export const RAISE_CLAIM_DAYS = 7;

export interface RaiseClaims {
  /** Stores `claim` unless its request id has one: answers the claim already there, or null when this one was stored. */
  claim(claim: RaiseClaim): Promise<RaiseClaim | null>;
  /**
   * Replaces a claim left pending (its first attempt ended in doubt) with `fresh`, only if the
   * stored one is still `stale` (compare-and-set): true when this caller took it over.
   */
  reclaim(stale: RaiseClaim, fresh: RaiseClaim): Promise<boolean>;
  /** Records the issue made for the claim. */
  settle(claim: RaiseClaim & { issue: CreatedIssue }): Promise<void>;
  /** Drops the claim of a raise Jira surely did not make, so its request may be tried again. */
  release(requestId: string): Promise<void>;
}
