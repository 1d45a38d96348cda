import {
  assertRequestsConform,
  checkRequest,
  checkResponse,
  type CheckResult,
  type RequestToCheck,
} from '../support/openapi';

const PERMISSION_CHECK = '/wiki/rest/api/content/123/permission/check';
const validPermissionBody = { subject: { type: 'user', identifier: 'abc' }, operation: 'update' };

function problemsOf(result: CheckResult): string[] {
  if (result.ok) throw new Error(`expected the request to be rejected, but it matched ${result.operation.pathTemplate}`);
  return result.problems;
}

function operationOf(result: CheckResult) {
  if (!result.ok) throw new Error(`expected the request to pass, got:\n${result.problems.join('\n')}`);
  return result.operation;
}

function check(request: Partial<RequestToCheck> & Pick<RequestToCheck, 'path'>): CheckResult {
  return checkRequest({ product: 'confluence', method: 'GET', ...request });
}

describe('OpenAPI request checker against Atlassian\'s published descriptions', () => {
  describe('the Confluence v1 content permission check the resolvers make', () => {
    it('accepts a well-formed check and reports the operation and its scopes', () => {
      const operation = operationOf(check({ method: 'POST', path: PERMISSION_CHECK, body: validPermissionBody }));
      expect(operation).toEqual({
        specFile: 'confluence-v1.openapi.json',
        pathTemplate: '/wiki/rest/api/content/{id}/permission/check',
        method: 'POST',
        operationId: 'checkContentPermission',
        scopes: { classic: ['read:confluence-content.permission'], granular: ['read:content.permission:confluence'] },
      });
    });

    it('accepts the body as the raw JSON text @forge/api sends', () => {
      const result = check({
        method: 'POST',
        path: PERMISSION_CHECK,
        body: JSON.stringify(validPermissionBody),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(result.ok).toBe(true);
    });

    it('rejects a body missing a required field', () => {
      const problems = problemsOf(
        check({ method: 'POST', path: PERMISSION_CHECK, body: { subject: { type: 'user' }, operation: 'update' } }),
      );
      expect(problems).toEqual([expect.stringMatching(/body\/subject: missing required property 'identifier'/)]);
    });

    it('rejects an operation outside the enum', () => {
      const problems = problemsOf(
        check({ method: 'POST', path: PERMISSION_CHECK, body: { ...validPermissionBody, operation: 'edit' } }),
      );
      expect(problems).toEqual([expect.stringMatching(/body\/operation: must be one of "read", "update", "delete"/)]);
    });

    it('rejects a missing body when the operation requires one', () => {
      expect(problemsOf(check({ method: 'POST', path: PERMISSION_CHECK }))).toEqual([
        expect.stringMatching(/request body is required/),
      ]);
    });

    it('rejects a body that is not JSON', () => {
      expect(problemsOf(check({ method: 'POST', path: PERMISSION_CHECK, body: '{subject:' }))).toEqual([
        expect.stringMatching(/not valid JSON/),
      ]);
    });

    it('rejects a content type the operation does not accept', () => {
      const problems = problemsOf(
        check({ method: 'POST', path: PERMISSION_CHECK, body: 'x', headers: { 'content-type': 'text/plain' } }),
      );
      expect(problems).toEqual([expect.stringMatching(/content type 'text\/plain' is not accepted/)]);
    });

    it('rejects a method the path does not define', () => {
      expect(problemsOf(check({ method: 'GET', path: PERMISSION_CHECK }))).toEqual([
        expect.stringMatching(/method not allowed: GET \/wiki\/rest\/api\/content\/\{id\}\/permission\/check .*defines POST/),
      ]);
    });

    it('rejects a path that no operation describes', () => {
      expect(problemsOf(check({ method: 'POST', path: '/wiki/rest/api/content/123/permissions/check' }))).toEqual([
        expect.stringMatching(/unknown path: no operation in confluence-v1.openapi.json matches/),
      ]);
    });

    it('rejects a required header that is missing', () => {
      const problems = problemsOf(check({ method: 'POST', path: '/wiki/rest/api/user/watch/space/ABC' }));
      expect(problems).toContain("header parameter 'X-Atlassian-Token' is required but missing");
      expect(check({ method: 'POST', path: '/wiki/rest/api/user/watch/space/ABC', headers: { 'x-atlassian-token': 'no-check' } }).ok).toBe(true);
    });

    it('tells equally specific templates apart by method', () => {
      expect(operationOf(check({ method: 'GET', path: '/wiki/rest/api/contentbody/convert/async/abc' })).pathTemplate).toBe(
        '/wiki/rest/api/contentbody/convert/async/{id}',
      );
    });
  });

  describe('Confluence v2, whose spec paths omit the /wiki/api/v2 prefix', () => {
    it('routes a page read with its body format', () => {
      const operation = operationOf(check({ path: '/wiki/api/v2/pages/1?body-format=storage' }));
      expect(operation).toMatchObject({
        specFile: 'confluence-v2.openapi.json',
        pathTemplate: '/pages/{id}',
        operationId: 'getPageById',
        scopes: { granular: ['read:page:confluence'] },
      });
      expect(operation.scopes.classic).toBeUndefined();
    });

    it('rejects an unknown query parameter, naming the ones allowed', () => {
      expect(problemsOf(check({ path: '/wiki/api/v2/pages/1?bodyFormat=storage' }))).toEqual([
        expect.stringMatching(/unknown query parameter 'bodyFormat' \(\/pages\/\{id\} accepts: body-format, /),
      ]);
    });

    it('rejects a query value outside the enum', () => {
      expect(problemsOf(check({ path: '/wiki/api/v2/pages/1?body-format=html' }))).toEqual([
        expect.stringMatching(/query parameter 'body-format': must be one of "storage"/),
      ]);
    });

    it('rejects a path parameter that is not an integer', () => {
      expect(problemsOf(check({ path: '/wiki/api/v2/pages/abc' }))).toEqual(["path parameter 'id': 'abc' is not an integer"]);
    });

    it('checks booleans and integers in the query', () => {
      expect(check({ path: '/wiki/api/v2/pages/1?include-labels=true&version=3' }).ok).toBe(true);
      const problems = problemsOf(check({ path: '/wiki/api/v2/pages/1?include-labels=yes&version=3.5' }));
      expect(problems.sort()).toEqual([
        "query parameter 'include-labels': 'yes' is not a boolean (true or false)",
        "query parameter 'version': '3.5' is not an integer",
      ]);
    });
  });

  describe('Jira platform v3', () => {
    const jira = (request: Omit<RequestToCheck, 'product'>) => checkRequest({ product: 'jira', ...request });

    it('routes an issue property write and reports its scopes', () => {
      const operation = operationOf(
        jira({ method: 'PUT', path: '/rest/api/3/issue/ABC-1/properties/x', body: { cardId: 'c1', kpiId: 'k1' } }),
      );
      expect(operation).toMatchObject({
        pathTemplate: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        operationId: 'setIssueProperty',
        scopes: { classic: ['write:jira-work'], granular: ['write:issue.property:jira'] },
      });
    });

    it('routes issue creation and reports its scopes', () => {
      const body = { fields: { summary: 'Corrective action', project: { key: 'QMS' }, issuetype: { name: 'Task' } } };
      const operation = operationOf(jira({ method: 'POST', path: '/rest/api/3/issue', body }));
      expect(operation.operationId).toBe('createIssue');
      expect(operation.scopes.classic).toEqual(['write:jira-work']);
      expect(operation.scopes.granular).toContain('write:issue:jira');
    });

    it('rejects a property the schema forbids (additionalProperties: false)', () => {
      const body = { fields: { summary: 'x' }, properties: [{ key: 'qms', value: 1, visible: true }] };
      expect(problemsOf(jira({ method: 'POST', path: '/rest/api/3/issue', body }))).toEqual([
        "body/properties/0: must not have property 'visible'",
      ]);
    });

    it('rejects a deprecated operation', () => {
      expect(problemsOf(jira({ method: 'GET', path: '/rest/api/3/search?jql=project%3DQMS' }))).toEqual([
        'deprecated operation: GET /rest/api/3/search (jira-platform-v3.openapi.json)',
      ]);
    });

    it('accepts its replacement, with repeated and comma-separated list values', () => {
      const result = jira({ method: 'GET', path: '/rest/api/3/search/jql?jql=project%3DQMS&maxResults=50&fields=summary,status&fields=labels' });
      expect(operationOf(result).scopes.classic).toEqual(['read:jira-work']);
    });

    it('prefers a literal segment over a templated one', () => {
      const bulk = jira({ method: 'POST', path: '/rest/api/3/issue/bulk', body: { issueUpdates: [] } });
      expect(operationOf(bulk).pathTemplate).toBe('/rest/api/3/issue/bulk');
      expect(operationOf(jira({ method: 'GET', path: '/rest/api/3/issue/ABC-1' })).pathTemplate).toBe(
        '/rest/api/3/issue/{issueIdOrKey}',
      );
      // The literal path wins even for a method only the templated one has, as the server routes.
      expect(problemsOf(jira({ method: 'GET', path: '/rest/api/3/issue/bulk' }))).toEqual([
        expect.stringMatching(/method not allowed: GET \/rest\/api\/3\/issue\/bulk /),
      ]);
    });

    it('rejects a bad integer parameter', () => {
      expect(problemsOf(jira({ method: 'GET', path: '/rest/api/3/search/jql?jql=x&maxResults=fifty' }))).toEqual([
        "query parameter 'maxResults': 'fifty' is not an integer",
      ]);
    });

    it('rejects an integer beyond its int32 format', () => {
      expect(problemsOf(jira({ method: 'GET', path: '/rest/api/3/search/jql?maxResults=3000000000' }))).toEqual([
        expect.stringMatching(/query parameter 'maxResults': must match format "int32"/),
      ]);
    });

    it('rejects a body sent to an operation that takes none', () => {
      expect(problemsOf(jira({ method: 'GET', path: '/rest/api/3/issue/ABC-1', body: { a: 1 } }))).toEqual([
        expect.stringMatching(/GET \/rest\/api\/3\/issue\/\{issueIdOrKey\} takes no request body/),
      ]);
    });
  });

  describe('recorded responses (for stand-ins)', () => {
    const permissionCheck = { product: 'confluence', method: 'POST', path: PERMISSION_CHECK } as const;

    it('accepts a response matching the documented schema', () => {
      expect(checkResponse({ ...permissionCheck, status: 200, body: { hasPermission: true } })).toEqual({ ok: true });
    });

    it('rejects a response of the wrong shape', () => {
      expect(checkResponse({ ...permissionCheck, status: 200, body: '{"hasPermission":"yes"}' })).toEqual({
        ok: false,
        problems: ['response/hasPermission: must be boolean'],
      });
    });

    it('rejects an undocumented status', () => {
      expect(checkResponse({ ...permissionCheck, status: 418 })).toEqual({
        ok: false,
        problems: [expect.stringMatching(/status 418 is not documented/)],
      });
    });
  });

  describe('assertRequestsConform, for requests recorded by the local runtime', () => {
    it('passes when every request conforms', () => {
      expect(() =>
        assertRequestsConform([
          { remote: 'confluence', method: 'POST', path: PERMISSION_CHECK, body: JSON.stringify(validPermissionBody) },
          { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/7?body-format=storage' },
        ]),
      ).not.toThrow();
    });

    it('fails listing each request with its problem', () => {
      expect(() =>
        assertRequestsConform([
          { remote: 'confluence', method: 'POST', path: PERMISSION_CHECK, body: { operation: 'update' } },
          { remote: 'jira', method: 'GET', path: '/rest/api/3/search?jql=x' },
        ]),
      ).toThrow(
        /POST \/wiki\/rest\/api\/content\/123\/permission\/check: body: missing required property 'subject'[\s\S]*GET \/rest\/api\/3\/search\?jql=x: deprecated operation/,
      );
    });
  });
});
