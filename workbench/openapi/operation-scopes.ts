import type { OperationObject } from './spec-types';

export interface OperationScopes {
  /** Classic scopes (e.g. `read:confluence-content.permission`, `write:jira-work`). */
  classic?: string[];
  /** Granular scopes (`action:resource:product`, e.g. `read:page:confluence`). */
  granular?: string[];
}

// Classic scopes that happen to have the three-part shape of granular ones.
const THREE_PART_CLASSIC = new Set(['readonly:content.attachment:confluence']);

/** Granular scopes read `action:resource:product`; classic ones name the product inside the
 *  resource (`read:jira-work`) or have two parts (`search:confluence`). */
export function isGranularScope(scope: string): boolean {
  if (THREE_PART_CLASSIC.has(scope)) return false;
  return /^[a-z-]+:[a-z0-9._-]+:(jira|confluence|jira-software|jira-service-management|compass|bitbucket)$/.test(scope);
}

/**
 * The scope sets that each allow an operation, read from `x-atlassian-oauth2-scopes`: one entry
 * per alternative, marked `state: Current` or `Beta`. Beta entries are granular; Current entries
 * are classic in Jira and Confluence v1 but granular in Confluence v2 (and a few v1 operations),
 * so for those the kind is taken from the scope names. An empty set means the alternative needs
 * no scope (as in Forge's own check). Operations without the extension (66 in Jira) list their
 * classic scope only under `security`.
 */
export function operationScopes(operation: OperationObject): OperationScopes {
  const entries = operation['x-atlassian-oauth2-scopes'];
  const sets = entries?.length ? entries : securityScopeSets(operation);
  const result: OperationScopes = {};
  for (const { state, scopes } of sets) {
    const kind = state === 'Beta' || (scopes.length > 0 && scopes.every(isGranularScope)) ? 'granular' : 'classic';
    result[kind] = [...new Set([...(result[kind] ?? []), ...scopes])].sort();
  }
  return result;
}

/** The alternatives, any one of which, fully granted, allows the call. */
export function scopeAlternatives(scopes: OperationScopes): string[][] {
  return [scopes.classic, scopes.granular].filter((set): set is string[] => set !== undefined);
}

function securityScopeSets(operation: OperationObject): Array<{ state?: string; scopes: string[] }> {
  return (operation.security ?? [])
    .flatMap((requirement) => Object.entries(requirement))
    .filter(([scheme, scopes]) => scheme !== 'basicAuth' && scopes.length > 0)
    .map(([, scopes]) => ({ scopes }));
}
