import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { BREACH_CLAIM_DAYS, type BreachClaim, type BreachClaims, type PendingBreachClaim, type RaisedBreachClaim } from '../../core/ports/breach-claims';
import { takeOverClaim } from './claim-takeover';
import { keyAlreadyExists } from './kvs-key-exists';

const claimKey = (breachId: string): string => `breach-claim:${breachId}`;
const TTL = { value: BREACH_CLAIM_DAYS, unit: 'DAYS' } as const;
const BATCH_KEYS = 25;

const Common = { breachId: z.string(), cardId: z.string(), kpiId: z.string(), claimedAt: z.string(), requestId: z.string().optional() };
const StoredClaim = z.discriminatedUnion('state', [
  z.object({ state: z.literal('claimed'), ...Common }),
  z.object({ state: z.literal('raised'), ...Common, issue: z.object({ id: z.string(), key: z.string() }), raisedAt: z.string(), keptAt: z.string() }),
]);

function readClaim(breachId: string, raw: unknown): BreachClaim {
  const parsed = StoredClaim.safeParse(raw);
  if (!parsed.success) throw new AppError('INTERNAL', `The claim of breach ${breachId} cannot be read.`);
  return parsed.data;
}

/** Still the stale claim: pending, and claimed at the same moment (each claim is told by its time). */
function stillPending(stored: unknown, stale: PendingBreachClaim): boolean {
  const parsed = StoredClaim.safeParse(stored);
  return parsed.success && parsed.data.state === 'claimed' && parsed.data.claimedAt === stale.claimedAt;
}

/** Breach claims as plain Forge KVS keys `breach-claim:<breachId>`; FAIL_IF_EXISTS makes the claim atomic. */
export class ForgeBreachClaims implements BreachClaims {
  async getMany(breachIds: readonly string[]): Promise<Map<string, BreachClaim>> {
    const claims = new Map<string, BreachClaim>();
    const unique = [...new Set(breachIds)];
    for (let start = 0; start < unique.length; start += BATCH_KEYS) {
      const result = await kvs.batchGet<unknown>(unique.slice(start, start + BATCH_KEYS).map((breachId) => ({ key: claimKey(breachId) })));
      const failed = result.failedKeys.filter((item) => item.error.code !== 'KEY_NOT_FOUND');
      if (failed.length > 0) throw new Error(`Could not read ${failed.map((item) => `${item.key} (${item.error.code})`).join(', ')}`);
      for (const item of result.successfulKeys) {
        const breachId = item.key.slice(claimKey('').length);
        claims.set(breachId, readClaim(breachId, item.value));
      }
    }
    return claims;
  }

  async claim(claim: PendingBreachClaim): Promise<BreachClaim | null> {
    // A claim that expires between the two calls is taken again, once, as if new.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await kvs.set(claimKey(claim.breachId), claim, { keyPolicy: 'FAIL_IF_EXISTS', ttl: TTL });
        return null;
      } catch (error) {
        if (!keyAlreadyExists(error)) throw error;
      }
      const stored = await kvs.get<unknown>(claimKey(claim.breachId));
      if (stored !== undefined) return readClaim(claim.breachId, stored);
    }
    throw new AppError('INTERNAL', `The claim of breach ${claim.breachId} kept disappearing.`);
  }

  reclaim(stale: PendingBreachClaim, fresh: PendingBreachClaim): Promise<boolean> {
    return takeOverClaim(claimKey(stale.breachId), stale.claimedAt, fresh, TTL, (stored) => stillPending(stored, stale));
  }

  async settle(claim: RaisedBreachClaim): Promise<void> {
    await kvs.set(claimKey(claim.breachId), claim, { ttl: TTL });
  }

  async release(breachId: string): Promise<void> {
    await kvs.delete(claimKey(breachId));
  }
}
