import { dereference, loadSpec } from './load-spec';
import { coerceParameter } from './coerce-parameter';
import type { RoutedOperation } from './route-request';
import { describeErrors, validatorFor } from './schema-registry';
import type { ParameterObject, SchemaObject } from './spec-types';

/** The operation's parameters, path-level ones overridden by operation-level ones of the same name. */
export function operationParameters(route: RoutedOperation): ParameterObject[] {
  const doc = loadSpec(route.specFile);
  const byKey = new Map<string, ParameterObject>();
  for (const entry of [...(route.pathItem.parameters ?? []), ...(route.operation.parameters ?? [])]) {
    const parameter = dereference<ParameterObject>(doc, entry);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

export function checkParameters(
  route: RoutedOperation,
  query: URLSearchParams,
  headers: Record<string, string>,
): string[] {
  const parameters = operationParameters(route);
  const problems: string[] = [];
  const lowerHeaders = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

  for (const parameter of parameters) {
    const raw = rawValues(parameter, route, query, lowerHeaders);
    const label = `${parameter.in} parameter '${parameter.name}'`;
    if (raw === undefined) {
      if (parameter.required || parameter.in === 'path') problems.push(`${label} is required but missing`);
      continue;
    }
    if (parameter.deprecated) problems.push(`${label} is deprecated`);
    problems.push(...checkValue(route, parameter, raw, label));
  }

  const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(query.keys())) {
    if (!known.has(name)) {
      const allowed = [...known].sort().join(', ') || 'none';
      problems.push(`unknown query parameter '${name}' (${route.pathTemplate} accepts: ${allowed})`);
    }
  }
  return problems;
}

function rawValues(
  parameter: ParameterObject,
  route: RoutedOperation,
  query: URLSearchParams,
  headers: Map<string, string>,
): string[] | undefined {
  switch (parameter.in) {
    case 'path': {
      const value = route.pathValues[parameter.name];
      return value === undefined ? undefined : [value];
    }
    case 'query': {
      const values = query.getAll(parameter.name);
      return values.length ? values : undefined;
    }
    case 'header': {
      const value = headers.get(parameter.name.toLowerCase());
      return value === undefined ? undefined : [value];
    }
    default:
      return undefined;
  }
}

function checkValue(route: RoutedOperation, parameter: ParameterObject, raw: string[], label: string): string[] {
  if (!parameter.schema) return [];
  const coerced = coerceParameter(loadSpec(route.specFile), parameter.schema, raw);
  if (!coerced.ok) return [`${label}: ${coerced.problem}`];
  const validate = validatorFor(route.specFile, 'request', parameter.schema as SchemaObject);
  return validate(coerced.value) ? [] : describeErrors(label, validate.errors);
}
