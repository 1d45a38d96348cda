import type { CreatedIssue } from './jira-issues';

/**
 * The daily run's claim on a KPI breach (breach-id.ts), taken before it asks Jira for the
 * corrective action and settled with the issue after, so the breach is raised once however often
 * the run sees it. Jira's issue create has no idempotency key: a claim left `claimed` (the run
 * died, or Jira's answer was lost) is resumed only after searching Jira for the breach id, which
 * the issue's record carries.
 */
/** `requestId`: the raise by hand that claimed the breach (its retries know it as theirs); the daily run's claims have none. */
export type BreachClaim =
  | { state: 'claimed'; breachId: string; cardId: string; kpiId: string; claimedAt: string; requestId?: string }
  /** `keptAt`: when the claim was last written, which restarts the store's expiry. */
  | { state: 'raised'; breachId: string; cardId: string; kpiId: string; claimedAt: string; requestId?: string; issue: CreatedIssue; raisedAt: string; keptAt: string };

export type PendingBreachClaim = Extract<BreachClaim, { state: 'claimed' }>;
export type RaisedBreachClaim = Extract<BreachClaim, { state: 'raised' }>;

/** Claims are kept as long as the store may keep anything (Forge: one year), and written again before then while the breach lasts. */
export const BREACH_CLAIM_DAYS = 365;

export interface BreachClaims {
  /** The claims of these breaches, in as few storage requests as the store allows (Forge: 25 keys a batch). */
  getMany(breachIds: readonly string[]): Promise<Map<string, BreachClaim>>;
  /** Stores `claim` unless the breach has one: answers the claim already there, or null when this one was stored. */
  claim(claim: PendingBreachClaim): Promise<BreachClaim | null>;
  /**
   * Replaces a stale claim with `fresh`, only if the stored one is still `stale` (compare-and-set):
   * true when this caller took it over, false when another did first.
   */
  reclaim(stale: PendingBreachClaim, fresh: PendingBreachClaim): Promise<boolean>;
  /** Records the issue made for the breach (also to keep a long breach's claim from expiring). */
  settle(claim: RaisedBreachClaim): Promise<void>;
  /** Drops the claim of a breach Jira surely made nothing for, so the next run tries again. */
  release(breachId: string): Promise<void>;
}
