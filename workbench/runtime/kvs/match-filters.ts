import { badRequest } from './kvs-error';
import { checkAttributeType } from './condition-attribute-types';
import type { EntitySchema } from './entity-definitions';
import { checkCondition, matchCondition, type Condition } from './match-condition';

export type FilterItem = Condition & { property: string };
export interface Filters {
  and?: FilterItem[];
  or?: FilterItem[];
}

/**
 * Refuses filter shapes Forge documents as errors (storage-reference/entities-errorhandling),
 * and conditions on attribute types they do not support (entities-api-query).
 */
export function checkFilters(filters: Filters, schema: EntitySchema): void {
  if (filters.and !== undefined && filters.or !== undefined) {
    throw badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  }
  const items = filters.and ?? filters.or;
  if (items === undefined || items.length === 0) {
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  for (const item of items) {
    checkCondition(item);
    checkAttributeType(schema, item.property, item.condition);
  }
}

/** Whether an entity value passes `{ and: [...] }` or `{ or: [...] }` filters on its attributes. */
export function matchFilters(value: Record<string, unknown>, filters: Filters): boolean {
  const test = (item: FilterItem) => matchCondition(value[item.property], item);
  if (filters.and) return filters.and.every(test);
  if (filters.or) return filters.or.some(test);
  return true;
}

/** How many conditions the filters hold; a complex query may carry at most 100 in all. */
export const conditionCount = (filters: Filters | undefined): number => (filters?.and ?? filters?.or ?? []).length;
