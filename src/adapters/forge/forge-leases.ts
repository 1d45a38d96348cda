import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { systemClock, type Clock } from '../../core/ports/clock';
import type { Leases } from '../../core/ports/leases';
import { takeOverClaim } from './claim-takeover';
import { keyAlreadyExists } from './kvs-key-exists';

const leaseKey = (key: string): string => `lease:${key}`;

const StoredLease = z.object({ token: z.string(), expiresAt: z.iso.datetime() });
type StoredLease = z.infer<typeof StoredLease>;

/**
 * Leases as plain Forge KVS keys, FAIL_IF_EXISTS making taking one atomic. The TTL only tidies
 * up: Forge deletes expired keys up to 48 h late and reads may return them until then, so each
 * lease carries its own `expiresAt`, and one found expired by the app's clock is taken over by
 * compare-and-set (claim-takeover.ts, marked by its holder's token). A lease outlives the
 * invocation that took it (a resolver lives 25 s), so one expired has surely lost its holder.
 */
export class ForgeLeases implements Leases {
  constructor(private readonly clock: Clock = systemClock) {}

  async take(key: string, seconds: number): Promise<string | null> {
    const ttl = { value: seconds, unit: 'SECONDS' } as const;
    const now = this.clock.now().getTime();
    const lease: StoredLease = { token: randomUUID(), expiresAt: new Date(now + seconds * 1000).toISOString() };
    // A lease given back between the two calls is taken again, once, as if new.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        await kvs.set(leaseKey(key), lease, { keyPolicy: 'FAIL_IF_EXISTS', ttl });
        return lease.token;
      } catch (error) {
        if (!keyAlreadyExists(error)) throw error;
      }
      const stored = await kvs.get<unknown>(leaseKey(key));
      if (stored === undefined) continue;
      const held = StoredLease.safeParse(stored);
      // A lease without a readable time was written before leases carried one, by code no longer running.
      if (held.success && Date.parse(held.data.expiresAt) > now) return null;
      const taken = await takeOverClaim(leaseKey(key), tokenOf(stored), lease, ttl, (again) => sameLease(again, stored));
      return taken ? lease.token : null;
    }
    return null;
  }

  async release(key: string, token: string): Promise<void> {
    const held = await kvs.get<{ token?: unknown }>(leaseKey(key));
    if (held?.token === token) await kvs.delete(leaseKey(key));
  }
}

const tokenOf = (stored: unknown): string => {
  const token = (stored as { token?: unknown } | null)?.token;
  return typeof token === 'string' && /^[a-zA-Z0-9-]{1,100}$/.test(token) ? token : 'unreadable';
};

const sameLease = (stored: unknown, stale: unknown): boolean => stored !== undefined && JSON.stringify(stored) === JSON.stringify(stale);
