import { assertScopesMatch, checkScopeCoverage, scopesForRequests, type RecordedRequest } from '../support/openapi';

const permissionCheck: RecordedRequest = {
  remote: 'confluence',
  method: 'POST',
  path: '/wiki/rest/api/content/42/permission/check',
  body: { subject: { type: 'user', identifier: 'acc-1' }, operation: 'update' },
};
const pageRead: RecordedRequest = { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/42?body-format=storage' };
const issueProperty: RecordedRequest = { remote: 'jira', method: 'PUT', path: '/rest/api/3/issue/QMS-1/properties/qms', body: {} };

describe('scopes derived from the requests an app makes', () => {
  it('collects classic and granular needs per distinct operation', () => {
    const needs = scopesForRequests([permissionCheck, permissionCheck, pageRead, issueProperty]);
    expect(needs.operations.map((need) => need.operation)).toEqual([
      'POST /wiki/rest/api/content/{id}/permission/check',
      'GET /pages/{id}',
      'PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    ]);
    expect(needs.classic).toEqual(['read:confluence-content.permission', 'write:jira-work']);
    expect(needs.granular).toEqual(['read:content.permission:confluence', 'read:page:confluence', 'write:issue.property:jira']);
    expect(needs.unroutable).toEqual([]);
  });

  it('grants an operation through either its classic or its granular set', () => {
    const coverage = checkScopeCoverage(
      ['read:confluence-content.permission', 'read:page:confluence'],
      [permissionCheck, pageRead],
      [],
    );
    expect(coverage).toEqual({ uncovered: [], unused: [], missingNonRest: [], unroutable: [] });
  });

  it('reports surplus scopes and operations left ungranted', () => {
    const coverage = checkScopeCoverage(['write:confluence-content', 'read:page:confluence'], [permissionCheck, pageRead], []);
    expect(coverage.uncovered.map((need) => need.operation)).toEqual(['POST /wiki/rest/api/content/{id}/permission/check']);
    expect(coverage.unused).toEqual(['write:confluence-content']);
  });
});

describe('the scopes of the app\'s own Confluence requests (pages as the invoking user)', () => {
  const pageAccess: RecordedRequest = { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/65537?include-operations=true' };
  const visiblePages: RecordedRequest = { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages?id=65537,70000&limit=2' };

  it('need read:page:confluence alone, so the permission-check scope would be surplus', () => {
    expect(scopesForRequests([pageAccess, visiblePages])).toMatchObject({ classic: [], granular: ['read:page:confluence'], unroutable: [] });
    expect(() => assertScopesMatch(['read:page:confluence', 'storage:app'], [pageAccess, visiblePages], ['storage:app'])).not.toThrow();
    expect(() =>
      assertScopesMatch(['read:confluence-content.permission', 'read:page:confluence', 'storage:app'], [pageAccess, visiblePages], ['storage:app']),
    ).toThrow("scope 'read:confluence-content.permission' is not needed by any request (least privilege)");
  });
});

describe('assertScopesMatch', () => {
  const leastScopes = ['read:confluence-content.permission', 'storage:app'];

  it('passes when the manifest holds exactly the scopes needed plus the declared non-REST ones', () => {
    expect(() => assertScopesMatch(leastScopes, [permissionCheck], ['storage:app'])).not.toThrow();
  });

  it('fails, naming the operation and its options, when a request is not granted', () => {
    expect(() => assertScopesMatch(['storage:app'], [permissionCheck], ['storage:app'])).toThrow(
      "POST /wiki/rest/api/content/{id}/permission/check is not granted; it needs classic [read:confluence-content.permission] or granular [read:content.permission:confluence]",
    );
  });

  it('fails, naming the scope, when a scope is more than the requests need', () => {
    expect(() => assertScopesMatch([...leastScopes, 'write:confluence-content'], [permissionCheck], ['storage:app'])).toThrow(
      "scope 'write:confluence-content' is not needed by any request (least privilege)",
    );
  });

  it('fails when a declared non-REST scope is missing from the manifest', () => {
    expect(() => assertScopesMatch(['read:confluence-content.permission'], [permissionCheck], ['storage:app'])).toThrow(
      "non-REST scope 'storage:app' is missing from the manifest",
    );
  });

  it('fails when a request names no documented operation', () => {
    const stray: RecordedRequest = { remote: 'confluence', method: 'GET', path: '/wiki/rest/api/nothing-here' };
    expect(() => assertScopesMatch(leastScopes, [permissionCheck, stray], ['storage:app'])).toThrow(
      /GET \/wiki\/rest\/api\/nothing-here: unknown path/,
    );
  });
});
