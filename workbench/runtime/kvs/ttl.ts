import { badRequest } from './kvs-error';

export interface Ttl {
  value: number;
  unit: 'SECONDS' | 'MINUTES' | 'HOURS' | 'DAYS';
}

const UNIT_MS: Record<Ttl['unit'], number> = {
  SECONDS: 1000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

/**
 * How long Forge may keep returning a record after its TTL: expired data is deleted
 * asynchronously, "up to 48 h" later (limits-kvs-ce). The emulator keeps it that long by default.
 */
export const FORGE_EXPIRED_PURGE_MS = 48 * 3_600_000;

/** When a record written now with this TTL stops being readable (epoch ms), or null for never. */
export function expiryOf(ttl: Ttl | undefined, now: number): number | null {
  if (ttl === undefined) return null;
  if (!Number.isInteger(ttl.value) || ttl.value <= 0) {
    throw badRequest('INVALID_TTL', `A TTL must be a positive whole number of ${ttl.unit.toLowerCase()}.`);
  }
  return now + ttl.value * UNIT_MS[ttl.unit];
}

/** Forge reports expiry as an ISO instant without milliseconds, e.g. "2025-01-12T13:00:00Z". */
export const formatExpireTime = (expiresAt: number): string =>
  new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z');
