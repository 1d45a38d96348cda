import { checkScopeCoverage } from './check-scope-coverage';
import type { RecordedRequest } from './recorded-request';

/**
 * Throws unless the manifest's scopes are exactly the least set for the requests the app made:
 * every request granted, no scope unused, every non-REST scope present, every request routable.
 * Call it from an integration test with the requests the local Forge runtime recorded.
 */
export function assertScopesMatch(
  manifestScopes: string[],
  requests: RecordedRequest[],
  nonRestScopes: string[],
): void {
  const coverage = checkScopeCoverage(manifestScopes, requests, nonRestScopes);
  const problems = [
    ...coverage.unroutable.map(
      ({ request, problems }) => `${request.method} ${request.path}: ${problems.join('; ')}`,
    ),
    ...coverage.uncovered.map(({ operation, scopes }) =>
      scopes.classic || scopes.granular
        ? `${operation} is not granted; it needs classic [${(scopes.classic ?? []).join(', ')}] or granular [${(scopes.granular ?? []).join(', ')}]`
        : `${operation} declares no OAuth scope, so an app cannot be granted it`,
    ),
    ...coverage.unused.map((scope) => `scope '${scope}' is not needed by any request (least privilege)`),
    ...coverage.missingNonRest.map((scope) => `non-REST scope '${scope}' is missing from the manifest`),
  ];
  if (problems.length) {
    throw new Error(`manifest scopes do not match the requests made:\n- ${problems.join('\n- ')}`);
  }
}
