import api, { route } from '@forge/api';
import { ConfluenceSiteAdmins } from '../../src/adapters/forge/confluence-site-admins';
import { MemorySiteAdmins } from '../../src/adapters/memory/memory-site-admins';
import { ANONYMOUS, userActor, type Actor } from '../../src/core/actor';
import type { SiteAdmins } from '../../src/core/ports/site-admins';
import { assertRequestsConform, checkResponse, scopesForRequests, type RecordedRequest } from '../support/openapi';
import { createConfluenceStandIn, installForgeRuntime, type ConfluenceStandIn, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { fakePacing } from './fake-pacing';

const USERS = [
  { accountId: 'admin', name: 'Admin', canEdit: true, confluenceAdmin: true },
  { accountId: 'editor', name: 'Editor', canEdit: true },
  { accountId: 'reader', name: 'Reader', canEdit: false },
];

describe('the Confluence stand-in answers GET user/current like Confluence', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ productHandlers: [createConfluenceStandIn({ users: USERS })] });
  });
  afterEach(() => runtime.close());

  it('in the spec\'s User shape, with the site-wide operations only when expanded', async () => {
    for (const path of ['/wiki/rest/api/user/current', '/wiki/rest/api/user/current?expand=operations']) {
      for (const accountId of ['admin', 'reader']) {
        const response = await runtime.runInvocation(accountId, () =>
          api.asUser().requestConfluence(path.includes('?') ? route`/wiki/rest/api/user/current?expand=operations` : route`/wiki/rest/api/user/current`),
        );
        const body = await response.json();
        expect([path, accountId, checkResponse({ product: 'confluence', method: 'GET', path, status: response.status, body })]).toEqual([path, accountId, { ok: true }]);
        expect('operations' in (body as object)).toBe(path.includes('expand=operations'));
      }
    }
  });

  it('lists administer on the application for a Confluence admin only', async () => {
    const operations = async (accountId: string) =>
      ((await (await runtime.runInvocation(accountId, () => api.asUser().requestConfluence(route`/wiki/rest/api/user/current?expand=operations`))).json()) as {
        operations: Array<{ operation: string; targetType: string }>;
      }).operations;
    expect(await operations('admin')).toContainEqual({ operation: 'administer', targetType: 'application' });
    expect(await operations('editor')).not.toContainEqual(expect.objectContaining({ operation: 'administer' }));
    expect(await operations('reader')).toEqual([{ operation: 'use', targetType: 'application' }]);
  });

  it('answers 403 to someone who may not use Confluence', async () => {
    const response = await runtime.runInvocation('stranger', () => api.asUser().requestConfluence(route`/wiki/rest/api/user/current`));
    expect(response.status).toBe(403);
  });
});

function describeSiteAdminsContract(name: string, make: () => { admins: SiteAdmins; as: <T>(actor: Actor, work: () => Promise<T>) => Promise<T> }) {
  describe(`SiteAdmins contract: ${name}`, () => {
    it('says yes for a Confluence admin, no for an editor, a reader, a stranger and anyone not signed in', async () => {
      const { admins, as } = make();
      const ask = (actor: Actor) => as(actor, () => admins.isSiteAdmin(actor));
      expect(await ask(userActor('admin'))).toBe(true);
      expect(await ask(userActor('editor'))).toBe(false);
      expect(await ask(userActor('reader'))).toBe(false);
      expect(await ask(userActor('stranger'))).toBe(false);
      expect(await ask(ANONYMOUS)).toBe(false);
      expect(await ask({ kind: 'system', source: 'trigger' })).toBe(false);
    });
  });
}

describeSiteAdminsContract('in memory', () => ({ admins: new MemorySiteAdmins(['admin']), as: (_actor, work) => work() }));

describe('ConfluenceSiteAdmins asks Confluence as the invoking user', () => {
  let runtime: ForgeRuntimeHandle;
  let confluence: ConfluenceStandIn;
  const log = jest.fn();
  const as = <T>(actor: Actor, work: () => Promise<T>) => runtime.runInvocation(actor.kind === 'user' ? actor.accountId : undefined, work);
  beforeEach(() => {
    log.mockClear();
    confluence = createConfluenceStandIn({ users: USERS });
    runtime = installForgeRuntime({ productHandlers: [confluence] });
  });
  afterEach(() => runtime.close());

  describeSiteAdminsContract('Forge adapter on the Confluence stand-in', () => ({ admins: new ConfluenceSiteAdmins({ pacing: fakePacing(), log }), as }));

  it('makes one spec-conformant request as the user, needing read:confluence-user, and none for anonymous', async () => {
    const admins = new ConfluenceSiteAdmins({ pacing: fakePacing(), log });
    await as(userActor('editor'), () => admins.isSiteAdmin(userActor('editor')));
    await as(ANONYMOUS, () => admins.isSiteAdmin(ANONYMOUS));
    expect(runtime.productRequests.map((request) => [request.accountId, request.asUser, request.path])).toEqual([
      ['editor', true, '/wiki/rest/api/user/current?expand=operations'],
    ]);
    const requests = runtime.productRequests.map((request): RecordedRequest => ({ remote: 'confluence', method: request.method, path: request.path }));
    assertRequestsConform(requests);
    expect(scopesForRequests(requests).operations.map((need) => need.scopes.classic)).toEqual([['read:confluence-user']]);
  });

  it('reports a busy Confluence as RATE_LIMITED once its retries are spent', async () => {
    confluence.rateLimitNext(100, 10);
    const admins = new ConfluenceSiteAdmins({ pacing: fakePacing(), log });
    await expect(as(userActor('admin'), () => admins.isSiteAdmin(userActor('admin')))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
