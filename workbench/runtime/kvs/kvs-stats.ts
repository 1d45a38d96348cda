/** Service operations that read; batch/get counts one read per requested item. */
export const READS = new Set(['get', 'query', 'entity/get', 'entity/query', 'secret/get', 'batch/get']);

/**
 * How many storage operations the code under test made, so budgets such as "a first render
 * does at most 2 storage reads" can be asserted as counts. Every request that reaches the
 * service counts, including refused ones.
 */
export class KvsStats {
  reads = 0;
  writes = 0;
  /**
   * Read requests, however many items each asks for: the first-render budget counts requests
   * (a batch get of several records is one), as docs/budgets.md defines it.
   */
  readRequests = 0;
  /** Requests per service path without the /api/v1/ prefix, e.g. { 'entity/get': 2 }. */
  byOperation: Record<string, number> = {};
  /** Quota units (10 KB each, kvs-quota.ts) spent by answered requests, whether or not quota mode is on. */
  readUnits = 0;
  writeUnits = 0;
  /** Requests refused with 429 in quota mode. */
  throttled = 0;

  record(operation: string, items = 1): void {
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    // A transaction is one write however many operations it holds (storage-reference/transactions).
    if (READS.has(operation)) {
      this.reads += items;
      this.readRequests += 1;
    }
    else this.writes += operation === 'transaction' ? 1 : items;
  }

  recordUnits(kind: 'read' | 'write', units: number): void {
    if (kind === 'read') this.readUnits += units;
    else this.writeUnits += units;
  }

  reset(): void {
    this.reads = 0;
    this.readRequests = 0;
    this.writes = 0;
    this.byOperation = {};
    this.readUnits = 0;
    this.writeUnits = 0;
    this.throttled = 0;
  }

  /** The quota units spent, e.g. for a benchmark to print per run. */
  units(): { readUnits: number; writeUnits: number; throttled: number } {
    return { readUnits: this.readUnits, writeUnits: this.writeUnits, throttled: this.throttled };
  }

  snapshot(): { reads: number; writes: number; byOperation: Record<string, number> } {
    return { reads: this.reads, writes: this.writes, byOperation: { ...this.byOperation } };
  }
}
