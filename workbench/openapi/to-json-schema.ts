import type { SchemaObject } from './spec-types';

/** Which side of the exchange a schema describes: OpenAPI 3.0 drops readOnly properties from
 *  `required` for requests and writeOnly ones for responses. */
export type Direction = 'request' | 'response';

const NESTED_SINGLE = ['items', 'additionalProperties', 'not'] as const;
const NESTED_LIST = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Rewrites an OpenAPI 3.0 schema object into JSON Schema that ajv understands:
 * `nullable` becomes a `null` type, `$ref` siblings are dropped (3.0 ignores them, ajv would not),
 * draft-4 boolean `exclusiveMinimum/Maximum` become numbers, and local `#/components/...`
 * references are made absolute against `refBase` so they resolve from any compiled fragment.
 */
export function toJsonSchema(schema: unknown, direction: Direction, refBase: string): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const source = schema as SchemaObject;
  if (typeof source.$ref === 'string') {
    return { $ref: source.$ref.startsWith('#') ? refBase + source.$ref : source.$ref };
  }
  const out: SchemaObject = { ...source };
  applyNullable(out);
  applyExclusiveBounds(out);
  out.required = requiredFor(out, direction);
  if (out.required === undefined) delete out.required;

  if (isPlainObject(source.properties)) {
    const properties: SchemaObject = {};
    for (const [name, child] of Object.entries(source.properties)) {
      properties[name] = toJsonSchema(child, direction, refBase);
    }
    out.properties = properties;
  }
  for (const keyword of NESTED_SINGLE) {
    if (isPlainObject(source[keyword])) out[keyword] = toJsonSchema(source[keyword], direction, refBase);
  }
  for (const keyword of NESTED_LIST) {
    const list = source[keyword];
    if (Array.isArray(list)) out[keyword] = list.map((child) => toJsonSchema(child, direction, refBase));
  }
  return out;
}

/** Converts every schema under `components.schemas` of a document. */
export function convertComponentSchemas(
  schemas: Record<string, SchemaObject> | undefined,
  direction: Direction,
  refBase: string,
): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas ?? {})) {
    converted[name] = toJsonSchema(schema, direction, refBase);
  }
  return converted;
}

function applyNullable(out: SchemaObject): void {
  if (out.nullable !== true) {
    delete out.nullable;
    return;
  }
  delete out.nullable;
  if (typeof out.type === 'string') out.type = [out.type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

function applyExclusiveBounds(out: SchemaObject): void {
  if (typeof out.exclusiveMinimum === 'boolean') {
    if (out.exclusiveMinimum && typeof out.minimum === 'number') {
      out.exclusiveMinimum = out.minimum;
      delete out.minimum;
    } else delete out.exclusiveMinimum;
  }
  if (typeof out.exclusiveMaximum === 'boolean') {
    if (out.exclusiveMaximum && typeof out.maximum === 'number') {
      out.exclusiveMaximum = out.maximum;
      delete out.maximum;
    } else delete out.exclusiveMaximum;
  }
}

function requiredFor(out: SchemaObject, direction: Direction): string[] | undefined {
  if (!Array.isArray(out.required)) return undefined;
  const properties = isPlainObject(out.properties) ? out.properties : {};
  const hiddenFlag = direction === 'request' ? 'readOnly' : 'writeOnly';
  return (out.required as string[]).filter((name) => {
    const property = properties[name];
    return !(isPlainObject(property) && property[hiddenFlag] === true);
  });
}

function isPlainObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
