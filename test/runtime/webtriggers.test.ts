import { webTrigger } from '@forge/api';
import { installForgeRuntime, type ForgeRuntimeHandle, type WebtriggerRequest } from '../../workbench/runtime';
import { PLATFORM_MANIFEST } from './forge-runtime-fixture';

const V2_URL = /^https:\/\/local-installation\.webtrigger\.atlassian\.app\/public\/([0-9a-f-]{36})$/;

describe('webtriggers: URLs through @forge/api webTrigger, and calls answered by the platform\'s rules', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, appContext: { accountId: 'someone-outside' } });
  });
  afterEach(() => runtime.close());

  it('gives a stable URL per module, a new one on forceCreate, lists and deletes them', async () => {
    const url = await webTrigger.getUrl('kpi-feed');
    expect(url).toMatch(V2_URL);
    expect(await webTrigger.getUrl('kpi-feed')).toBe(url);
    const rotated = await webTrigger.getUrl('kpi-feed', { forceCreate: true });
    expect(rotated).toMatch(V2_URL);
    expect(rotated).not.toBe(url);
    expect(await webTrigger.getUrl('kpi-feed')).toBe(rotated);
    const echo = await webTrigger.getUrl('echo');
    expect(echo).toMatch(/^https:\/\/local-installation\.hello\.atlassian-dev\.net\/x1\/[0-9a-f-]{36}$/);
    expect(await webTrigger.queryUrls('kpi-feed')).toEqual([{ moduleKey: 'kpi-feed', url }, { moduleKey: 'kpi-feed', url: rotated }]);
    await webTrigger.deleteUrl(url);
    expect(await webTrigger.queryUrls()).toEqual([{ moduleKey: 'kpi-feed', url: rotated }, { moduleKey: 'echo', url: echo }]);
    await expect(webTrigger.deleteUrl(url)).rejects.toThrow(/Failed to delete web trigger URL: No webtrigger URL has id/);
    await expect(webTrigger.getUrl('no-such-trigger')).rejects.toThrow('Failed to get web trigger URL.');
    // What went to stargate is the platform's business, not a product request.
    expect(runtime.productRequests).toEqual([]);
  });

  it('points URLs at a configured base (the workbench), the same ids after a restart', async () => {
    const first = await webTrigger.getUrl('kpi-feed');
    runtime.close();
    runtime = installForgeRuntime({ manifestPath: PLATFORM_MANIFEST, webtriggerBaseUrl: () => 'http://localhost:4321/webtrigger/' });
    const local = await webTrigger.getUrl('kpi-feed');
    expect(local).toBe(`http://localhost:4321/webtrigger/public/${V2_URL.exec(first)![1]}`);
  });

  it('answers a static trigger with the output its function names', async () => {
    runtime.functions.attach({ 'index.kpiFeed': () => ({ outputKey: 'accepted' }) });
    expect(await runtime.webtriggers.handle('kpi-feed', { method: 'POST', body: '{}' })).toEqual({
      statusCode: 202,
      headers: { 'content-type': ['application/json'] },
      body: '{"accepted":true}',
    });
    runtime.functions.attach({ 'index.kpiFeed': async () => ({ outputKey: 'unauthorised' }) });
    expect(await runtime.webtriggers.handle('kpi-feed', { method: 'POST' })).toEqual({ statusCode: 401, headers: {}, body: '' });
  });

  it.each([
    ['an output key the manifest does not declare', { outputKey: 'ok' }, "declares no output 'ok'"],
    ['a dynamic-style response', { statusCode: 200, body: 'data' }, 'must return exactly { outputKey }'],
    ['an output key with a body beside it', { outputKey: 'accepted', body: 'secret' }, 'must return exactly { outputKey }'],
    ['nothing', undefined, 'got undefined'],
  ])('answers 500 when a static trigger returns %s', async (_what, returned, why) => {
    runtime.functions.attach({ 'index.kpiFeed': () => returned });
    const response = await runtime.webtriggers.handle('kpi-feed', { method: 'POST' });
    expect(response.statusCode).toBe(500);
    expect(runtime.webtriggers.calls.at(-1)?.error).toContain(why);
  });

  it('answers 500 when the function throws', async () => {
    runtime.functions.attach({
      'index.kpiFeed': () => {
        throw new Error('bad signature');
      },
    });
    expect((await runtime.webtriggers.handle('kpi-feed', { method: 'POST' })).statusCode).toBe(500);
    expect(runtime.webtriggers.calls[0]?.error).toBe('the function threw: bad signature');
  });

  it('hands the function the platform\'s request: header names lower-cased with every value, the raw body, userPath, as nobody', async () => {
    let seen: { request?: WebtriggerRequest; context?: unknown; aaid?: unknown } = {};
    runtime.functions.attach({
      'index.echo': (request: WebtriggerRequest, context: unknown) => {
        seen = { request, context, aaid: (globalThis as { __forge_runtime__?: { aaid?: unknown } }).__forge_runtime__?.aaid };
        return { statusCode: 200, headers: { 'X-Feed': ['1', '2'] }, body: request.body };
      },
    });
    const raw = '{"kpi": "on-time delivery",\n "value": 0.97}';
    const response = await runtime.webtriggers.handle('echo', {
      method: 'post',
      headers: { 'Content-Type': ['application/json'], 'X-Signature': ['sha256=ab'], 'x-signature': ['second'] },
      body: raw,
      userPath: '/kpis/42',
      queryParameters: { period: ['2026-03'] },
    });
    const id = /\/x1\/([^/]+)$/.exec(runtime.webtriggers.urlFor('echo'))![1];
    expect(seen.request).toEqual({
      method: 'POST',
      headers: { 'content-type': ['application/json'], 'x-signature': ['sha256=ab', 'second'] },
      body: raw,
      path: `/x1/${id}/kpis/42`,
      userPath: '/kpis/42',
      queryParameters: { period: ['2026-03'] },
    });
    expect(seen.context).toEqual({ installContext: 'ari:cloud:confluence::site/local-cloud' });
    expect(seen.aaid).toBeUndefined();
    expect(response).toEqual({ statusCode: 200, headers: { 'x-feed': ['1', '2'] }, body: raw });
  });

  it.each([
    ['a status code that is not an integer', { statusCode: '200' }],
    ['a body that is not a string', { statusCode: 200, body: { a: 1 } }],
    ['headers that are not arrays of strings', { statusCode: 200, headers: { 'x-a': 'b' } }],
  ])('answers 500 when a dynamic trigger returns %s', async (_what, returned) => {
    runtime.functions.attach({ 'index.echo': () => returned });
    expect((await runtime.webtriggers.handle('echo', { method: 'GET' })).statusCode).toBe(500);
  });

  it('refuses a method webtriggers do not take, and a request over the 5 MB invocation payload, without invoking', async () => {
    let invoked = 0;
    runtime.functions.attach({ 'index.echo': () => ({ statusCode: 200, body: String((invoked += 1)) }) });
    expect((await runtime.webtriggers.handle('echo', { method: 'OPTIONS' })).statusCode).toBe(405);
    expect((await runtime.webtriggers.handle('echo', { method: 'POST', body: 'x'.repeat(5_000_000) })).statusCode).toBe(413);
    expect(invoked).toBe(0);
  });
});
