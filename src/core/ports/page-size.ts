/** Forge storage returns at most 20 results per query; every store pages by that size or less. */
export const MAX_PAGE_SIZE = 20;

export function pageSize(requested?: number): number {
  if (requested === undefined) return MAX_PAGE_SIZE;
  return Math.min(Math.max(1, Math.floor(requested)), MAX_PAGE_SIZE);
}
