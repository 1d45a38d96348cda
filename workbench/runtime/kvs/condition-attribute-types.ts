import { KvsError } from './kvs-error';
import { KEY_ATTRIBUTE, type AttributeType, type EntitySchema } from './entity-definitions';

const ORDERED: readonly AttributeType[] = ['string', 'integer', 'float'];
const SCALAR: readonly AttributeType[] = ['string', 'integer', 'float', 'boolean'];

/**
 * The attribute types each condition supports, from the tables of
 * storage-reference/entities-api-query ("where" and "filters" → Conditions). `any` is in no row:
 * "Attributes declared as type any are not supported in filter conditions … Using them results
 * in a 422 Unprocessable Entity error". `contains`/`notContains` take strings only.
 */
const SUPPORTED_TYPES: Record<string, readonly AttributeType[]> = {
  BEGINS_WITH: ['string'],
  BETWEEN: ORDERED,
  GREATER_THAN: ORDERED,
  GREATER_THAN_EQUAL_TO: ORDERED,
  LESS_THAN: ORDERED,
  LESS_THAN_EQUAL_TO: ORDERED,
  EQUAL_TO: SCALAR,
  NOT_EQUAL_TO: SCALAR,
  EXISTS: SCALAR,
  NOT_EXISTS: SCALAR,
  CONTAINS: ['string'],
  NOT_CONTAINS: ['string'],
};

/**
 * The docs give the status (422) but no code; this emulator names the code after that status.
 * The same answer is used for any other type a condition's table does not list (e.g.
 * `contains` on an integer), where the docs name neither.
 */
export const UNSUPPORTED_ATTRIBUTE_TYPE_CODE = 'UNPROCESSABLE_ENTITY';

/**
 * Refuses a condition on an attribute whose declared type the condition does not support.
 * Undeclared attributes are left to the filter (they never match), as the docs say nothing of them.
 */
export function checkAttributeType(schema: EntitySchema, property: string, condition: string): void {
  const type: AttributeType | undefined = property === KEY_ATTRIBUTE ? 'string' : schema.attributes[property];
  const supported = SUPPORTED_TYPES[condition];
  if (type === undefined || supported === undefined || supported.includes(type)) return;
  throw new KvsError(
    422,
    UNSUPPORTED_ATTRIBUTE_TYPE_CODE,
    `Condition ${condition} does not support attribute "${property}" of type ${type} in entity "${schema.name}"; it takes ${supported.join(', ')}.`,
    { attribute: property, type, condition },
  );
}
