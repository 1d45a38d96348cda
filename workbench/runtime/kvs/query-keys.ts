import { badRequest } from './kvs-error';
import type { KvsContext } from './kvs-context';
import { itemResponse } from './item-response';
import { pageLimit } from './page-limit';
import { decodeCursor, encodeCursor } from './query-cursor';
import type { QueryRequest } from './request-schemas';

/**
 * `kvs.query()`: plain keys only, in key order, optionally one `key` BEGINS_WITH condition
 * (storage-reference/kvs-api-query: "Queries can only target the key field", "a single where
 * condition", 10 by default, at most 100; codes from storage-reference/handling-errors-kvs).
 */
export function queryKeys(context: KvsContext, request: QueryRequest): { data: unknown[]; cursor?: string } {
  const prefix = prefixOf(request.where ?? []);
  const limit = pageLimit(request.limit, context.limits, context.limits.maxQueryLimit, 'LIST_QUERY_LIMIT_EXCEEDED');
  const scope = `kvs:${prefix}`;
  const after = request.after === undefined ? '' : decodeCursor(request.after, scope).key;
  const found = context.db.listByPrefix('kvs', prefix, after, limit + 1, context.now());
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((item) => itemResponse(item, request.options?.metadataFields)),
    ...(found.length > limit && last ? { cursor: encodeCursor({ scope, key: last.key }) } : {}),
  };
}

function prefixOf(where: NonNullable<QueryRequest['where']>): string {
  if (where.length === 0) return '';
  const [condition, ...rest] = where;
  if (rest.length > 0) throw badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.');
  if (condition!.property !== 'key') {
    throw badRequest('QUERY_WHERE_FIELD_INVALID', `Key-value queries can only filter the key, not "${condition!.property}".`);
  }
  if (condition!.condition !== 'BEGINS_WITH') {
    throw badRequest('INVALID_FILTER_CONDITION', `Key-value queries support only BEGINS_WITH, not ${condition!.condition}.`);
  }
  const [prefix, ...more] = condition!.values;
  if (typeof prefix !== 'string' || more.length > 0) throw badRequest('INVALID_FILTER_VALUES', 'BEGINS_WITH takes one string prefix.');
  return prefix;
}
