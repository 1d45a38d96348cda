import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { loadSpec, type SpecFile } from './load-spec';
import { registerFormats, registerUnknownFormats } from './register-formats';
import { convertComponentSchemas, toJsonSchema, type Direction } from './to-json-schema';

interface SpecValidators {
  ajv: Ajv;
  compiled: Record<Direction, WeakMap<object, ValidateFunction>>;
}

const registries = new Map<SpecFile, SpecValidators>();

function documentId(file: SpecFile, direction: Direction): string {
  return `https://openapi.checker.local/${file}/${direction}`;
}

/** One ajv per spec, holding the converted components twice (request and response view);
 *  ajv compiles referenced schemas lazily, so the 2.4 MB Jira spec costs only what is used. */
function registryFor(file: SpecFile): SpecValidators {
  let registry = registries.get(file);
  if (registry) return registry;
  const doc = loadSpec(file);
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  registerFormats(ajv);
  registerUnknownFormats(ajv, collectFormats(doc));
  for (const direction of ['request', 'response'] as const) {
    const id = documentId(file, direction);
    ajv.addSchema(
      { $id: id, components: { schemas: convertComponentSchemas(doc.components?.schemas, direction, id) } },
      undefined,
      undefined,
      false,
    );
  }
  registry = { ajv, compiled: { request: new WeakMap(), response: new WeakMap() } };
  registries.set(file, registry);
  return registry;
}

/** A compiled validator for a schema object found anywhere in the spec (cached per object). */
export function validatorFor(file: SpecFile, direction: Direction, schema: object): ValidateFunction {
  const registry = registryFor(file);
  const cache = registry.compiled[direction];
  let validate = cache.get(schema);
  if (!validate) {
    const converted = toJsonSchema(schema, direction, documentId(file, direction)) as object;
    validate = registry.ajv.compile(converted);
    cache.set(schema, validate);
  }
  return validate;
}

/** Ajv errors as one readable line each, prefixed with where the value sits (e.g. `body/subject`). */
export function describeErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${where}${error.instancePath}: ${describeError(error)}`);
}

function describeError(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return `must not have property '${String(params.additionalProperty)}'`;
    case 'required':
      return `missing required property '${String(params.missingProperty)}'`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? error.keyword;
  }
}

function collectFormats(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) collectFormats(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'format' && typeof child === 'string') found.add(child);
      else collectFormats(child, found);
    }
  }
  return found;
}
