/** Forge queries take up to 100 results a page; the app pages by 20 so answers stay small and paging is always exercised. */
export const MAX_PAGE_SIZE = 20;

export function pageSize(requested?: number): number {
  if (requested === undefined) return MAX_PAGE_SIZE;
  return Math.min(Math.max(1, Math.floor(requested)), MAX_PAGE_SIZE);
}
