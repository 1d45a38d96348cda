import api, { route, assumeTrustedRoute } from '@forge/api';
import { checkResponse } from '../support/openapi';
import { createConfluenceStandIn, installForgeRuntime, type ConfluenceStandIn, type ForgeRuntimeHandle } from '../../workbench/runtime';

const PAGES = [
  { id: '101', title: 'Purchasing', spaceId: '10001' },
  { id: '102', title: 'Audits', spaceId: '10001', viewers: ['boss'] },
  { id: '103', title: 'Training', spaceId: '10002', editors: ['boss'] },
];

const get = (runtime: ForgeRuntimeHandle, accountId: string, path: string) =>
  runtime.runInvocation(accountId, () => api.asUser().requestConfluence(assumeTrustedRoute(path)));

const operationsOf = async (response: { json(): Promise<unknown> }) =>
  ((await response.json()) as { operations: { results: Array<{ operation: string; targetType: string }> } }).operations.results;

describe('the Confluence stand-in answers as the calling user', () => {
  let runtime: ForgeRuntimeHandle;
  let confluence: ConfluenceStandIn;
  beforeEach(() => {
    confluence = createConfluenceStandIn({
      users: [
        { accountId: 'boss', name: 'Boss', canEdit: true },
        { accountId: 'editor', name: 'Editor', canEdit: true },
        { accountId: 'reader', name: 'Reader', canEdit: false },
      ],
      pages: PAGES,
      pageSizeCap: 2,
    });
    runtime = installForgeRuntime({ productHandlers: [confluence] });
  });
  afterEach(() => runtime.close());

  it('hides a view-restricted page behind a 404, from users and from the app alike', async () => {
    expect((await get(runtime, 'boss', '/wiki/api/v2/pages/102')).status).toBe(200);
    expect((await get(runtime, 'editor', '/wiki/api/v2/pages/102')).status).toBe(404);
    expect((await get(runtime, 'stranger', '/wiki/api/v2/pages/101')).status).toBe(404);
    expect((await get(runtime, 'editor', '/wiki/api/v2/pages/999')).status).toBe(404);
    expect((await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${'102'}`)).status).toBe(404);
    expect((await api.asApp().requestConfluence(route`/wiki/api/v2/pages/${'101'}`)).status).toBe(200);
  });

  it('lists with include-operations only what that user may do', async () => {
    const path = '/wiki/api/v2/pages/103?include-operations=true';
    expect(await operationsOf(await get(runtime, 'boss', path))).toEqual([
      { operation: 'read', targetType: 'page' },
      { operation: 'update', targetType: 'page' },
    ]);
    expect(await operationsOf(await get(runtime, 'editor', path))).toEqual([{ operation: 'read', targetType: 'page' }]);
    expect(await operationsOf(await get(runtime, 'reader', '/wiki/api/v2/pages/101?include-operations=true'))).toEqual([
      { operation: 'read', targetType: 'page' },
    ]);
    const plain = (await (await get(runtime, 'boss', '/wiki/api/v2/pages/101')).json()) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('operations');
    expect(plain).toMatchObject({ id: '101', title: 'Purchasing', spaceId: '10001' });
  });

  it('leaves hidden pages out of the list, and pages it through _links.next and the Link header', async () => {
    const first = await get(runtime, 'editor', '/wiki/api/v2/pages?id=103,102,101&limit=3');
    const body = (await first.json()) as { results: Array<{ id: string }>; _links: { next?: string } };
    expect(body.results.map((page) => page.id)).toEqual(['101', '103']);
    expect(body._links.next).toBeUndefined();

    const forBoss = await get(runtime, 'boss', '/wiki/api/v2/pages?id=101&id=102,103&limit=3');
    const page1 = (await forBoss.json()) as { results: Array<{ id: string }>; _links: { next: string } };
    expect(page1.results.map((page) => page.id)).toEqual(['101', '102']);
    expect(forBoss.headers.get('link')).toContain(`<${page1._links.next}>; rel="next"`);
    const page2 = (await (await get(runtime, 'boss', page1._links.next)).json()) as { results: Array<{ id: string }>; _links: object };
    expect(page2.results.map((page) => page.id)).toEqual(['103']);
    expect(page2._links).not.toHaveProperty('next');
  });

  it('refuses what Confluence refuses, and what it does not emulate, with 400', async () => {
    const ids = Array.from({ length: 251 }, (_, index) => String(index + 1)).join(',');
    for (const path of [
      `/wiki/api/v2/pages?id=${ids}`,
      '/wiki/api/v2/pages?id=101&limit=251',
      '/wiki/api/v2/pages?id=abc',
      '/wiki/api/v2/pages?id=101&cursor=forged',
      '/wiki/api/v2/pages?id=101&space-id=10001',
      '/wiki/api/v2/pages/abc',
      '/wiki/api/v2/pages/101?include-operations=yes',
      '/wiki/api/v2/pages/101?body-format=storage',
    ]) {
      expect([path, (await get(runtime, 'boss', path)).status]).toEqual([path, 400]);
    }
  });

  it('answers in the shapes the Confluence v2 spec documents', async () => {
    await get(runtime, 'boss', '/wiki/api/v2/pages/103?include-operations=true');
    await get(runtime, 'editor', '/wiki/api/v2/pages/102');
    await get(runtime, 'boss', '/wiki/api/v2/pages?id=101,102,103&limit=3');
    expect(runtime.productRequests).toHaveLength(3);
    for (const request of runtime.productRequests) {
      const { method, path, status, responseBody: body } = request;
      expect([path, checkResponse({ product: 'confluence', method, path, status, body })]).toEqual([path, { ok: true }]);
    }
  });

  it('answers 429 with Retry-After for the next N requests when switched, then serves again', async () => {
    confluence.rateLimitNext(2, 3);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const busy = await get(runtime, 'boss', '/wiki/api/v2/pages/101');
      expect([busy.status, busy.headers.get('retry-after')]).toEqual([429, '3']);
    }
    expect((await get(runtime, 'boss', '/wiki/api/v2/pages/101')).status).toBe(200);
  });
});
