import { badRequest } from './kvs-error';
import { KEY_ATTRIBUTE, type EntitySchema } from './entity-definitions';

/**
 * limits-kvs-ce, "Custom Entity Store limits" → Index: the combined values of an index's range
 * attributes may not exceed 900 bytes, of its partition attributes 1,700 bytes. Forge does not
 * document the code it answers, so this uses the documented code for a bad entity value.
 * Strings count as UTF-8 bytes (a Cyrillic letter is 2, most emoji 4); numbers and booleans
 * as their decimal text, which is never smaller than the store's own encoding of them.
 */
export const MAX_RANGE_BYTES = 900;
export const MAX_PARTITION_BYTES = 1700;

export function validateIndexValues(schema: EntitySchema, key: string, value: Record<string, unknown>): void {
  for (const index of schema.indexes.values()) {
    const sizeOf = (attributes: readonly string[]) =>
      attributes.reduce((total, attribute) => total + byteSize(attribute === KEY_ATTRIBUTE ? key : value[attribute]), 0);
    const range = sizeOf([index.range]);
    const partition = sizeOf(index.partition);
    if (range > MAX_RANGE_BYTES || partition > MAX_PARTITION_BYTES) {
      const [what, size, max] = range > MAX_RANGE_BYTES ? ['range', range, MAX_RANGE_BYTES] : ['partition', partition, MAX_PARTITION_BYTES];
      throw badRequest(
        'INVALID_ENTITY_VALUE',
        `The ${what} values of index "${index.name}" of entity "${schema.name}" take ${size} bytes; at most ${max} are allowed.`,
        { index: index.name, size, maxSize: max },
      );
    }
  }
}

function byteSize(value: unknown): number {
  if (value === undefined) return 0;
  return Buffer.byteLength(typeof value === 'string' ? value : JSON.stringify(value), 'utf8');
}
