import { badRequest } from './kvs-error';
import type { AttributeType, EntitySchema } from './entity-definitions';

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;
// limits-kvs-ce / entities-manifest "Values": a float is 0 or 1E-130 ≤ |x| ≤ 9.99E+125 (the
// DynamoDB number range Forge stores floats in); anything outside is refused, not rounded.
const FLOAT_MIN_MAGNITUDE = 1e-130;
const FLOAT_MAX_MAGNITUDE = 9.99e125;

/**
 * Holds an entity value to its declared attribute types
 * (developer.atlassian.com/platform/forge/storage-reference/entities-manifest, "Values";
 * error code from storage-reference/entities-errorhandling).
 * Undeclared attributes are refused too: stricter than we can confirm Forge is, so code
 * that works here does not depend on attributes production would not index or keep.
 */
export function validateEntityValue(schema: EntitySchema, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw badRequest('INVALID_ENTITY_VALUE', `A "${schema.name}" entity value must be an object of attributes.`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const type = schema.attributes[attribute];
    if (type === undefined) {
      throw badRequest('INVALID_ENTITY_VALUE', `Attribute "${attribute}" is not declared for entity "${schema.name}".`, {
        attribute,
      });
    }
    if (attributeValue === undefined) continue;
    const problem = problemWith(type, attributeValue);
    if (problem !== undefined) {
      throw badRequest('INVALID_ENTITY_VALUE', `Attribute "${attribute}" of entity "${schema.name}" ${problem}.`, {
        attribute,
        type,
      });
    }
  }
}

/** Why a value does not fit its declared type, or undefined when it does. */
function problemWith(type: AttributeType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      if (typeof value !== 'string') return 'must be of type string';
      // limits-kvs-ce / entities-manifest: "string" values must be non-empty and contain at
      // least one non-whitespace character; production answers INVALID_ENTITY_VALUE.
      return /\S/u.test(value) ? undefined : 'must be a non-empty string with a non-whitespace character (omit it instead)';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX
        ? undefined
        : 'must be of type integer (32-bit)';
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'must be of type float';
      return value === 0 || (Math.abs(value) >= FLOAT_MIN_MAGNITUDE && Math.abs(value) <= FLOAT_MAX_MAGNITUDE)
        ? undefined
        : 'must be 0 or between 1E-130 and 9.99E+125 in magnitude';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be of type boolean';
    case 'any':
      return undefined;
  }
}
