import { splitPath } from '../../../workbench/openapi/check-request';
import { dereference, loadSpec } from '../../../workbench/openapi/load-spec';
import { routeRequest, type Product } from '../../../workbench/openapi/route-request';
import { describeErrors, validatorFor } from '../../../workbench/openapi/schema-registry';
import type { ResponseObject } from '../../../workbench/openapi/spec-types';

export interface ResponseToCheck {
  product: Product;
  method: string;
  path: string;
  status: number;
  /** Parsed JSON, or the raw text of the response. */
  body?: unknown;
}

/**
 * Checks a response (e.g. one a local stand-in produces) against the operation's documented
 * response for that status: the status must be documented, and a JSON body must match its schema
 * in the response view (writeOnly properties are not required there).
 */
export function checkResponse(response: ResponseToCheck): { ok: true } | { ok: false; problems: string[] } {
  const routed = routeRequest(response.product, response.method, splitPath(response.path).pathname);
  if (!routed.ok) return routed;
  const { route } = routed;
  const responses = route.operation.responses ?? {};
  const status = String(response.status);
  const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => k in responses);
  const label = `${route.method.toUpperCase()} ${route.pathTemplate}`;
  if (key === undefined) {
    return { ok: false, problems: [`status ${status} is not documented for ${label} (documents ${Object.keys(responses).join(', ')})`] };
  }
  const declared = dereference<ResponseObject>(loadSpec(route.specFile), responses[key] as ResponseObject);
  const schema = declared.content?.['application/json']?.schema ?? declared.content?.['*/*']?.schema;
  if (response.body === undefined || response.body === '' || !schema) return { ok: true };

  let value: unknown = response.body;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch (error) {
      return { ok: false, problems: [`response body is not valid JSON: ${(error as Error).message}`] };
    }
  }
  const validate = validatorFor(route.specFile, 'response', schema);
  return validate(value) ? { ok: true } : { ok: false, problems: describeErrors('response', validate.errors) };
}
