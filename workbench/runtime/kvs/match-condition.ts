import { badRequest } from './kvs-error';

/** One condition as @forge/kvs sends it: `{ condition: 'BETWEEN', values: [a, b] }`. */
export interface Condition {
  condition: string;
  values: unknown[];
}

const ARITY: Record<string, number> = {
  BEGINS_WITH: 1,
  BETWEEN: 2,
  CONTAINS: 1,
  NOT_CONTAINS: 1,
  EQUAL_TO: 1,
  NOT_EQUAL_TO: 1,
  EXISTS: 1,
  NOT_EXISTS: 1,
  GREATER_THAN: 1,
  GREATER_THAN_EQUAL_TO: 1,
  LESS_THAN: 1,
  LESS_THAN_EQUAL_TO: 1,
};

/** Refuses conditions Forge would refuse before any data is read. */
export function checkCondition(condition: Condition, allowed: readonly string[] = Object.keys(ARITY)): void {
  const arity = ARITY[condition.condition];
  if (arity === undefined || !allowed.includes(condition.condition)) {
    throw badRequest('INVALID_CONDITION', `Condition ${condition.condition} is not supported here; use one of ${allowed.join(', ')}.`);
  }
  if (condition.values.length < arity) {
    throw badRequest(
      'INSUFFICIENT_FILTER_VALUES',
      `The ${condition.condition} condition needs ${arity} value${arity > 1 ? 's' : ''}.`,
    );
  }
}

/**
 * Whether a stored attribute value (undefined when absent) satisfies a condition. Comparisons
 * only hold between values of one type, as in the DynamoDB-style stores Forge is built on.
 */
export function matchCondition(actual: unknown, { condition, values }: Condition): boolean {
  const [first, second] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual !== undefined && actual === first;
    case 'NOT_EQUAL_TO':
      return actual !== first;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && typeof first === 'string' && actual.startsWith(first);
    case 'CONTAINS':
      return contains(actual, first);
    case 'NOT_CONTAINS':
      return !contains(actual, first);
    case 'BETWEEN':
      return comparable(actual, first, second) && compare(actual, first) >= 0 && compare(actual, second) <= 0;
    case 'GREATER_THAN':
      return comparable(actual, first) && compare(actual, first) > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return comparable(actual, first) && compare(actual, first) >= 0;
    case 'LESS_THAN':
      return comparable(actual, first) && compare(actual, first) < 0;
    case 'LESS_THAN_EQUAL_TO':
      return comparable(actual, first) && compare(actual, first) <= 0;
    default:
      return false;
  }
}

// Substring only: the docs allow contains/notContains on string attributes alone, and any
// other type is refused before matching (condition-attribute-types.ts).
function contains(actual: unknown, needle: unknown): boolean {
  return typeof actual === 'string' && typeof needle === 'string' && actual.includes(needle);
}

function comparable(...values: unknown[]): boolean {
  const type = typeof values[0];
  return (type === 'string' || type === 'number') && values.every((value) => typeof value === type);
}

/** Orders two values of one scalar type; strings compare by code unit, as the store's keys do. */
export function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
