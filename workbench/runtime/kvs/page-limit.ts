import { badRequest } from './kvs-error';

/** A requested page size, the default when absent; out of range is refused rather than clamped. */
export function pageLimit(requested: number | undefined, fallback: number, max: number, code: string): number {
  if (requested === undefined) return fallback;
  if (requested < 1 || requested > max) {
    throw badRequest(code, `The page limit must be set between 1 and ${max}; got ${requested}.`, { limit: requested, max });
  }
  return requested;
}
