import { checkBody } from './check-body';
import { checkParameters } from './check-parameters';
import type { SpecFile } from './load-spec';
import { operationScopes, type OperationScopes } from './operation-scopes';
import { routeRequest, type Product } from './route-request';

export interface CheckedOperation {
  specFile: SpecFile;
  pathTemplate: string;
  method: string;
  operationId: string | undefined;
  scopes: OperationScopes;
}

export interface RequestToCheck {
  product: Product;
  method: string;
  /** The path exactly as the app sends it, query string included. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export type CheckResult = { ok: true; operation: CheckedOperation } | { ok: false; problems: string[] };

/**
 * Checks one product REST request against Atlassian's published description: the path and method
 * name a current (not deprecated) operation; path, query and header parameters are known and
 * valid; the JSON body matches the operation's request schema.
 */
export function checkRequest(request: RequestToCheck): CheckResult {
  const { pathname, query } = splitPath(request.path);
  const routed = routeRequest(request.product, request.method, pathname);
  if (!routed.ok) return routed;
  const { route } = routed;
  const label = `${route.method.toUpperCase()} ${route.pathTemplate}`;

  const problems: string[] = [];
  if (route.operation.deprecated) problems.push(`deprecated operation: ${label} (${route.specFile})`);
  const headers = request.headers ?? {};
  problems.push(...checkParameters(route, query, headers));
  problems.push(...checkBody(route, request.body, headerValue(headers, 'content-type')));
  if (problems.length) return { ok: false, problems };

  return {
    ok: true,
    operation: {
      specFile: route.specFile,
      pathTemplate: route.pathTemplate,
      method: route.method.toUpperCase(),
      operationId: route.operation.operationId,
      scopes: operationScopes(route.operation),
    },
  };
}

export function splitPath(path: string): { pathname: string; query: URLSearchParams } {
  const at = path.indexOf('?');
  if (at < 0) return { pathname: path, query: new URLSearchParams() };
  return { pathname: path.slice(0, at), query: new URLSearchParams(path.slice(at + 1)) };
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}
