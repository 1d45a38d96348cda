import { KvsError } from './kvs-error';

/**
 * limits-kvs-ce, "Operation limits per installation": 1,000 requests per second, 4,000 read and
 * 4,000 write units per minute, a unit being a request "rounded up to the nearest 10KB" (65 KB
 * counts 7). "KB" is read as 1,000 bytes, the smaller reading, so a size near a boundary never
 * counts fewer units here than in production. Over the limit Forge answers 429
 * RATE_LIMIT_EXCEEDED (storage-reference/entities-errorhandling, handling-errors-kvs); the
 * transaction limits table names TOO_MANY_REQUESTS for transactions, so they get that code.
 */
export const KVS_UNIT_BYTES = 10_000;
export const unitsOf = (bytes: number): number => Math.max(1, Math.ceil(bytes / KVS_UNIT_BYTES));

export interface KvsQuotaLimits {
  requestsPerSecond: number;
  readUnitsPerMinute: number;
  writeUnitsPerMinute: number;
}

export const FORGE_KVS_QUOTA: KvsQuotaLimits = { requestsPerSecond: 1000, readUnitsPerMinute: 4000, writeUnitsPerMinute: 4000 };

type Kind = 'read' | 'write';
interface Spent {
  at: number;
  units: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/**
 * Sliding windows over the injected clock (trailing second, trailing minute), which is never
 * looser than Forge's windows whatever their alignment, and deterministic under a test clock.
 * Refused requests spend nothing.
 */
export class KvsQuota {
  private readonly requests: number[] = [];
  private readonly spent: Record<Kind, Spent[]> = { read: [], write: [] };

  constructor(
    private readonly limits: KvsQuotaLimits,
    private readonly now: () => number,
  ) {}

  /** Spends `units` of `kind` and one request, or throws the 429 production would answer. */
  spend(kind: Kind, units: number, operation: string): void {
    const now = this.now();
    prune(this.requests, (at) => at > now - SECOND);
    prune(this.spent[kind], ({ at }) => at > now - MINUTE);
    const used = this.spent[kind].reduce((total, entry) => total + entry.units, 0);
    const perMinute = kind === 'read' ? this.limits.readUnitsPerMinute : this.limits.writeUnitsPerMinute;
    if (this.requests.length >= this.limits.requestsPerSecond) {
      throw tooMany(operation, `more than ${this.limits.requestsPerSecond} storage requests in a second`, { quota: 'requestsPerSecond' });
    }
    if (used + units > perMinute) {
      throw tooMany(operation, `${used + units} ${kind} units in a minute; the quota is ${perMinute}`, {
        quota: kind === 'read' ? 'readUnitsPerMinute' : 'writeUnitsPerMinute',
        used,
        units,
      });
    }
    this.requests.push(now);
    this.spent[kind].push({ at: now, units });
  }
}

function prune<T>(entries: T[], keep: (entry: T) => boolean): void {
  const firstKept = entries.findIndex(keep);
  entries.splice(0, firstKept === -1 ? entries.length : firstKept);
}

function tooMany(operation: string, why: string, context: Record<string, unknown>): KvsError {
  const code = operation === 'transaction' ? 'TOO_MANY_REQUESTS' : 'RATE_LIMIT_EXCEEDED';
  return new KvsError(429, code, `Storage quota exceeded: ${why}.`, context);
}
