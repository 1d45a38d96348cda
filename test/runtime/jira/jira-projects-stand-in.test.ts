import api, { route } from '@forge/api';
import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

describe('the Jira stand-in: projects and issue counts, as each caller may browse them', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());

  it('answers a project by id or key with its style, as company- or team-managed (stand-in behaviour: confirm on a dev site)', async () => {
    const byKey = await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/qms');
    expect(byKey).toMatchObject({ status: 200, body: { id: '10000', key: 'QMS', style: 'classic', simplified: false } });
    expect((byKey.body as { issueTypes: Array<{ name: string }> }).issueTypes.map((type) => type.name)).toEqual(['Task', 'Sub-task']);
    expect(await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/10001')).toMatchObject({ status: 200, body: { key: 'TEAM', style: 'next-gen', simplified: true } });
  });

  it('hides a project from whoever may not browse it, a Jira admin included, behind the 404 of a missing one', async () => {
    expect((await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/SEC')).status).toBe(200);
    expect((await fixture.asUser(ADMIN, 'GET', '/rest/api/3/project/SEC')).status).toBe(404);
    expect((await fixture.asUser(NO_ACCESS, 'GET', '/rest/api/3/project/QMS')).status).toBe(404);
    expect(await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/NOPE')).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key 'NOPE'."], errors: {} },
    });
  });

  it('lists projects a page at a time; an admin sees every project, others those they browse', async () => {
    const keysOf = (body: unknown) => (body as { values: Array<{ key: string }> }).values.map((project) => project.key);
    const first = await fixture.asUser(ADMIN, 'GET', '/rest/api/3/project/search?maxResults=2');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 2, total: 3, isLast: false, nextPage: expect.stringContaining('startAt=2') });
    expect(keysOf(first.body)).toEqual(['QMS', 'SEC']);
    const second = await fixture.asUser(ADMIN, 'GET', '/rest/api/3/project/search?maxResults=2&startAt=2');
    expect([keysOf(second.body), (second.body as { isLast: boolean }).isLast]).toEqual([['TEAM'], true]);
    expect(keysOf((await fixture.asUser(NO_ACCESS, 'GET', '/rest/api/3/project/search')).body)).toEqual([]);
    const asked = await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/search?id=10002&id=10001&orderBy=-key');
    expect(keysOf(asked.body)).toEqual(['TEAM', 'SEC']);
  });

  it('counts a project’s issues for `project = <id or key>`, refusing a project the caller cannot see (stand-in behaviour: confirm on a dev site)', async () => {
    const count = (accountId: string, jql: string) => fixture.asUser(accountId, 'POST', '/rest/api/3/search/approximate-count', { jql });
    expect(await count(MEMBER, 'project = 10000')).toEqual(expect.objectContaining({ status: 200, body: { count: 2 } }));
    expect((await count(MEMBER, 'project = "TEAM"')).body).toEqual({ count: 0 });
    expect(await count(ADMIN, 'project = SEC')).toMatchObject({ status: 400, body: { errorMessages: ["The value 'SEC' does not exist for the field 'project'."] } });
    expect((await count(NO_ACCESS, 'project = QMS')).status).toBe(400);
  });

  it('refuses with 400 what the spec does not allow, and what the stand-in does not emulate', async () => {
    for (const [method, path, body] of [
      ['GET', '/rest/api/3/project/QMS?expand=lead'],
      ['GET', '/rest/api/3/project/search?query=qual'],
      ['GET', '/rest/api/3/project/search?colour=red'],
      ['GET', '/rest/api/3/project/search?startAt=-1'],
      // The description says more than 100 is read as 100, but the schema's maximum is 100: the stand-in keeps to the schema.
      ['GET', '/rest/api/3/project/search?maxResults=500'],
      ['POST', '/rest/api/3/search/approximate-count', { jql: 'assignee = currentUser()' }],
      ['POST', '/rest/api/3/search/approximate-count', { jql: 'project = QMS', fields: ['summary'] }],
      ['POST', '/rest/api/3/search/approximate-count', {}],
    ] as const) {
      expect([path, (await fixture.asUser(MEMBER, method, path, body)).status]).toEqual([path, 400]);
    }
  });

  it('answers a body that is not JSON with 415, as Jira does', async () => {
    const response = await fixture.runtime.runInvocation(MEMBER, async () => {
      return api.asUser().requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'project = QMS' });
    });
    expect(response.status).toBe(415);
  });

  it('answers in the shapes the Jira spec documents for each status', async () => {
    await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/QMS');
    await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/TEAM');
    await fixture.asUser(MEMBER, 'GET', '/rest/api/3/project/NOPE');
    await fixture.asUser(ADMIN, 'GET', '/rest/api/3/project/search?maxResults=1');
    await fixture.asUser(MEMBER, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = QMS' });
    await fixture.asUser(MEMBER, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = NOPE' });
    expect(fixture.runtime.productRequests).toHaveLength(6);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
