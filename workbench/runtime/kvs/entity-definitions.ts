import { z } from 'zod';

/**
 * Custom entity declarations in the shape of manifest.yml `app.storage.entities`
 * (developer.atlassian.com/platform/forge/runtime-reference/custom-entities).
 */
export const AttributeType = z.enum(['string', 'integer', 'float', 'boolean', 'any']);
export type AttributeType = z.infer<typeof AttributeType>;

const IndexDeclaration = z.union([
  z.string().min(1),
  z.object({
    name: z.string().min(1),
    // The manifest schema takes a one-element list; the legacy SDK's tests also wrote a bare string.
    range: z.union([z.array(z.string().min(1)).length(1), z.string().min(1)]),
    partition: z.array(z.string().min(1)).optional(),
  }),
]);

export const EntityDefinition = z.object({
  name: z.string().regex(/^[a-z0-9:\-_.]{3,60}$/, 'entity names are 3–60 characters of a-z0-9:-_.'),
  attributes: z.record(z.string(), z.looseObject({ type: AttributeType })),
  indexes: z.array(IndexDeclaration).optional(),
});
export type EntityDefinition = z.infer<typeof EntityDefinition>;

/** Every index as partition attributes + one range attribute; `key` means the entity key itself. */
export interface EntityIndex {
  name: string;
  partition: string[];
  range: string;
}

export interface EntitySchema {
  name: string;
  attributes: Record<string, AttributeType>;
  indexes: Map<string, EntityIndex>;
}

/** An index over the entity key, always present; @forge/kvs's own tests query it by this name. */
export const BY_KEY_INDEX = 'by-key';
// A name no declared attribute can have (attribute names match [_A-Za-z][_0-9A-Za-z]*).
export const KEY_ATTRIBUTE = '#key';

export function buildEntitySchemas(definitions: readonly unknown[]): Map<string, EntitySchema> {
  const schemas = new Map<string, EntitySchema>();
  for (const raw of definitions) {
    const definition = EntityDefinition.parse(raw);
    if (schemas.has(definition.name)) throw new Error(`Custom entity "${definition.name}" is declared twice.`);
    schemas.set(definition.name, toSchema(definition));
  }
  return schemas;
}

function toSchema(definition: EntityDefinition): EntitySchema {
  const attributes = Object.fromEntries(
    Object.entries(definition.attributes).map(([name, attribute]) => [name, attribute.type]),
  );
  const indexes = new Map<string, EntityIndex>([[BY_KEY_INDEX, { name: BY_KEY_INDEX, partition: [], range: KEY_ATTRIBUTE }]]);
  for (const declaration of definition.indexes ?? []) {
    const index: EntityIndex =
      typeof declaration === 'string'
        ? { name: declaration, partition: [], range: declaration }
        : { name: declaration.name, partition: declaration.partition ?? [], range: typeof declaration.range === 'string' ? declaration.range : declaration.range[0]! };
    for (const attribute of [...index.partition, index.range]) {
      if (!(attribute in attributes)) {
        throw new Error(`Index "${index.name}" of entity "${definition.name}" uses undeclared attribute "${attribute}".`);
      }
    }
    if (indexes.has(index.name)) throw new Error(`Entity "${definition.name}" declares index "${index.name}" twice.`);
    indexes.set(index.name, index);
  }
  return { name: definition.name, attributes, indexes };
}
