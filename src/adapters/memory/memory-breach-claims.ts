import type { BreachClaim, BreachClaims, PendingBreachClaim, RaisedBreachClaim } from '../../core/ports/breach-claims';

/** Breach claims in a map, counting reads as the Forge adapter's batches would (25 keys a request). */
export class MemoryBreachClaims implements BreachClaims {
  readonly claims = new Map<string, BreachClaim>();
  readonly calls: string[] = [];

  async getMany(breachIds: readonly string[]): Promise<Map<string, BreachClaim>> {
    this.calls.push(`getMany:${breachIds.length}`);
    const found = new Map<string, BreachClaim>();
    for (const breachId of breachIds) {
      const claim = this.claims.get(breachId);
      if (claim !== undefined) found.set(breachId, structuredClone(claim));
    }
    return found;
  }

  async claim(claim: PendingBreachClaim): Promise<BreachClaim | null> {
    this.calls.push('claim');
    const existing = this.claims.get(claim.breachId);
    if (existing !== undefined) return structuredClone(existing);
    this.claims.set(claim.breachId, structuredClone(claim));
    return null;
  }

  async reclaim(stale: PendingBreachClaim, fresh: PendingBreachClaim): Promise<boolean> {
    this.calls.push('reclaim');
    const stored = this.claims.get(stale.breachId);
    if (stored?.state !== 'claimed' || stored.claimedAt !== stale.claimedAt) return false;
    this.claims.set(stale.breachId, structuredClone(fresh));
    return true;
  }

  async settle(claim: RaisedBreachClaim): Promise<void> {
    this.calls.push('settle');
    this.claims.set(claim.breachId, structuredClone(claim));
  }

  async release(breachId: string): Promise<void> {
    this.calls.push('release');
    this.claims.delete(breachId);
  }
}
