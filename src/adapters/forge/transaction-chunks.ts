import { storedBytes } from '../../core/ports/storage-limits';

/** Forge transactions hold at most 25 operations and 4 MB: bigger writes go in several. */
export const MAX_TRANSACTION_OPERATIONS = 25;
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

/**
 * Groups units of work (each a few operations that must stay together, e.g. a card and its
 * revision) into transactions that respect both limits.
 */
export function chunkForTransactions<T>(units: T[], operationsOf: (unit: T) => number, valueOf: (unit: T) => unknown): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let operations = 0;
  let bytes = 0;
  for (const unit of units) {
    const unitOperations = operationsOf(unit);
    const unitBytes = storedBytes(valueOf(unit));
    if (current.length > 0 && (operations + unitOperations > MAX_TRANSACTION_OPERATIONS || bytes + unitBytes > MAX_TRANSACTION_BYTES)) {
      chunks.push(current);
      current = [];
      operations = 0;
      bytes = 0;
    }
    current.push(unit);
    operations += unitOperations;
    bytes += unitBytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
