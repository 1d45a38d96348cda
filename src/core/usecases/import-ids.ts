/**
 * Card ids of an import follow from its import id, so a retry of the same import (after a
 * timeout or a failure half-way) writes the same cards instead of new ones, and can finish or
 * clean up what the first attempt left.
 */
export function importCardIds(importId: string): () => string {
  const compact = importId.replace(/-/g, '').toLowerCase();
  let next = 0;
  return () => `card-${compact}-${String((next += 1)).padStart(2, '0')}`;
}
