import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { SPECS } from '../support/fixtures';
import api, { route, getAppContext } from '@forge/api';
import {
  createConfluencePermissionStandIn,
  installForgeRuntime,
  type ForgeRuntimeHandle,
} from '../../workbench/runtime';

const SPEC_PATH = join(SPECS, 'confluence-v1.openapi.json');

function confluenceSchemaValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as object, 'confluence-v1');
  return (name: string, data: unknown) => {
    const validate = ajv.getSchema(`confluence-v1#/components/schemas/${name}`)!;
    return validate(data) ? [] : validate.errors ?? [];
  };
}

const checkPermission = (pageId: string, accountId: string, operation = 'update') =>
  api.asApp().requestConfluence(route`/wiki/rest/api/content/${pageId}/permission/check`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ subject: { type: 'user', identifier: accountId }, operation }),
  });

describe('the local Forge runtime: product requests through the real @forge/api', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({
      appContext: { appId: 'app-123', cloudId: 'cloud-9', environmentType: 'DEVELOPMENT' },
      productHandlers: [
        createConfluencePermissionStandIn({
          users: [
            { accountId: 'editor', name: 'Anna Editor', canEdit: true },
            { accountId: 'reader', name: 'Boris Reader', canEdit: false },
            { accountId: 'owner-of-one', name: 'Vera Owner', canEdit: ['1001'] },
          ],
        }),
      ],
    });
  });
  afterEach(() => runtime.close());

  it('lets a user with edit rights update the page', async () => {
    const response = await checkPermission('1001', 'editor');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hasPermission: true });
  });

  it('denies a reader, a user with rights to other pages only, and an unknown user — with reasons', async () => {
    for (const [pageId, accountId] of [['1001', 'reader'], ['2002', 'owner-of-one'], ['1001', 'stranger']] as const) {
      const response = await checkPermission(pageId, accountId);
      const body = (await response.json()) as { hasPermission: boolean; errors: unknown[] };
      expect(body.hasPermission).toBe(false);
      expect(body.errors).toHaveLength(1);
    }
    expect(await (await checkPermission('1001', 'owner-of-one')).json()).toEqual({ hasPermission: true });
    expect(await (await checkPermission('1001', 'reader', 'read')).json()).toEqual({ hasPermission: true });
  });

  it('answers a malformed permission check with 400, as Confluence does', async () => {
    const response = await api.asApp().requestConfluence(route`/wiki/rest/api/content/${'1001'}/permission/check`, {
      method: 'POST',
      body: JSON.stringify({ subject: { type: 'user', identifier: 'editor' }, operation: 'edit' }),
    });
    expect(response.status).toBe(400);
  });

  it('records each product request with remote, provider, method, path, headers and parsed body', async () => {
    await checkPermission('1001', 'editor');
    expect(runtime.productRequests).toEqual([
      {
        remote: 'confluence',
        provider: 'app',
        accountId: undefined,
        asUser: false,
        method: 'POST',
        path: '/wiki/rest/api/content/1001/permission/check',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: { subject: { type: 'user', identifier: 'editor' }, operation: 'update' },
        status: 200,
        responseBody: { hasPermission: true },
      },
    ]);
  });

  it('records requests and answers that fit the official Confluence v1 schemas', async () => {
    const violations = confluenceSchemaValidator();
    await checkPermission('1001', 'editor');
    await checkPermission('1001', 'stranger');
    for (const request of runtime.productRequests) {
      expect(violations('ContentPermissionRequest', request.body)).toEqual([]);
      expect(violations('PermissionCheckResponse', request.responseBody)).toEqual([]);
    }
    expect(violations('ContentPermissionRequest', { subject: { type: 'user' }, operation: 'update' })).not.toEqual([]);
  });

  it('answers unknown routes with a JSON 404 and records them, including user calls and query strings', async () => {
    const response = await api.asUser('acc-42').requestJira(route`/rest/api/3/search/jql?jql=${'project = QMS'}&maxResults=${5}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ statusCode: 404, message: expect.stringContaining('/rest/api/3/search/jql') });
    expect(runtime.productRequests).toEqual([
      expect.objectContaining({
        remote: 'jira',
        provider: 'user',
        asUser: true,
        accountId: 'acc-42',
        method: 'GET',
        path: '/rest/api/3/search/jql?jql=project%20%3D%20QMS&maxResults=5',
        body: undefined,
        status: 404,
      }),
    ]);
    runtime.reset();
    expect(runtime.productRequests).toEqual([]);
  });

  it('routes to handlers added later, by remote', async () => {
    runtime.products.addHandler({
      remote: 'jira',
      handle: (request) => (request.path === '/rest/api/3/myself' ? { status: 200, body: { accountId: 'acc-1' } } : undefined),
    });
    const jira = await api.asApp().requestJira(route`/rest/api/3/myself`);
    expect(await jira.json()).toEqual({ accountId: 'acc-1' });
    const confluence = await api.asApp().requestConfluence(route`/rest/api/3/myself`);
    expect(confluence.status).toBe(404);
  });

  it('gives getAppContext() the configured app, environment and installation', () => {
    const context = getAppContext();
    expect(String(context.appAri)).toBe('ari:cloud:ecosystem::app/app-123');
    expect(context.environmentType).toBe('DEVELOPMENT');
    expect(context.installation?.contexts.map(String)).toEqual(['ari:cloud:confluence::site/cloud-9']);
    expect(context.invocationRemainingTimeInMillis()).toBeGreaterThan(0);
  });
});
