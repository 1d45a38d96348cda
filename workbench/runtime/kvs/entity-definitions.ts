import { z } from 'zod';

/**
 * Custom entity declarations in the shape of manifest.yml `app.storage.entities`
 * (developer.atlassian.com/platform/forge/runtime-reference/custom-entities).
 */
export const AttributeType = z.enum(['string', 'integer', 'float', 'boolean', 'any']);
export type AttributeType = z.infer<typeof AttributeType>;

// limits-kvs-ce, "Custom Entity Store limits": index names are 3–50 characters of
// a-zA-Z0-9:-_., not beginning or ending with "." and without "..".
const INDEX_NAME = z
  .string()
  .min(3, 'index names are at least 3 characters')
  .max(50, 'index names are at most 50 characters')
  .regex(/^(?!\.)(?!.*\.\.)[a-zA-Z0-9:\-_.]*(?<!\.)$/, 'index names are a-zA-Z0-9:-_. without a leading/trailing "." or ".."');
// Same page: attribute names match [_A-Za-z][_0-9A-Za-z]* and are at most 30 characters.
const ATTRIBUTE_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,29}$/;

const IndexDeclaration = z.union([
  INDEX_NAME,
  z.object({
    name: INDEX_NAME,
    // The manifest schema takes a one-element list; the legacy SDK's tests also wrote a bare string.
    range: z.union([z.array(z.string().min(1)).length(1), z.string().min(1)]),
    partition: z.array(z.string().min(1)).optional(),
  }),
]);

/** limits-kvs-ce: at most 20 entities per app, 50 attributes and 7 custom indexes per entity. */
export const MAX_ENTITIES = 20;
export const MAX_ATTRIBUTES = 50;
export const MAX_CUSTOM_INDEXES = 7;

export const EntityDefinition = z.object({
  // limits-kvs-ce: 3–60 characters of a-z0-9:-_., not starting with "-" or "_", not beginning or
  // ending with ".", without "..". (`@forge/manifest` lets a leading "_" through; Forge does not.)
  name: z
    .string()
    .regex(
      /^(?![-_.])(?!.*\.\.)[a-z0-9:\-_.]{3,60}(?<!\.)$/,
      'entity names are 3–60 characters of a-z0-9:-_., not starting with "-", "_" or ".", not ending with ".", without ".."',
    ),
  attributes: z
    .record(z.string(), z.looseObject({ type: AttributeType }))
    .superRefine((attributes, context) => {
      const names = Object.keys(attributes);
      if (names.length > MAX_ATTRIBUTES) context.addIssue({ code: 'custom', message: `an entity has at most ${MAX_ATTRIBUTES} attributes` });
      for (const name of names.filter((candidate) => !ATTRIBUTE_NAME.test(candidate))) {
        context.addIssue({ code: 'custom', path: [name], message: 'attribute names match [_A-Za-z][_0-9A-Za-z]* and are at most 30 characters' });
      }
    }),
  indexes: z.array(IndexDeclaration).max(MAX_CUSTOM_INDEXES, `an entity has at most ${MAX_CUSTOM_INDEXES} custom indexes`).optional(),
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
  if (definitions.length > MAX_ENTITIES) {
    throw new Error(`An app declares at most ${MAX_ENTITIES} custom entities; got ${definitions.length}.`);
  }
  const schemas = new Map<string, EntitySchema>();
  for (const raw of definitions) {
    const parsed = EntityDefinition.safeParse(raw);
    if (!parsed.success) throw new Error(`Custom entity declaration is not valid: ${describeIssues(parsed.error)}`);
    const definition = parsed.data;
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
      // limits-kvs-ce / entities-manifest: index attributes cannot be of type `any`.
      if (attributes[attribute] === 'any') {
        throw new Error(`Index "${index.name}" of entity "${definition.name}" uses attribute "${attribute}" of type any; Forge cannot index it.`);
      }
    }
    if (indexes.has(index.name)) throw new Error(`Entity "${definition.name}" declares index "${index.name}" twice.`);
    indexes.set(index.name, index);
  }
  return { name: definition.name, attributes, indexes };
}

/** Every issue as "path: message", so a bad manifest says which declaration is wrong. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}
