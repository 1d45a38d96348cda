import { KvsError, badRequest } from './kvs-error';
import type { KvsContext } from './kvs-context';
import { itemResponse } from './item-response';
import type { BatchDeleteRequest, BatchGetRequest, BatchSetRequest } from './request-schemas';
import { targetOf } from './store-target';
import { deleteItem, readItem, writeItem } from './write-item';
import type { z } from 'zod';

interface BatchItemRef {
  key: string;
  entityName?: string | undefined;
}

interface BatchResult {
  successfulKeys: unknown[];
  failedKeys: unknown[];
}

/**
 * Batch operations: each item succeeds or fails on its own (storage-reference/batchops), but
 * the whole batch is refused when empty, over 25 items or naming one key twice.
 */
function runBatch<T extends BatchItemRef>(
  context: KvsContext,
  items: readonly T[],
  perItem: (item: T) => Record<string, unknown>,
): BatchResult {
  if (items.length === 0) throw badRequest('BAD_REQUEST', 'A batch operation needs at least one item.');
  if (items.length > context.limits.maxBatchItems) {
    throw badRequest('TOO_MANY_BATCH_ITEMS', `A batch holds at most ${context.limits.maxBatchItems} items; got ${items.length}.`);
  }
  const seen = new Set<string>();
  for (const item of items) {
    const identity = `${item.entityName ?? ''}\u0000${item.key}`;
    if (seen.has(identity)) throw badRequest('DUPLICATE_KEYS', `Key "${item.key}" appears more than once in the batch.`);
    seen.add(identity);
  }
  const result: BatchResult = { successfulKeys: [], failedKeys: [] };
  for (const item of items) {
    const ref = { key: item.key, ...(item.entityName === undefined ? {} : { entityName: item.entityName }) };
    try {
      result.successfulKeys.push({ ...perItem(item), ...ref });
    } catch (error) {
      if (!(error instanceof KvsError)) throw error;
      result.failedKeys.push({ ...ref, error: { code: error.code, message: error.message } });
    }
  }
  return result;
}

export function batchSet(context: KvsContext, items: z.infer<typeof BatchSetRequest>, payloadBytes: number): BatchResult {
  if (payloadBytes > context.limits.maxPayloadBytes) {
    throw badRequest('MAX_SIZE', `A batch payload is limited to ${context.limits.maxPayloadBytes} bytes; got ${payloadBytes}.`);
  }
  return runBatch(context, items, (item) => {
    writeItem(context, targetOf(context, item.entityName), item.key, item.value, item.options);
    return {};
  });
}

export const batchGet = (context: KvsContext, items: z.infer<typeof BatchGetRequest>): BatchResult =>
  runBatch(context, items, (item) =>
    itemResponse(readItem(context, targetOf(context, item.entityName), item.key), item.options?.metadataFields),
  );

export const batchDelete = (context: KvsContext, items: z.infer<typeof BatchDeleteRequest>): BatchResult =>
  runBatch(context, items, (item) => {
    deleteItem(context, targetOf(context, item.entityName), item.key);
    return {};
  });
