import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { RAISE_CLAIM_DAYS, type RaiseClaim, type RaiseClaims } from '../../core/ports/raise-claims';
import { takeOverClaim } from './claim-takeover';
import { keyAlreadyExists } from './kvs-key-exists';

const claimKey = (requestId: string): string => `raise-claim:${requestId}`;
const TTL = { value: RAISE_CLAIM_DAYS, unit: 'DAYS' } as const;

const StoredClaim = z.object({
  requestId: z.string(),
  accountId: z.string(),
  subject: z.string(),
  claimedAt: z.string(),
  issue: z.object({ id: z.string(), key: z.string() }).nullable(),
});


/** Raise claims as plain Forge KVS keys with a TTL; FAIL_IF_EXISTS makes the claim atomic. */
export class ForgeRaiseClaims implements RaiseClaims {
  async claim(claim: RaiseClaim): Promise<RaiseClaim | null> {
    // A claim that expires between the two calls is taken again, once, as if new.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await kvs.set(claimKey(claim.requestId), claim, { keyPolicy: 'FAIL_IF_EXISTS', ttl: TTL });
        return null;
      } catch (error) {
        if (!keyAlreadyExists(error)) throw error;
      }
      const stored = await kvs.get<unknown>(claimKey(claim.requestId));
      if (stored === undefined) continue;
      const parsed = StoredClaim.safeParse(stored);
      if (!parsed.success) throw new AppError('INTERNAL', `The claim of request ${claim.requestId} cannot be read.`);
      return parsed.data;
    }
    throw new AppError('INTERNAL', `The claim of request ${claim.requestId} kept disappearing.`);
  }

  reclaim(stale: RaiseClaim, fresh: RaiseClaim): Promise<boolean> {
    return takeOverClaim(claimKey(stale.requestId), stale.claimedAt, fresh, TTL, (stored) => {
      const parsed = StoredClaim.safeParse(stored);
      return parsed.success && parsed.data.issue === null && parsed.data.claimedAt === stale.claimedAt;
    });
  }

  async settle(claim: RaiseClaim): Promise<void> {
    await kvs.set(claimKey(claim.requestId), claim, { ttl: TTL });
  }

  async release(requestId: string): Promise<void> {
    await kvs.delete(claimKey(requestId));
  }
}
