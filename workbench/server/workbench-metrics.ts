import type { KvsStats } from '../runtime';

/**
 * Counts what the budgets are about: resolver invocations (each one a round trip from the
 * macro) and storage reads. Counts, unlike times, are the same on every machine.
 */
export class WorkbenchMetrics {
  private invokesByKey: Record<string, number> = {};

  constructor(private readonly kvsStats: KvsStats) {}

  recordInvoke(functionKey: string): void {
    this.invokesByKey[functionKey] = (this.invokesByKey[functionKey] ?? 0) + 1;
  }

  snapshot(): { invokes: number; invokesByKey: Record<string, number>; storageRequests: number } {
    const invokes = Object.values(this.invokesByKey).reduce((sum, count) => sum + count, 0);
    return { invokes, invokesByKey: { ...this.invokesByKey }, storageRequests: this.kvsStats.readRequests };
  }

  reset(): void {
    this.invokesByKey = {};
    this.kvsStats.reset();
  }
}
