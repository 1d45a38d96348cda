import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { SPECS } from '../support/fixtures';
import api, { route, getAppContext } from '@forge/api';
import { createConfluenceStandIn, installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';

const SPEC_PATH = join(SPECS, 'confluence-v1.openapi.json');

function confluenceSchemaValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addSchema(JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as object, 'confluence-v1');
  return (name: string, data: unknown) => {
    const validate = ajv.getSchema(`confluence-v1#/components/schemas/${name}`)!;
    return validate(data) ? [] : validate.errors ?? [];
  };
}

const permissionCheck = (accountId: string, operation: string) => ({
  method: 'POST',
  headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  body: JSON.stringify({ subject: { type: 'user', identifier: accountId }, operation }),
});

/** `caller` asks, as themselves (asUser), whether `accountId` may do `operation` on the page. */
const checkPermission = (runtime: ForgeRuntimeHandle, pageId: string, accountId: string, operation = 'update', caller = accountId) =>
  runtime.runInvocation(caller, () =>
    api.asUser().requestConfluence(route`/wiki/rest/api/content/${pageId}/permission/check`, permissionCheck(accountId, operation)),
  );

describe('the local Forge runtime: product requests through the real @forge/api', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({
      appContext: { appId: 'app-123', cloudId: 'cloud-9', environmentType: 'DEVELOPMENT' },
      productHandlers: [
        createConfluenceStandIn({
          users: [
            { accountId: 'editor', name: 'Anna Editor', canEdit: true },
            { accountId: 'reader', name: 'Boris Reader', canEdit: false },
            { accountId: 'owner-of-one', name: 'Vera Owner', canEdit: ['1001'] },
            { accountId: 'admin', name: 'Gleb Admin', canEdit: false, confluenceAdmin: true },
          ],
        }),
      ],
    });
  });
  afterEach(() => runtime.close());

  it('lets a user with edit rights learn they may update the page', async () => {
    const response = await checkPermission(runtime, '1001', 'editor');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hasPermission: true });
  });

  it('denies a reader and a user with rights to other pages only — with reasons', async () => {
    for (const [pageId, accountId] of [['1001', 'reader'], ['2002', 'owner-of-one']] as const) {
      const response = await checkPermission(runtime, pageId, accountId);
      const body = (await response.json()) as { hasPermission: boolean; errors: unknown[] };
      expect(body.hasPermission).toBe(false);
      expect(body.errors).toHaveLength(1);
    }
    expect(await (await checkPermission(runtime, '1001', 'owner-of-one')).json()).toEqual({ hasPermission: true });
    expect(await (await checkPermission(runtime, '1001', 'reader', 'read')).json()).toEqual({ hasPermission: true });
  });

  it('answers a check for someone else only to a Confluence admin: 403 for a user or the app', async () => {
    expect((await checkPermission(runtime, '1001', 'editor', 'update', 'reader')).status).toBe(403);
    const asApp = await api.asApp().requestConfluence(route`/wiki/rest/api/content/${'1001'}/permission/check`, permissionCheck('editor', 'update'));
    expect(asApp.status).toBe(403);
    expect(await (await checkPermission(runtime, '1001', 'editor', 'update', 'admin')).json()).toEqual({ hasPermission: true });
    const stranger = (await (await checkPermission(runtime, '1001', 'stranger', 'update', 'admin')).json()) as { hasPermission: boolean };
    expect(stranger.hasPermission).toBe(false);
  });

  it('answers a malformed permission check with 400, as Confluence does', async () => {
    const response = await checkPermission(runtime, '1001', 'editor', 'edit');
    expect(response.status).toBe(400);
  });

  it('records each product request with remote, provider, the invoking user, method, path, headers and parsed body', async () => {
    await checkPermission(runtime, '1001', 'editor');
    expect(runtime.productRequests).toEqual([
      {
        remote: 'confluence',
        provider: 'user',
        accountId: 'editor',
        asUser: true,
        method: 'POST',
        path: '/wiki/rest/api/content/1001/permission/check',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: { subject: { type: 'user', identifier: 'editor' }, operation: 'update' },
        bodyText: JSON.stringify({ subject: { type: 'user', identifier: 'editor' }, operation: 'update' }),
        status: 200,
        responseBody: { hasPermission: true },
      },
    ]);
  });

  it('records requests and answers that fit the official Confluence v1 schemas', async () => {
    const violations = confluenceSchemaValidator();
    await checkPermission(runtime, '1001', 'editor');
    await checkPermission(runtime, '1001', 'stranger', 'update', 'admin');
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

describe('the local Forge runtime: api.asUser() acts for the invoking user', () => {
  let runtime: ForgeRuntimeHandle;
  const echo = { remote: 'confluence' as const, handle: () => ({ status: 200, body: {} }) };
  const ask = () => api.asUser().requestConfluence(route`/wiki/api/v2/pages/${'1'}`);
  const runtimeAaid = () => (globalThis as { __forge_runtime__?: { aaid?: string } }).__forge_runtime__?.aaid;
  beforeEach(() => {
    runtime = installForgeRuntime({ productHandlers: [echo] });
  });
  afterEach(() => runtime.close());

  it('takes the user from the invocation, keeping concurrent invocations apart', async () => {
    await Promise.all([runtime.runInvocation('anna', ask), runtime.runInvocation('boris', ask)]);
    expect(runtime.productRequests.map((request) => request.accountId).sort()).toEqual(['anna', 'boris']);
    expect(runtime.runInvocation('anna', runtimeAaid)).toBe('anna');
    expect(runtimeAaid()).toBeUndefined();
  });

  it('takes the principal a Forge function is invoked with through bindHandler', async () => {
    const handler = runtime.bindHandler(async (_event: unknown, _payload: unknown) => {
      await ask();
      return runtimeAaid();
    });
    expect(await handler({}, { principal: { accountId: 'vera' } })).toBe('vera');
    expect(runtime.productRequests.map((request) => [request.provider, request.accountId])).toEqual([['user', 'vera']]);
  });

  it('refuses asUser() when nobody invoked the function, instead of acting for someone', async () => {
    await expect(runtime.runInvocation(undefined, ask)).rejects.toThrow(/no invoking user/);
    const handler = runtime.bindHandler(async (_event: unknown, _payload: unknown) => ask());
    await expect(handler({}, {})).rejects.toThrow(/no invoking user/);
    expect(runtime.productRequests).toEqual([]);
  });
});
