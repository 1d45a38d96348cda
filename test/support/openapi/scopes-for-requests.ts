import { splitPath } from '../../../workbench/openapi/check-request';
import { operationScopes, type OperationScopes } from '../../../workbench/openapi/operation-scopes';
import type { RecordedRequest } from './recorded-request';
import { routeRequest } from '../../../workbench/openapi/route-request';

export interface OperationNeed {
  /** e.g. 'POST /wiki/rest/api/content/{id}/permission/check' */
  operation: string;
  scopes: OperationScopes;
}

export interface ScopesForRequests {
  /** One entry per distinct operation the requests reach. */
  operations: OperationNeed[];
  /** Union of the classic sets: what a classic-scoped manifest needs. */
  classic: string[];
  /** Union of the granular sets: what a granular-scoped manifest needs. */
  granular: string[];
  /** Requests that name no operation in the specs (scopes cannot be derived for them). */
  unroutable: Array<{ request: RecordedRequest; problems: string[] }>;
}

/** Derives the scopes the requests need from each operation's declared scopes. Only routing is
 *  checked here; use checkRequest for parameters and bodies. */
export function scopesForRequests(requests: readonly RecordedRequest[]): ScopesForRequests {
  const operations = new Map<string, OperationNeed>();
  const unroutable: ScopesForRequests['unroutable'] = [];
  for (const request of requests) {
    const routed = routeRequest(request.remote, request.method, splitPath(request.path).pathname);
    if (!routed.ok) {
      unroutable.push({ request, problems: routed.problems });
      continue;
    }
    const label = `${routed.route.method.toUpperCase()} ${routed.route.pathTemplate}`;
    if (!operations.has(label)) operations.set(label, { operation: label, scopes: operationScopes(routed.route.operation) });
  }
  const needs = [...operations.values()];
  return {
    operations: needs,
    classic: union(needs.map((need) => need.scopes.classic ?? [])),
    granular: union(needs.map((need) => need.scopes.granular ?? [])),
    unroutable,
  };
}

function union(lists: string[][]): string[] {
  return [...new Set(lists.flat())].sort();
}
