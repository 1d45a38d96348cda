/** Service operations that read; batch/get counts one read per requested item. */
const READS = new Set(['get', 'query', 'entity/get', 'entity/query', 'secret/get', 'batch/get']);

/**
 * How many storage operations the code under test made, so budgets such as "a first render
 * does at most 2 storage reads" can be asserted as counts. Every request that reaches the
 * service counts, including refused ones.
 */
export class KvsStats {
  reads = 0;
  writes = 0;
  /** Requests per service path without the /api/v1/ prefix, e.g. { 'entity/get': 2 }. */
  byOperation: Record<string, number> = {};

  record(operation: string, items = 1): void {
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    // A transaction is one write however many operations it holds (storage-reference/transactions).
    if (READS.has(operation)) this.reads += items;
    else this.writes += operation === 'transaction' ? 1 : items;
  }

  reset(): void {
    this.reads = 0;
    this.writes = 0;
    this.byOperation = {};
  }

  snapshot(): { reads: number; writes: number; byOperation: Record<string, number> } {
    return { reads: this.reads, writes: this.writes, byOperation: { ...this.byOperation } };
  }
}
