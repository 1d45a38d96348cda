import { JIRA_DEFAULTS } from '../../../workbench/runtime';
import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const { TASK_TYPE_ID: TASK, SUBTASK_TYPE_ID: SUBTASK, TODO_STATUS_ID: TODO, DONE_STATUS_ID: DONE } = JIRA_DEFAULTS;
const issue = (fields: Record<string, unknown>, extra: object = {}) => ({ fields: { project: { key: 'QMS' }, issuetype: { id: TASK }, summary: 'Late deliveries', ...fields }, ...extra });

describe('the Jira stand-in: creating issues', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());
  const create = (body: unknown, accountId = MEMBER) => fixture.asUser(accountId, 'POST', '/rest/api/3/issue', body);

  it('creates an issue with its properties, numbered in its project, where its workflow starts', async () => {
    const answer = await create(issue({ labels: ['iso-9001'] }, { properties: [{ key: 'process-card', value: { cardId: 'c-1', kpiId: 'kpi-2' } }] }));
    expect(answer).toEqual(expect.objectContaining({ status: 201, body: { id: expect.stringMatching(/^\d+$/), key: 'QMS-3', self: expect.stringContaining('/rest/api/3/issue/') } }));
    const created = fixture.jira.site.project('QMS')!.issues[2]!;
    expect(created).toMatchObject({ key: 'QMS-3', issueTypeId: TASK, statusId: TODO, fields: { summary: 'Late deliveries', labels: ['iso-9001'] } });
    expect(created.properties.get('process-card')).toEqual({ cardId: 'c-1', kpiId: 'kpi-2' });
    const count = await fixture.asUser(MEMBER, 'POST', '/rest/api/3/search/approximate-count', { jql: 'project = QMS' });
    expect(count.body).toEqual({ count: 3 });
  });

  it('starts an issue where its type’s workflow, by the project’s scheme, starts', async () => {
    const { site } = fixture.jira;
    const jira = site.workflowByName('jira')!;
    site.workflows.set('wf-done-first', { ...jira, id: 'wf-done-first', name: 'Done first', transitions: jira.transitions.map((transition) => (transition.type === 'INITIAL' ? { ...transition, toStatusId: DONE } : transition)) });
    site.project('QMS')!.workflowSchemeId = site.addWorkflowScheme({ name: 'S', description: '', defaultWorkflow: 'jira', issueTypeMappings: { [TASK]: 'Done first' } }).id;
    await create(issue({}));
    expect(site.project('QMS')!.issues.at(-1)!.statusId).toBe(DONE);
  });

  it('refuses what Jira refuses, field by field, creating nothing', async () => {
    const errorsOf = async (body: unknown, accountId?: string) => {
      const answer = await create(body, accountId);
      expect(answer.status).toBe(400);
      return Object.keys((answer.body as { errors: object }).errors);
    };
    expect(await errorsOf(issue({ summary: '' }))).toEqual(['summary']);
    expect(await errorsOf(issue({ project: { key: 'NOPE' } }))).toEqual(['project']);
    expect(await errorsOf(issue({ project: { key: 'SEC' } }), ADMIN)).toEqual(['project']);
    expect(await errorsOf(issue({ issuetype: { id: '404' } }))).toEqual(['issuetype']);
    expect(await errorsOf(issue({ priority: { id: '1' } }))).toEqual(['priority']);
    expect(await errorsOf(issue({ labels: ['two words'] }))).toEqual(['labels']);
    expect(await errorsOf(issue({}, { properties: [{ value: 1 }] }))).toEqual(['properties']);
    expect((await create(issue({ issuetype: { id: SUBTASK } }))).status).toBe(400);
    expect((await create(issue({}, { update: { labels: [{ add: 'x' }] } }))).status).toBe(400);
    expect((await create(issue({}), NO_ACCESS)).status).toBe(401);
    expect(fixture.jira.site.project('QMS')!.issues).toHaveLength(2);
  });

  it('answers in the shapes the Jira spec documents', async () => {
    await create(issue({}));
    await create(issue({ summary: '' }));
    await create(issue({}), NO_ACCESS);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
