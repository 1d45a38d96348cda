import type { StoredItem } from './kvs-database';
import { formatExpireTime } from './ttl';

export type MetadataField = 'CREATED_AT' | 'UPDATED_AT' | 'EXPIRE_TIME';

/**
 * A record as the service answers it: key and value, plus only the metadata asked for.
 * Query results reach the caller unfiltered by the SDK, so answering only what was asked
 * keeps them the same shape production gives. Times are epoch seconds, as in the SDK's own
 * test fixtures (createdAt: 1718236800).
 */
export function itemResponse(
  item: StoredItem,
  fields: readonly MetadataField[] = [],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const response: Record<string, unknown> = { key: item.key, value: item.value, ...extra };
  if (fields.includes('CREATED_AT')) response.createdAt = Math.floor(item.createdAt / 1000);
  if (fields.includes('UPDATED_AT')) response.updatedAt = Math.floor(item.updatedAt / 1000);
  if (fields.includes('EXPIRE_TIME') && item.expiresAt !== null) response.expireTime = formatExpireTime(item.expiresAt);
  return response;
}
