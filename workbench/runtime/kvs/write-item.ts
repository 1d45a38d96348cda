import { KvsError, badRequest, keyNotFound } from './kvs-error';
import type { StoredItem } from './kvs-database';
import type { KvsContext } from './kvs-context';
import type { SetOptions } from './request-schemas';
import type { StoreTarget } from './store-target';
import { expiryOf } from './ttl';
import { validateEntityValue } from './validate-entity-value';
import { validateIndexValues } from './validate-index-values';
import { validateKey } from './validate-key';
import { validateValue } from './validate-value';

export interface WriteResult {
  previous: StoredItem | undefined;
  latest: StoredItem;
}

/** Validates and stores one record; nothing is written when any check refuses it. */
export function writeItem(
  context: KvsContext,
  target: StoreTarget,
  key: string,
  value: unknown,
  options: SetOptions = {},
): WriteResult {
  const { db, limits } = context;
  validateKey(key, limits, target.kind === 'entity' ? 'entity' : 'kvs');
  validateValue(value, limits, target.kind === 'secret' ? limits.maxSecretValueBytes : limits.maxValueBytes);
  if (target.entity) {
    validateEntityValue(target.entity, value);
    validateIndexValues(target.entity, key, value as Record<string, unknown>);
  }
  if (options.returnValue !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
    throw badRequest('BAD_REQUEST', 'returnValue can only be combined with keyPolicy OVERRIDE.');
  }
  // storage-reference/kvs-api, SetOptions: "If returnMetadataFields is provided, keyPolicy must
  // be 'OVERRIDE' and returnValue must be provided" (the refusal's code is undocumented).
  if (options.returnMetadataFields !== undefined && options.returnValue === undefined) {
    throw badRequest('BAD_REQUEST', 'returnMetadataFields needs returnValue (and keyPolicy OVERRIDE).');
  }
  const now = context.now();
  const previous = db.get(target.namespace, key, now);
  if (previous !== undefined && options.keyPolicy === 'FAIL_IF_EXISTS') {
    throw new KvsError(409, 'KEY_ALREADY_EXISTS', `Key "${key}" already exists and keyPolicy is FAIL_IF_EXISTS.`, { key });
  }
  const latest: StoredItem = {
    key,
    value,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    expiresAt: expiryOf(options.ttl, now),
  };
  db.put(target.namespace, latest);
  return { previous, latest };
}

/** Deletes one record, answering KEY_NOT_FOUND for a missing one (the SDK swallows that). */
export function deleteItem(context: KvsContext, target: StoreTarget, key: string): void {
  validateKey(key, context.limits, target.kind === 'entity' ? 'entity' : 'kvs');
  if (context.db.get(target.namespace, key, context.now()) === undefined) throw keyNotFound(key);
  context.db.delete(target.namespace, key);
}

/** Reads one record or answers KEY_NOT_FOUND, which the SDK turns into `undefined`. */
export function readItem(context: KvsContext, target: StoreTarget, key: string): StoredItem {
  validateKey(key, context.limits, target.kind === 'entity' ? 'entity' : 'kvs');
  const item = context.db.get(target.namespace, key, context.now());
  if (item === undefined) throw keyNotFound(key);
  return item;
}
