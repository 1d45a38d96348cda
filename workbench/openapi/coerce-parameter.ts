import { dereference } from './load-spec';
import type { OpenApiDocument, SchemaObject } from './spec-types';

export type Coerced = { ok: true; value: unknown } | { ok: false; problem: string };

/**
 * Turns the raw text(s) of a path, query or header parameter into the JSON value its schema
 * describes, so ajv can check enums, bounds and formats. Arrays take repeated parameters
 * (OpenAPI's default form/explode style) and comma-separated lists, both of which Atlassian accepts.
 */
export function coerceParameter(doc: OpenApiDocument, schema: SchemaObject, raw: string[]): Coerced {
  const shape = dereference<SchemaObject>(doc, schema);
  if (shape.type === 'array') {
    const itemSchema = (shape.items ?? {}) as SchemaObject;
    const items = raw.flatMap((value) => value.split(','));
    const values: unknown[] = [];
    for (const item of items) {
      const coerced = coerceScalar(doc, itemSchema, item);
      if (!coerced.ok) return coerced;
      values.push(coerced.value);
    }
    return { ok: true, value: values };
  }
  if (raw.length > 1) return { ok: false, problem: `given ${raw.length} times but takes a single value` };
  return coerceScalar(doc, shape, raw[0] ?? '');
}

function coerceScalar(doc: OpenApiDocument, schema: SchemaObject, text: string): Coerced {
  const type = dereference<SchemaObject>(doc, schema).type;
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, problem: `'${text}' is not an integer` };
    case 'number':
      return text.trim() !== '' && Number.isFinite(Number(text))
        ? { ok: true, value: Number(text) }
        : { ok: false, problem: `'${text}' is not a number` };
    case 'boolean':
      return text === 'true' || text === 'false'
        ? { ok: true, value: text === 'true' }
        : { ok: false, problem: `'${text}' is not a boolean (true or false)` };
    default:
      return { ok: true, value: text };
  }
}
