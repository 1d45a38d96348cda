import { badRequest } from './kvs-error';
import { checkCondition, matchCondition, type Condition } from './match-condition';

export type FilterItem = Condition & { property: string };
export interface Filters {
  and?: FilterItem[];
  or?: FilterItem[];
}

/** Refuses filter shapes Forge documents as errors (storage-reference/handling-errors-customentities). */
export function checkFilters(filters: Filters): void {
  if (filters.and !== undefined && filters.or !== undefined) {
    throw badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  }
  const items = filters.and ?? filters.or;
  if (items === undefined || items.length === 0) {
    throw badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  for (const item of items) checkCondition(item);
}

/** Whether an entity value passes `{ and: [...] }` or `{ or: [...] }` filters on its attributes. */
export function matchFilters(value: Record<string, unknown>, filters: Filters): boolean {
  const test = (item: FilterItem) => matchCondition(value[item.property], item);
  if (filters.and) return filters.and.every(test);
  if (filters.or) return filters.or.some(test);
  return true;
}
