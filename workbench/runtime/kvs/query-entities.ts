import { badRequest } from './kvs-error';
import { KEY_ATTRIBUTE, type EntityIndex } from './entity-definitions';
import type { StoredItem } from './kvs-database';
import type { KvsContext } from './kvs-context';
import { itemResponse } from './item-response';
import { checkCondition, compare, matchCondition } from './match-condition';
import { checkAttributeType } from './condition-attribute-types';
import { checkFilters, conditionCount, matchFilters } from './match-filters';
import { pageLimit } from './page-limit';
import { decodeCursor, encodeCursor, type CursorPosition } from './query-cursor';
import type { EntityQueryRequest } from './request-schemas';
import { entityTarget } from './store-target';

const RANGE_CONDITIONS = [
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
];

interface IndexedItem {
  item: StoredItem;
  sortValue: string | number | boolean | null;
}

/**
 * `kvs.entity(name).query().index(...)`: the items in the index's partition, ordered by the
 * range attribute then key, narrowed by the range condition and filters, then paged.
 * Items lacking an index attribute are not in that index (sparse, like the store Forge uses).
 * The page is cut from the index first and the `and`/`or` filters applied to it afterwards:
 * entities-api-query calls them "in-memory filters" that "can sometimes produce pages with no
 * results, with cursor pointing to the next page", so code must follow the cursor, not stop
 * on a short or empty page.
 */
export function queryEntities(context: KvsContext, request: EntityQueryRequest): { data: unknown[]; cursor?: string } {
  const target = entityTarget(context, request.entityName);
  const index = target.entity!.indexes.get(request.indexName);
  if (index === undefined) {
    throw badRequest('INVALID_ENTITY_INDEX', `Entity "${request.entityName}" has no index "${request.indexName}".`);
  }
  const partition = checkPartition(index, request.partition ?? []);
  const schema = target.entity!;
  if (request.range) {
    checkCondition(request.range, RANGE_CONDITIONS);
    checkAttributeType(schema, index.range, request.range.condition);
  }
  if (request.filters) checkFilters(request.filters, schema);
  checkConditionCount((request.range ? 1 : 0) + conditionCount(request.filters));
  const limit = pageLimit(request.limit, context.limits, context.limits.maxEntityQueryLimit, 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE');
  const direction = request.sort === 'DESC' ? -1 : 1;
  const scope = `entity:${request.entityName}:${index.name}:${direction}:${JSON.stringify(partition)}`;
  const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor, scope);

  const ordered = context.db
    .listAll(target.namespace, context.now())
    .flatMap((item) => indexed(item, index, partition))
    .filter(({ sortValue }) => !request.range || matchCondition(sortValue, request.range))
    .sort((a, b) => direction * compareEntries(a, b))
    .filter((entry) => after === undefined || direction * compareEntries(entry, after) > 0);

  const page = ordered.slice(0, limit);
  const last = page[page.length - 1];
  const metadataFields = request.options?.metadataFields ?? request.metadataFields;
  const filters = request.filters;
  const kept = filters === undefined ? page : page.filter(({ item }) => matchFilters(item.value as Record<string, unknown>, filters));
  return {
    data: kept.map(({ item }) => itemResponse(item, metadataFields)),
    ...(ordered.length > limit && last
      ? { cursor: encodeCursor({ scope, key: last.item.key, sortValue: last.sortValue }) }
      : {}),
  };
}

/**
 * limits-kvs-ce: "each complex query can only have a maximum of 100 conditions" across where,
 * andFilter and orFilter. The code is undocumented; this emulator's choice.
 */
const MAX_QUERY_CONDITIONS = 100;
function checkConditionCount(count: number): void {
  if (count > MAX_QUERY_CONDITIONS) {
    throw badRequest('TOO_MANY_CONDITIONS', `A query can hold at most ${MAX_QUERY_CONDITIONS} conditions; got ${count}.`);
  }
}

function checkPartition(index: EntityIndex, partition: readonly unknown[]): readonly unknown[] {
  if (partition.length !== index.partition.length) {
    throw badRequest(
      'INVALID_PARTITION',
      index.partition.length === 0
        ? `Index "${index.name}" has no partition; query it without partition values.`
        : `Index "${index.name}" is partitioned by ${index.partition.join(', ')}; pass ${index.partition.length} partition value(s).`,
    );
  }
  return partition;
}

function indexed(item: StoredItem, index: EntityIndex, partition: readonly unknown[]): IndexedItem[] {
  const value = item.value as Record<string, unknown>;
  const inPartition = index.partition.every((attribute, position) => value[attribute] === partition[position]);
  const rangeValue = index.range === KEY_ATTRIBUTE ? item.key : value[index.range];
  if (!inPartition || rangeValue === undefined) return [];
  const sortValue =
    typeof rangeValue === 'string' || typeof rangeValue === 'number' || typeof rangeValue === 'boolean' || rangeValue === null
      ? rangeValue
      : JSON.stringify(rangeValue);
  return [{ item, sortValue }];
}

function compareEntries(a: IndexedItem, b: IndexedItem | CursorPosition): number {
  const bKey = 'item' in b ? b.item.key : b.key;
  return compare(a.sortValue, b.sortValue) || compare(a.item.key, bKey);
}
