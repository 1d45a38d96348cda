import { ADMIN, MEMBER, NO_ACCESS, SECRET, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const CREATE = '/rest/api/3/statuses';
const global = (...statuses: Array<{ name: string; statusCategory: string; description?: string }>) => ({ scope: { type: 'GLOBAL' }, statuses });

describe('the Jira stand-in: statuses', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());

  it('creates site-wide statuses in order, then finds them by name (any case) and by id', async () => {
    const created = await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'Verified', statusCategory: 'DONE', description: 'Effective' }, { name: 'Analysis', statusCategory: 'IN_PROGRESS' }));
    expect(created.status).toBe(200);
    const [verified, analysis] = created.body as Array<{ id: string; name: string }>;
    expect(created.body).toEqual([
      { id: verified!.id, name: 'Verified', description: 'Effective', statusCategory: 'DONE', scope: { type: 'GLOBAL' } },
      { id: analysis!.id, name: 'Analysis', description: '', statusCategory: 'IN_PROGRESS', scope: { type: 'GLOBAL' } },
    ]);
    const byName = await fixture.asUser(MEMBER, 'GET', '/rest/api/3/statuses/byNames?name=verified&name=Done&name=Nothing');
    expect((byName.body as Array<{ name: string }>).map((status) => status.name)).toEqual(['Done', 'Verified']);
    const byId = await fixture.asUser(MEMBER, 'GET', `/rest/api/3/statuses?id=${analysis!.id}&id=99999`);
    expect((byId.body as Array<{ id: string }>).map((status) => status.id)).toEqual([analysis!.id]);
  });

  it('refuses a name its category already has (or the request repeats), but not the same name in another category (stand-in behaviour: confirm on a dev site)', async () => {
    expect((await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'done', statusCategory: 'DONE' }))).status).toBe(400);
    expect((await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'Check', statusCategory: 'TODO' }, { name: 'CHECK', statusCategory: 'TODO' }))).status).toBe(400);
    expect((await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'Done', statusCategory: 'IN_PROGRESS' }))).status).toBe(200);
    const both = await fixture.asUser(MEMBER, 'GET', '/rest/api/3/statuses/byNames?name=Done');
    expect((both.body as Array<{ statusCategory: string }>).map((status) => status.statusCategory)).toEqual(['DONE', 'IN_PROGRESS']);
    expect(fixture.jira.site.statuses.size).toBe(4);
  });

  it('lets only a Jira admin create, answering others 401 as the operation documents', async () => {
    const body = global({ name: 'Verified', statusCategory: 'DONE' });
    expect(await fixture.asUser(MEMBER, 'POST', CREATE, body)).toMatchObject({ status: 401, body: { errorMessages: [expect.stringContaining('Administrator')], errors: {} } });
    expect((await fixture.asUser(NO_ACCESS, 'POST', CREATE, body)).status).toBe(401);
    expect((await fixture.asUser(NO_ACCESS, 'GET', '/rest/api/3/statuses/byNames?name=Done')).status).toBe(401);
    expect((await fixture.asApp('POST', CREATE, body)).status).toBe(200);
  });

  it('refuses malformed or unemulated requests with 400', async () => {
    const names = Array.from({ length: 51 }, (_, index) => `name=S${index}`).join('&');
    for (const [method, path, body] of [
      ['GET', `/rest/api/3/statuses/byNames?${names}`],
      ['GET', '/rest/api/3/statuses/byNames'],
      ['GET', '/rest/api/3/statuses/byNames?name=Done&projectId=404'],
      ['GET', '/rest/api/3/statuses'],
      ['POST', CREATE, { statuses: [{ name: 'X', statusCategory: 'DONE' }] }],
      ['POST', CREATE, global({ name: 'X', statusCategory: 'FINISHED' })],
      ['POST', CREATE, global({ name: 'X'.repeat(256), statusCategory: 'DONE' })],
      ['POST', CREATE, { scope: { type: 'PROJECT', project: { id: '10000' } }, statuses: [{ name: 'X', statusCategory: 'DONE' }] }],
      ['POST', CREATE, global()],
    ] as const) {
      expect([path, body, (await fixture.asUser(ADMIN, method, path, body)).status]).toEqual([path, body, 400]);
    }
  });

  it('answers in the shapes the Jira spec documents', async () => {
    await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'Verified', statusCategory: 'DONE' }));
    await fixture.asUser(ADMIN, 'POST', CREATE, global({ name: 'Verified', statusCategory: 'DONE' }));
    await fixture.asUser(MEMBER, 'POST', CREATE, global({ name: 'Other', statusCategory: 'DONE' }));
    await fixture.asUser(MEMBER, 'GET', '/rest/api/3/statuses/byNames?name=Verified');
    await fixture.asUser(MEMBER, 'GET', '/rest/api/3/statuses?id=10000');
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});

describe('the Jira stand-in: issue types', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());
  const create = (accountId: string, body: unknown) => fixture.asUser(accountId, 'POST', '/rest/api/3/issuetype', body);
  const namesFor = async (accountId: string) => ((await fixture.asUser(accountId, 'GET', '/rest/api/3/issuetype')).body as Array<{ name: string }>).map((type) => type.name);

  it('creates a standard type and adds it to the default issue type scheme, as Jira does', async () => {
    const created = await create(ADMIN, { name: 'Corrective action', description: 'ISO 9001 §10.2', hierarchyLevel: 0 });
    expect(created).toMatchObject({ status: 201, body: { name: 'Corrective action', description: 'ISO 9001 §10.2', hierarchyLevel: 0, subtask: false } });
    const id = (created.body as { id: string }).id;
    expect(fixture.jira.site.issueTypeSchemes.get('10000')!.issueTypeIds).toContain(id);
    expect(await namesFor(MEMBER)).toEqual(['Task', 'Sub-task', 'Corrective action']);
    expect((await create(ADMIN, { name: 'Check', type: 'subtask' })).body).toMatchObject({ hierarchyLevel: -1, subtask: true });
  });

  it('shows an admin every type, others the types of the projects they browse, a caller without Jira none', async () => {
    fixture.jira.site.issueTypeSchemes.set('10500', { id: '10500', name: 'Secret types', description: '', isDefault: false, defaultIssueTypeId: undefined, issueTypeIds: ['10002'] });
    fixture.jira.site.project(SECRET.key)!.issueTypeSchemeId = '10500';
    await create(ADMIN, { name: 'Improvement' });
    fixture.jira.site.project('QMS')!.issueTypeSchemeId = '10500';
    expect(await namesFor(ADMIN)).toEqual(['Task', 'Sub-task', 'Improvement']);
    expect(await namesFor(MEMBER)).toEqual(['Sub-task']);
    expect(await namesFor(NO_ACCESS)).toEqual([]);
  });

  it('refuses a taken name with 409, a long name or an unknown level with 400, and non-admins with 403', async () => {
    expect((await create(ADMIN, { name: 'task' })).status).toBe(409);
    expect((await create(ADMIN, { name: 'x'.repeat(61) })).status).toBe(400);
    expect((await create(ADMIN, { name: 'Epic', hierarchyLevel: 1 })).status).toBe(400);
    expect((await create(ADMIN, { name: 'Odd', hierarchyLevel: 0, type: 'subtask' })).status).toBe(400);
    expect((await create(ADMIN, { description: 'no name' })).status).toBe(400);
    expect((await create(MEMBER, { name: 'Mine' })).status).toBe(403);
    expect((await create(NO_ACCESS, { name: 'Mine' })).status).toBe(403);
    expect(fixture.jira.site.issueTypes.size).toBe(2);
  });

  it('answers in the shapes the Jira spec documents', async () => {
    await create(ADMIN, { name: 'Corrective action', description: 'x' });
    await create(ADMIN, { name: 'Corrective action' });
    await create(MEMBER, { name: 'Mine' });
    await fixture.asUser(ADMIN, 'GET', '/rest/api/3/issuetype');
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
