import { kvs } from '@forge/kvs';
import { keyAlreadyExists } from './kvs-key-exists';

type Ttl = { value: number; unit: 'DAYS' | 'HOURS' | 'SECONDS' };

// Long enough for the winner to write the claim; a winner that died before leaves the stale claim to be taken over again a day later.
const TURN_TTL: Ttl = { value: 1, unit: 'DAYS' };

/**
 * Compare-and-set on a plain KVS key, which takes no conditions (only entity transactions do):
 * whoever first stores the marker `<key>:after:<what tells the stale claim>` (FAIL_IF_EXISTS,
 * e.g. its time or its holder's token) takes the stale claim over, so of two callers resuming the
 * same claim one goes on. The claim is then read once more (it may have been settled or replaced
 * in between) before `fresh` replaces it.
 */
export async function takeOverClaim(key: string, staleMark: string, fresh: unknown, ttl: Ttl, same: (stored: unknown) => boolean): Promise<boolean> {
  try {
    await kvs.set(`${key}:after:${staleMark}`, { at: staleMark }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: TURN_TTL });
  } catch (error) {
    if (keyAlreadyExists(error)) return false;
    throw error;
  }
  if (!same(await kvs.get<unknown>(key))) return false;
  await kvs.set(key, fresh, { ttl });
  return true;
}
