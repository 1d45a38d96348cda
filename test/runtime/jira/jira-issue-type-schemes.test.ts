import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';
import { JIRA_DEFAULTS } from '../../../workbench/runtime';

const { TASK_TYPE_ID: TASK, SUBTASK_TYPE_ID: SUBTASK, DEFAULT_ISSUE_TYPE_SCHEME_ID: DEFAULT_SCHEME } = JIRA_DEFAULTS;
const BASE = '/rest/api/3/issuetypescheme';

describe('the Jira stand-in: issue type schemes', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira({
      projects: [
        { id: '10000', key: 'QMS', name: 'Quality', style: 'classic', issues: [{}] },
        { id: '10001', key: 'TEAM', name: 'Team board', style: 'next-gen' },
        { id: '10003', key: 'OPS', name: 'Operations', style: 'classic' },
        { id: '10004', key: 'HR', name: 'People', style: 'classic' },
      ],
    });
  });
  afterEach(() => fixture.close());
  const admin = (method: string, path: string, body?: unknown) => fixture.asUser(ADMIN, method, `${BASE}${path}`, body);
  const createScheme = async (name: string, issueTypeIds: string[], defaultIssueTypeId?: string) =>
    ((await admin('POST', '', { name, description: 'for QMS', issueTypeIds, ...(defaultIssueTypeId ? { defaultIssueTypeId } : {}) })).body as { issueTypeSchemeId: string }).issueTypeSchemeId;

  it('answers which scheme each classic project uses, leaving team-managed and unknown projects out', async () => {
    const answer = await admin('GET', '/project?projectId=10000&projectId=10001&projectId=10003&projectId=99999');
    expect(answer.body).toMatchObject({
      isLast: true,
      total: 1,
      values: [{ issueTypeScheme: { id: DEFAULT_SCHEME, name: 'Default Issue Type Scheme', isDefault: true }, projectIds: ['10000', '10003'] }],
    });
    expect((answer.body as { values: Array<{ issueTypeScheme: object }> }).values[0]!.issueTypeScheme).not.toHaveProperty('defaultIssueTypeId');
  });

  it('creates a scheme, adds types to it, assigns it to a classic project, and lists what it holds a page at a time', async () => {
    const id = await createScheme('QMS scheme', [TASK], TASK);
    expect((await admin('PUT', `/${id}/issuetype`, { issueTypeIds: [SUBTASK] })).status).toBe(204);
    expect((await admin('PUT', '/project', { issueTypeSchemeId: id, projectId: '10000' })).status).toBe(204);
    const used = await admin('GET', '/project?projectId=10000');
    expect(used.body).toMatchObject({ values: [{ issueTypeScheme: { id, name: 'QMS scheme', defaultIssueTypeId: TASK }, projectIds: ['10000'] }] });
    expect((used.body as { values: Array<{ issueTypeScheme: object }> }).values[0]!.issueTypeScheme).not.toHaveProperty('isDefault');
    const mapping = await admin('GET', `/mapping?issueTypeSchemeId=${id}&maxResults=1`);
    expect(mapping.body).toMatchObject({ isLast: false, total: 2, values: [{ issueTypeSchemeId: id, issueTypeId: TASK }] });
    expect((await admin('GET', `/mapping?issueTypeSchemeId=${id}&startAt=1`)).body).toMatchObject({ isLast: true, values: [{ issueTypeId: SUBTASK }] });
    const listed = await admin('GET', `?id=${id}&id=${DEFAULT_SCHEME}&orderBy=-id`);
    expect((listed.body as { values: Array<{ id: string }> }).values.map((scheme) => scheme.id)).toEqual([id, DEFAULT_SCHEME]);
  });

  it('refuses a taken name (409), a default outside the list, unknown or only sub-task types (400)', async () => {
    await createScheme('QMS scheme', [TASK]);
    expect((await admin('POST', '', { name: 'qms SCHEME', issueTypeIds: [TASK] })).status).toBe(409);
    expect((await admin('POST', '', { name: 'B', issueTypeIds: [TASK], defaultIssueTypeId: SUBTASK })).status).toBe(400);
    expect((await admin('POST', '', { name: 'C', issueTypeIds: ['404'] })).status).toBe(400);
    expect((await admin('POST', '', { name: 'D', issueTypeIds: [SUBTASK] })).status).toBe(400);
    expect((await admin('POST', '', { name: 'E' })).status).toBe(400);
  });

  it('adds types all or nothing: one already there refuses the lot; unknown types or schemes answer 404', async () => {
    const id = await createScheme('QMS scheme', [TASK]);
    expect((await admin('PUT', `/${id}/issuetype`, { issueTypeIds: [SUBTASK, TASK] })).status).toBe(400);
    expect(fixture.jira.site.issueTypeSchemes.get(id)!.issueTypeIds).toEqual([TASK]);
    expect((await admin('PUT', `/${id}/issuetype`, { issueTypeIds: ['404'] })).status).toBe(404);
    expect((await admin('PUT', '/99999/issuetype', { issueTypeIds: [SUBTASK] })).status).toBe(404);
  });

  it('assigns only to classic projects, and not when the project has issues of types the scheme lacks (stand-in behaviour: confirm on a dev site)', async () => {
    const subtasksToo = await createScheme('With sub-tasks', [TASK, SUBTASK]);
    fixture.jira.site.addIssue(fixture.jira.site.project('HR')!, { issueTypeId: SUBTASK });
    const tasksOnly = await createScheme('Tasks only', [TASK]);
    expect(await admin('PUT', '/project', { issueTypeSchemeId: tasksOnly, projectId: '10001' })).toMatchObject({ status: 400, body: { errorMessages: ['Issue type schemes can only be assigned to classic projects.'] } });
    expect((await admin('PUT', '/project', { issueTypeSchemeId: tasksOnly, projectId: '10004' })).status).toBe(400);
    expect((await admin('PUT', '/project', { issueTypeSchemeId: subtasksToo, projectId: '10004' })).status).toBe(204);
    expect((await admin('PUT', '/project', { issueTypeSchemeId: '99999', projectId: '10004' })).status).toBe(404);
    expect((await admin('PUT', '/project', { issueTypeSchemeId: tasksOnly, projectId: '99999' })).status).toBe(404);
  });

  it('answers everyone but a Jira admin 403, in Jira’s words', async () => {
    expect(await fixture.asUser(MEMBER, 'GET', `${BASE}/project?projectId=10000`)).toMatchObject({ status: 403, body: { errorMessages: ['Only Jira administrators can access issue type schemes.'] } });
    expect((await fixture.asUser(NO_ACCESS, 'POST', BASE, { name: 'X', issueTypeIds: [TASK] })).status).toBe(403);
    expect((await fixture.asApp('GET', `${BASE}/project?projectId=10000`)).status).toBe(200);
  });

  it('refuses what the spec or the stand-in does not allow with 400', async () => {
    for (const path of ['/project', '/project?projectId=QMS', '?expand=projects', '/mapping?issueTypeSchemeId=abc']) {
      expect([path, (await admin('GET', path)).status]).toEqual([path, 400]);
    }
  });

  it('answers in the shapes the Jira spec documents', async () => {
    const id = await createScheme('QMS scheme', [TASK], TASK);
    await createScheme('QMS scheme', [TASK]);
    await admin('POST', '', { name: 'B', issueTypeIds: [TASK], defaultIssueTypeId: SUBTASK });
    await admin('PUT', `/${id}/issuetype`, { issueTypeIds: [SUBTASK] });
    await admin('PUT', `/${id}/issuetype`, { issueTypeIds: [SUBTASK] });
    await admin('PUT', '/99999/issuetype', { issueTypeIds: [SUBTASK] });
    await admin('PUT', '/project', { issueTypeSchemeId: id, projectId: '10000' });
    await admin('PUT', '/project', { issueTypeSchemeId: id, projectId: '10001' });
    await admin('GET', '/project?projectId=10000&projectId=10003');
    await admin('GET', '/mapping?maxResults=2');
    await admin('GET', '?orderBy=name');
    await fixture.asUser(MEMBER, 'GET', `${BASE}/mapping`);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
