import { JIRA_DEFAULTS } from '../../../workbench/runtime';
import { MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

describe('the Jira stand-in: an issue property and the changelog read back', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());

  it('answers a property by key, 404 for one the issue lacks or an issue the caller cannot see', async () => {
    const { issue } = fixture.jira.site.issue('QMS-1')!;
    issue.properties.set('process-cards.action', { kind: 'corrective-action' });
    expect(await fixture.asApp('GET', '/rest/api/3/issue/QMS-1/properties/process-cards.action')).toMatchObject({ status: 200, body: { key: 'process-cards.action', value: { kind: 'corrective-action' } } });
    expect((await fixture.asApp('GET', '/rest/api/3/issue/QMS-2/properties/process-cards.action')).status).toBe(404);
    expect((await fixture.asUser(NO_ACCESS, 'GET', '/rest/api/3/issue/QMS-1/properties/process-cards.action')).status).toBe(404);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('lists status changes oldest first, paged by at most 100', async () => {
    const { issue } = fixture.jira.site.issue('QMS-1')!;
    for (let i = 0; i < 101; i += 1) fixture.jira.site.changeStatus(issue, i % 2 === 0 ? JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID : JIRA_DEFAULTS.TODO_STATUS_ID, MEMBER);
    const first = await fixture.asApp('GET', '/rest/api/3/issue/QMS-1/changelog?startAt=0&maxResults=500');
    expect(first.body).toMatchObject({ startAt: 0, maxResults: 100, total: 101, isLast: false });
    const values = (first.body as { values: Array<{ items: Array<{ fieldId: string; from: string; to: string }>; author: { accountId: string } }> }).values;
    expect(values).toHaveLength(100);
    expect(values[0]).toMatchObject({ author: { accountId: MEMBER }, items: [{ fieldId: 'status', from: JIRA_DEFAULTS.TODO_STATUS_ID, to: JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID, toString: 'In Progress' }] });
    const last = await fixture.asApp('GET', '/rest/api/3/issue/QMS-1/changelog?startAt=100&maxResults=100');
    expect(last.body).toMatchObject({ startAt: 100, isLast: true, values: [{ items: [{ to: JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID }] }] });
    expect(issue.statusId).toBe(JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID);
    expect((await fixture.asApp('GET', '/rest/api/3/issue/QMS-9/changelog')).status).toBe(404);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
