import { badRequest } from './kvs-error';
import type { AttributeType, EntitySchema } from './entity-definitions';

const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

/**
 * Holds an entity value to its declared attribute types
 * (developer.atlassian.com/platform/forge/storage-reference/storage-api-custom-entities).
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
    if (attributeValue !== undefined && !fitsType(type, attributeValue)) {
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `Attribute "${attribute}" of entity "${schema.name}" must be of type ${type}.`,
        { attribute, type },
      );
    }
  }
}

function fitsType(type: AttributeType, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX;
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return true;
  }
}
