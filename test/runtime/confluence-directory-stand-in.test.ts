import api, { assumeTrustedRoute } from '@forge/api';
import { checkResponse } from '../support/openapi';
import { createConfluenceStandIn, installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { WORKBENCH_GROUPS, WORKBENCH_USERS } from '../../workbench/server/workbench-users';

const get = (runtime: ForgeRuntimeHandle, accountId: string, path: string) =>
  runtime.runInvocation(accountId, () => api.asUser().requestConfluence(assumeTrustedRoute(path)));
const cql = (text: string) => `/wiki/rest/api/search/user?cql=${encodeURIComponent(text)}&limit=10`;
const QM = '5f1a-quality-manager';

describe('the Confluence stand-in’s people and groups (the workbench’s users table)', () => {
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ productHandlers: [createConfluenceStandIn({ users: WORKBENCH_USERS })] });
  });
  afterEach(() => runtime.close());

  it('searches names by the start of a word, and lists the app’s own account as accountType app', async () => {
    const names = async (path: string) =>
      ((await (await get(runtime, QM, path)).json()) as { results: Array<{ user: { displayName: string; accountType: string } }> }).results.map(
        ({ user }) => `${user.displayName} (${user.accountType})`,
      );
    expect(await names(cql('user.fullname~"смир"'))).toEqual(['Анна Смирнова — quality manager (atlassian)']);
    expect(await names(cql('user.fullname~"process"'))).toEqual(['Process Cards (app) (app)', 'Oleg Ivanov — process owner (atlassian)']);
    expect(await names(cql('user.fullname ~ "iv"'))).toEqual(['Oleg Ivanov — process owner (atlassian)', 'Ivan Petrov — reader (view only) (atlassian)']);
  });

  it('picks groups by any part of the name, and answers memberships per account, paged by limit', async () => {
    const groups = async (path: string) => ((await (await get(runtime, QM, path)).json()) as { results: Array<{ name: string }>; _links: { next?: string } });
    expect((await groups('/wiki/rest/api/group/picker?query=MANAGER&limit=10')).results.map((group) => group.name)).toEqual(['quality-managers']);
    expect((await groups('/wiki/rest/api/user/memberof?accountId=5f1a-reader&limit=200')).results.map((group) => group.name)).toEqual([
      WORKBENCH_GROUPS.marketing.name,
      WORKBENCH_GROUPS.staff.name,
    ]);
    const firstPage = await groups('/wiki/rest/api/user/memberof?accountId=5f1a-reader&limit=1');
    expect([firstPage.results.length, firstPage._links.next]).toEqual([1, '/wiki/rest/api/user/memberof?accountId=5f1a-reader&limit=1&start=1']);
    expect((await groups('/wiki/rest/api/user/memberof?accountId=5f1a-guest')).results).toEqual([]);
  });

  it('refuses CQL it does not emulate, an unescaped quote and unknown parameters with 400, and a stranger with 403', async () => {
    for (const path of [
      cql('type=user'),
      cql('user.fullname~"a"b"'),
      cql('user.fullname~"a" OR user.accountid="x"'),
      '/wiki/rest/api/search/user?cql=user.fullname~%22an%22&expand=operations',
      '/wiki/rest/api/group/picker?limit=10',
      '/wiki/rest/api/user/memberof?accountId=x&limit=-1',
    ]) {
      expect([path, (await get(runtime, QM, path)).status]).toEqual([path, 400]);
    }
    expect((await get(runtime, 'stranger', cql('user.fullname~"an"'))).status).toBe(403);
  });

  it('answers in the shapes the Confluence v1 spec documents', async () => {
    await get(runtime, QM, cql('user.fullname~"an"'));
    await get(runtime, QM, '/wiki/rest/api/group/picker?query=a&limit=2');
    await get(runtime, QM, '/wiki/rest/api/user/memberof?accountId=5f1a-process-owner&limit=1');
    await get(runtime, 'stranger', '/wiki/rest/api/user/memberof?accountId=x');
    for (const { method, path, status, responseBody: body } of runtime.productRequests) {
      expect([path, checkResponse({ product: 'confluence', method, path, status, body })]).toEqual([path, { ok: true }]);
    }
  });
});
