import { badRequest } from './kvs-error';

/**
 * How many results a page may hold: the requested size or the default, refused (not clamped)
 * outside 1…max, then cut to the optional `maxResultsPerPage` test cap.
 */
export function pageLimit(
  requested: number | undefined,
  limits: { defaultQueryLimit: number; maxResultsPerPage?: number | undefined },
  max: number,
  code: string,
): number {
  if (requested !== undefined && (requested < 1 || requested > max)) {
    throw badRequest(code, `The page limit must be set between 1 and ${max}; got ${requested}.`, { limit: requested, max });
  }
  return Math.min(requested ?? limits.defaultQueryLimit, limits.maxResultsPerPage ?? Number.POSITIVE_INFINITY);
}
