import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { Leases } from '../../core/ports/leases';

const leaseKey = (key: string): string => `lease:${key}`;

const alreadyHeld = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'KEY_ALREADY_EXISTS';

/** Leases as plain Forge KVS keys: FAIL_IF_EXISTS makes taking one atomic, the TTL ends a holder that died. */
export class ForgeLeases implements Leases {
  async take(key: string, seconds: number): Promise<string | null> {
    const token = randomUUID();
    try {
      await kvs.set(leaseKey(key), { token }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: seconds, unit: 'SECONDS' } });
      return token;
    } catch (error) {
      if (alreadyHeld(error)) return null;
      throw error;
    }
  }

  async release(key: string, token: string): Promise<void> {
    const held = await kvs.get<{ token?: unknown }>(leaseKey(key));
    if (held?.token === token) await kvs.delete(leaseKey(key));
  }
}
