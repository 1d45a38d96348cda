import { scopeAlternatives } from '../../../workbench/openapi/operation-scopes';
import type { RecordedRequest } from './recorded-request';
import { scopesForRequests, type OperationNeed } from './scopes-for-requests';

export interface ScopeCoverage {
  /** Operations for which neither the classic nor the granular set is fully in the manifest. */
  uncovered: OperationNeed[];
  /** Manifest scopes that no request needs and the caller did not list as non-REST needs. */
  unused: string[];
  /** Non-REST scopes the caller needs (e.g. storage:app) that the manifest lacks. */
  missingNonRest: string[];
  unroutable: Array<{ request: RecordedRequest; problems: string[] }>;
}

/**
 * Decides whether `permissions.scopes` grants every request (an operation is granted when its
 * classic set or its granular set is fully present, as Forge's own check does) and which
 * scopes are surplus. Scopes outside the REST specs, such as `storage:app` for Forge storage,
 * come from the caller's explicit `nonRestScopes`.
 */
export function checkScopeCoverage(
  manifestScopes: readonly string[],
  requests: readonly RecordedRequest[],
  nonRestScopes: readonly string[],
): ScopeCoverage {
  const granted = new Set(manifestScopes);
  const needs = scopesForRequests(requests);
  const used = new Set<string>(nonRestScopes.filter((scope) => granted.has(scope)));
  const uncovered: OperationNeed[] = [];
  for (const need of needs.operations) {
    const satisfied = scopeAlternatives(need.scopes).filter((set) => set.every((scope) => granted.has(scope)));
    if (satisfied.length === 0) uncovered.push(need);
    for (const set of satisfied) set.forEach((scope) => used.add(scope));
  }
  return {
    uncovered,
    unused: [...granted].filter((scope) => !used.has(scope)).sort(),
    missingNonRest: nonRestScopes.filter((scope) => !granted.has(scope)),
    unroutable: needs.unroutable,
  };
}
