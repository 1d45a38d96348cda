import { dereference, loadSpec } from './load-spec';
import type { RoutedOperation } from './route-request';
import { describeErrors, validatorFor } from './schema-registry';
import type { MediaTypeObject, RequestBodyObject } from './spec-types';

/** Checks presence, media type and (for JSON) the schema of a request body. A string body is
 *  taken as the raw text on the wire, as `@forge/api` sends it. */
export function checkBody(route: RoutedOperation, body: unknown, contentType: string | undefined): string[] {
  const hasBody = body !== undefined && body !== null && body !== '';
  if (!route.operation.requestBody) {
    return hasBody ? [`${describe(route)} takes no request body, but one was sent`] : [];
  }
  const requestBody = dereference<RequestBodyObject>(loadSpec(route.specFile), route.operation.requestBody);
  if (!hasBody) return requestBody.required ? [`request body is required by ${describe(route)}`] : [];

  const content = requestBody.content ?? {};
  const media = pickMediaType(content, contentType);
  if (!media) {
    return [`content type '${contentType}' is not accepted by ${describe(route)} (accepts ${Object.keys(content).join(', ')})`];
  }
  if (!isJson(media.name)) return [];
  const parsed = parseJson(body);
  if (!parsed.ok) return [`request body is not valid JSON: ${parsed.problem}`];
  if (!media.object.schema) return [];
  const validate = validatorFor(route.specFile, 'request', media.object.schema);
  return validate(parsed.value) ? [] : describeErrors('body', validate.errors);
}

function pickMediaType(
  content: Record<string, MediaTypeObject>,
  contentType: string | undefined,
): { name: string; object: MediaTypeObject } | undefined {
  const names = Object.keys(content);
  const wanted = contentType?.split(';')[0]?.trim().toLowerCase();
  const name = wanted
    ? names.find((n) => n.toLowerCase() === wanted) ?? names.find((n) => n === '*/*')
    : names.find((n) => n === 'application/json') ?? names.find(isJson) ?? names[0];
  if (name === undefined) return undefined;
  return { name: name === '*/*' && wanted ? wanted : name, object: content[name] as MediaTypeObject };
}

function isJson(mediaType: string): boolean {
  return mediaType === '*/*' || mediaType === 'application/json' || mediaType.endsWith('+json');
}

function parseJson(body: unknown): { ok: true; value: unknown } | { ok: false; problem: string } {
  if (typeof body !== 'string') return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

function describe(route: RoutedOperation): string {
  return `${route.method.toUpperCase()} ${route.pathTemplate}`;
}
