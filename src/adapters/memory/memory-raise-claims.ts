import type { RaiseClaim, RaiseClaims } from '../../core/ports/raise-claims';

/** Raise claims in a map; claims never expire here (nothing may rely on when they do). */
export class MemoryRaiseClaims implements RaiseClaims {
  readonly claims = new Map<string, RaiseClaim>();

  async claim(claim: RaiseClaim): Promise<RaiseClaim | null> {
    const existing = this.claims.get(claim.requestId);
    if (existing !== undefined) return structuredClone(existing);
    this.claims.set(claim.requestId, structuredClone(claim));
    return null;
  }

  async reclaim(stale: RaiseClaim, fresh: RaiseClaim): Promise<boolean> {
    const stored = this.claims.get(stale.requestId);
    if (stored === undefined || stored.issue !== null || stored.claimedAt !== stale.claimedAt) return false;
    this.claims.set(stale.requestId, structuredClone(fresh));
    return true;
  }

  async settle(claim: RaiseClaim): Promise<void> {
    this.claims.set(claim.requestId, structuredClone(claim));
  }

  async release(requestId: string): Promise<void> {
    this.claims.delete(requestId);
  }
}
