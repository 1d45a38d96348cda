import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';
import { JIRA_DEFAULTS } from '../../../workbench/runtime';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, DONE_STATUS_ID: DONE, TASK_TYPE_ID: TASK } = JIRA_DEFAULTS;
const BASE = '/rest/api/3/workflowscheme';

describe('the Jira stand-in: workflow schemes, switching them, and the tasks that do it', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira({
      projects: [
        { id: '10000', key: 'QMS', name: 'Quality', style: 'classic', issues: [{ statusId: TODO }, { statusId: DOING }] },
        { id: '10001', key: 'TEAM', name: 'Team board', style: 'next-gen' },
        { id: '10003', key: 'OPS', name: 'Operations', style: 'classic' },
      ],
    });
  });
  afterEach(() => fixture.close());
  const admin = (method: string, path: string, body?: unknown) => fixture.asUser(ADMIN, method, `${BASE}${path}`, body);
  /** A workflow with To Do and Done only, made straight in the site. */
  const twoStatusWorkflow = (name: string) => {
    const jira = fixture.jira.site.workflowByName('jira')!;
    fixture.jira.site.workflows.set(`wf-${name}`, {
      ...jira,
      id: `wf-${name}`,
      name,
      isEditable: true,
      statuses: [TODO, DONE].map((statusId) => ({ statusId, properties: {} })),
      transitions: jira.transitions.filter((transition) => transition.toStatusId !== DOING),
    });
  };
  const createScheme = async (name: string, defaultWorkflow = 'jira', issueTypeMappings: Record<string, string> = {}) =>
    (await admin('POST', '', { name, description: 'QMS', defaultWorkflow, issueTypeMappings })) as { status: number; body: { id: number; name: string } };

  it('answers the Default Workflow Scheme without an id, leaving team-managed and unknown projects out', async () => {
    const answer = await admin('GET', '/project?projectId=10000&projectId=10001&projectId=10003&projectId=99999');
    expect(answer).toMatchObject({ status: 200, body: { values: [{ projectIds: ['10000', '10003'], workflowScheme: { name: 'Default Workflow Scheme', defaultWorkflow: 'jira' } }] } });
    expect((answer.body as { values: Array<{ workflowScheme: object }> }).values[0]!.workflowScheme).not.toHaveProperty('id');
    expect((await admin('GET', '/project?projectId=10001')).body).toEqual({ values: [] });
  });

  it('creates a scheme (integer id, named workflows) and reads it by id', async () => {
    const created = await createScheme('QMS scheme', 'jira', { [TASK]: 'jira' });
    expect(created).toMatchObject({ status: 201, body: { id: expect.any(Number), name: 'QMS scheme', defaultWorkflow: 'jira', issueTypeMappings: { [TASK]: 'jira' } } });
    expect((await admin('GET', `/${created.body.id}`)).body).toEqual(created.body);
    expect((await admin('GET', `/${created.body.id}?returnDraftIfExists=true`)).status).toBe(200);
    expect((await admin('GET', '/99999')).status).toBe(404);
    expect((await createScheme('qms SCHEME')).status).toBe(400);
    expect((await createScheme('Other', 'no such workflow')).status).toBe(400);
    expect((await createScheme('Other', 'jira', { '404': 'jira' })).status).toBe(400);
    expect((await admin('POST', '', { description: 'no name' })).status).toBe(400);
  });

  it('assigns a scheme to a classic project without issues only (stand-in behaviour: confirm on a dev site)', async () => {
    const { body: scheme } = await createScheme('QMS scheme');
    expect((await admin('PUT', '/project', { projectId: '10003', workflowSchemeId: String(scheme.id) })).status).toBe(204);
    expect((await admin('GET', '/project?projectId=10003')).body).toMatchObject({ values: [{ workflowScheme: { id: scheme.id } }] });
    expect(await admin('PUT', '/project', { projectId: '10000', workflowSchemeId: String(scheme.id) })).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('has issues')] } });
    expect(await admin('PUT', '/project', { projectId: '10001', workflowSchemeId: String(scheme.id) })).toMatchObject({ status: 400, body: { errorMessages: ['Only classic projects can have workflow schemes assigned.'] } });
    expect((await admin('PUT', '/project', { projectId: '10003', workflowSchemeId: '99999' })).status).toBe(404);
    expect((await admin('PUT', '/project', { projectId: '99999', workflowSchemeId: String(scheme.id) })).status).toBe(404);
    expect((await admin('PUT', '/project', { projectId: '10003' })).status).toBe(204);
    expect(fixture.jira.site.project('OPS')!.workflowSchemeId).toBeUndefined();
  });

  it('switches a project with issues by a task: 303 naming it, done on the configured poll, issues moved as mapped (stand-in behaviour: confirm on a dev site)', async () => {
    twoStatusWorkflow('Two steps');
    const { body: scheme } = await createScheme('QMS scheme', 'Two steps');
    const switchTo = (extra: object = {}) => admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: String(scheme.id), ...extra });
    expect(await switchTo()).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining(`status ${DOING}`)] } });
    const mapping = { mappingsByIssueTypeOverride: [{ issueTypeId: TASK, statusMappings: [{ oldStatusId: DOING, newStatusId: DONE }] }] };
    const started = await switchTo(mapping);
    expect(started).toMatchObject({ status: 303, body: { status: 'ENQUEUED', id: expect.any(String) } });
    const taskId = (started.body as { id: string }).id;
    expect(started.headers.get('location')).toBe(`http://localhost/rest/api/3/task/${taskId}`);
    expect(await switchTo(mapping)).toMatchObject({ status: 409, body: { errors: { conflictingTaskId: taskId } } });
    const task = (accountId = ADMIN) => fixture.asUser(accountId, 'GET', `/rest/api/3/task/${taskId}`);
    expect((await task()).body).toMatchObject({ status: 'RUNNING', progress: 50 });
    expect(fixture.jira.site.project('QMS')!.workflowSchemeId).toBeUndefined();
    expect((await task()).body).toMatchObject({ status: 'COMPLETE', progress: 100 });
    expect(fixture.jira.site.project('QMS')!.workflowSchemeId).toBe(String(scheme.id));
    expect(fixture.jira.site.project('QMS')!.issues.map((issue) => issue.statusId)).toEqual([TODO, DONE]);
    expect((await task()).body).toMatchObject({ status: 'COMPLETE' });
  });

  it('lets a test make the next task fail, changing nothing', async () => {
    const { body: scheme } = await createScheme('QMS scheme');
    fixture.jira.failNextTask('Workflow migration failed.');
    const started = await admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: String(scheme.id) });
    const taskId = (started.body as { id: string }).id;
    const poll = () => fixture.asUser(ADMIN, 'GET', `/rest/api/3/task/${taskId}`);
    await poll();
    expect((await poll()).body).toMatchObject({ status: 'FAILED', message: 'Workflow migration failed.' });
    expect(fixture.jira.site.project('QMS')!.workflowSchemeId).toBeUndefined();
  });

  it('finishes a task on the poll the options say (stand-in behaviour: confirm on a dev site)', async () => {
    fixture.close();
    fixture = startJira({ taskPolls: 1 });
    const { body: scheme } = await createScheme('QMS scheme');
    const started = await admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: String(scheme.id) });
    expect((await fixture.asUser(ADMIN, 'GET', `/rest/api/3/task/${(started.body as { id: string }).id}`)).body).toMatchObject({ status: 'COMPLETE' });
  });

  it('refuses a switch Jira would refuse', async () => {
    const { body: scheme } = await createScheme('QMS scheme');
    expect((await admin('POST', '/project/switch', { projectId: '10001', targetSchemeId: String(scheme.id) })).status).toBe(400);
    expect((await admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: '99999' })).status).toBe(400);
    expect((await admin('POST', '/project/switch', { projectId: '10000' })).status).toBe(400);
    expect((await fixture.asUser(MEMBER, 'POST', `${BASE}/project/switch`, { projectId: '10000', targetSchemeId: String(scheme.id) })).status).toBe(401);
  });

  it('shows a task to its submitter and to admins only', async () => {
    const { body: scheme } = await createScheme('QMS scheme');
    const started = await fixture.asApp('POST', `${BASE}/project/switch`, { projectId: '10000', targetSchemeId: String(scheme.id) });
    const path = `/rest/api/3/task/${(started.body as { id: string }).id}`;
    expect((await fixture.asUser(MEMBER, 'GET', path)).status).toBe(403);
    expect((await fixture.asUser(NO_ACCESS, 'GET', path)).status).toBe(403);
    expect((await fixture.asApp('GET', path)).status).toBe(200);
    expect((await fixture.asUser(ADMIN, 'GET', '/rest/api/3/task/424242')).status).toBe(404);
  });

  it('answers everyone but a Jira admin as documented: 403 for schemes', async () => {
    expect(await fixture.asUser(MEMBER, 'GET', `${BASE}/project?projectId=10000`)).toMatchObject({ status: 403, body: { errorMessages: ['Only Jira administrators can access workflow scheme associations.'] } });
    expect((await fixture.asUser(NO_ACCESS, 'POST', BASE, { name: 'X' })).status).toBe(403);
    for (const path of ['/project', `/project?${Array.from({ length: 101 }, (_, index) => `projectId=${20000 + index}`).join('&')}`, '/abc']) {
      expect([path, (await admin('GET', path)).status]).toEqual([path, 400]);
    }
  });

  it('answers in the shapes the Jira spec documents', async () => {
    const { body: scheme } = await createScheme('QMS scheme');
    await createScheme('QMS scheme');
    await admin('GET', '/project?projectId=10000');
    await admin('GET', `/${scheme.id}`);
    await admin('GET', '/99999');
    await admin('PUT', '/project', { projectId: '10003', workflowSchemeId: String(scheme.id) });
    await admin('PUT', '/project', { projectId: '10000', workflowSchemeId: String(scheme.id) });
    await admin('PUT', '/project', { projectId: '10003', workflowSchemeId: '99999' });
    const started = await admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: String(scheme.id) });
    await admin('POST', '/project/switch', { projectId: '10000', targetSchemeId: String(scheme.id) });
    await admin('POST', '/project/switch', { projectId: '10001', targetSchemeId: String(scheme.id) });
    const taskPath = `/rest/api/3/task/${(started.body as { id: string }).id}`;
    await fixture.asUser(ADMIN, 'GET', taskPath);
    await fixture.asUser(ADMIN, 'GET', taskPath);
    await fixture.asUser(MEMBER, 'GET', taskPath);
    await fixture.asUser(ADMIN, 'GET', '/rest/api/3/task/424242');
    await fixture.asUser(MEMBER, 'GET', `${BASE}/project?projectId=10000`);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
