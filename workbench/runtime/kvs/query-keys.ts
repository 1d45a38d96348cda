import { badRequest } from './kvs-error';
import type { KvsContext } from './kvs-context';
import { itemResponse } from './item-response';
import { pageLimit } from './page-limit';
import { decodeCursor, encodeCursor } from './query-cursor';
import type { QueryRequest } from './request-schemas';

/**
 * `kvs.query()`: plain keys only, in key order, optionally one `key` BEGINS_WITH condition
 * (runtime-reference/storage-api-query: "Queries can only target the key field", "a single
 * where condition", 10 by default, at most 20).
 */
export function queryKeys(context: KvsContext, request: QueryRequest): { data: unknown[]; cursor?: string } {
  const prefix = prefixOf(request.where ?? []);
  const { defaultQueryLimit, maxQueryLimit } = context.limits;
  const limit = pageLimit(request.limit, defaultQueryLimit, maxQueryLimit, 'QUERY_PAGE_LIMIT_NOT_IN_RANGE');
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
  if (rest.length > 0) throw badRequest('INVALID_QUERY', 'A key-value query takes a single where condition.');
  if (condition!.property !== 'key' || condition!.condition !== 'BEGINS_WITH') {
    throw badRequest('INVALID_QUERY', 'Key-value queries can only filter the key with BEGINS_WITH.');
  }
  const [prefix] = condition!.values;
  if (typeof prefix !== 'string') throw badRequest('INVALID_QUERY', 'BEGINS_WITH needs a string prefix.');
  return prefix;
}
