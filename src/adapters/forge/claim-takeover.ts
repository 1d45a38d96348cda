import { kvs } from '@forge/kvs';

type Ttl = { value: number; unit: 'DAYS' | 'HOURS' };

export const alreadyClaimed = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'KEY_ALREADY_EXISTS';

// Long enough for the winner to write the claim; a winner that died before leaves the stale claim to be taken over again a day later.
const TURN_TTL: Ttl = { value: 1, unit: 'DAYS' };

/**
 * Compare-and-set on a plain KVS key, which takes no conditions (only entity transactions do):
 * whoever first stores the marker `<key>:after:<stale claim's time>` (FAIL_IF_EXISTS) takes the
 * stale claim over, so of two callers resuming the same claim one goes on. The claim is then
 * read once more (it may have been settled or replaced in between) before `fresh` replaces it.
 */
export async function takeOverClaim(key: string, stale: { claimedAt: string }, fresh: unknown, ttl: Ttl, same: (stored: unknown) => boolean): Promise<boolean> {
  try {
    await kvs.set(`${key}:after:${stale.claimedAt}`, { at: stale.claimedAt }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: TURN_TTL });
  } catch (error) {
    if (alreadyClaimed(error)) return false;
    throw error;
  }
  if (!same(await kvs.get<unknown>(key))) return false;
  await kvs.set(key, fresh, { ttl });
  return true;
}
