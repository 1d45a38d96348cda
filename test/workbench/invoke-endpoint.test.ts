import { FORGE_INVOKE_REQUEST_LIMIT, FORGE_INVOKE_RESPONSE_LIMIT } from '../../workbench/server/forge-invoke-limits';
import { send, startServerWith, type ServerFixture } from './workbench-server-fixture';

describe('the workbench invoke endpoint, as Forge invokes a resolver', () => {
  let fixture: ServerFixture;
  beforeAll(async () => {
    fixture = await startServerWith({
      'card/echo': ({ payload }) => ({ ok: true, data: payload }),
      'card/huge': () => ({ ok: true, data: 'x'.repeat(FORGE_INVOKE_RESPONSE_LIMIT) }),
    }, {
      'site/where': ({ context }) => ({ ok: true, data: context.extension }),
    });
  });
  afterAll(() => fixture.stop());

  const invoke = (functionKey: string, payload: unknown) =>
    send(fixture, 'POST', '/api/invoke', { functionKey, payload, context: { pageId: fixture.pageId } });

  it('calls a defined function', async () => {
    expect(await invoke('card/echo', { a: 1 })).toEqual({ status: 200, json: { ok: true, data: { a: 1 } } });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'card/missing'])(
    'answers 404 for %s, which the resolver does not define',
    async (key) => {
      const answer = await invoke(key, {});
      expect(answer).toEqual({ status: 404, json: { error: `Resolver has no definition for '${key}'.` } });
    },
  );

  it('routes by module key: the global settings page reaches its own handler, with no page in its context', async () => {
    const settings = await send(fixture, 'POST', '/api/invoke', { functionKey: 'site/where', payload: {}, context: { moduleKey: 'settings-page' } });
    expect(settings).toEqual({ status: 200, json: { ok: true, data: { type: 'confluence:globalSettings' } } });
    expect((await invoke('site/where', {})).status).toBe(404);
    const fromSettings = await send(fixture, 'POST', '/api/invoke', { functionKey: 'card/echo', payload: {}, context: { moduleKey: 'settings-page' } });
    expect(fromSettings.status).toBe(404);
    const noPage = await send(fixture, 'POST', '/api/invoke', { functionKey: 'card/echo', payload: {}, context: {} });
    expect(noPage.status).toBe(404);
  });

  it('refuses a request over 500 KB as JSON, counting bytes (Cyrillic takes two)', async () => {
    // 250,000 Cyrillic letters are 500,000 bytes, with the key and quotes just over the limit.
    const over = await invoke('card/echo', { text: 'я'.repeat(FORGE_INVOKE_REQUEST_LIMIT / 2) });
    expect(over.status).toBe(413);
    expect(over.json).toMatchObject({ limit: FORGE_INVOKE_REQUEST_LIMIT });
    expect(over.json.bytes as number).toBeGreaterThan(FORGE_INVOKE_REQUEST_LIMIT);
    const under = await invoke('card/echo', { text: 'я'.repeat(FORGE_INVOKE_REQUEST_LIMIT / 2 - 100) });
    expect(under.status).toBe(200);
  });

  it('refuses to pass on a response over 5 MB', async () => {
    const answer = await invoke('card/huge', {});
    expect(answer.status).toBe(502);
    expect(answer.json).toMatchObject({ limit: FORGE_INVOKE_RESPONSE_LIMIT });
    expect(String(answer.json.error)).toContain('Forge refuses responses over');
  });
});
