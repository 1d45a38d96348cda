import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const link = (title: string, globalId?: string) => ({
  ...(globalId === undefined ? {} : { globalId }),
  application: { name: 'Confluence', type: 'com.atlassian.confluence' },
  relationship: 'raised from',
  object: { url: 'https://example.atlassian.net/wiki/pages/viewpage.action?pageId=65537', title, summary: 'KPI: on-time delivery' },
});

describe('the Jira stand-in: remote issue links', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());
  const post = (issue: string, body: unknown, accountId = MEMBER) => fixture.asUser(accountId, 'POST', `/rest/api/3/issue/${issue}/remotelink`, body);
  const get = (issue: string, query = '', accountId = MEMBER) => fixture.asUser(accountId, 'GET', `/rest/api/3/issue/${issue}/remotelink${query}`);

  it('adds a link, and updates the one with the same globalId instead of adding another', async () => {
    const added = await post('QMS-1', link('Purchasing', 'pageId=65537'));
    expect(added).toMatchObject({ status: 201, body: { id: expect.any(Number), self: expect.stringContaining('/remotelink/') } });
    const again = await post('qms-1', link('Purchasing (renamed)', 'pageId=65537'));
    expect(again).toMatchObject({ status: 200, body: { id: (added.body as { id: number }).id } });
    await post('QMS-1', link('Without a global id'));
    const all = await get('QMS-1');
    expect((all.body as Array<{ object: { title: string } }>).map((entry) => entry.object.title)).toEqual(['Purchasing (renamed)', 'Without a global id']);
    const one = await get('QMS-1', `?globalId=${encodeURIComponent('pageId=65537')}`);
    expect(one.body).toMatchObject({ globalId: 'pageId=65537', relationship: 'raised from', object: { title: 'Purchasing (renamed)' } });
    expect((await get('QMS-1', '?globalId=none')).status).toBe(404);
    expect(fixture.jira.site.issue('QMS-1')!.issue.remoteLinks).toHaveLength(2);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('refuses what Jira refuses, adding nothing', async () => {
    expect((await post('QMS-1', { globalId: 'x' })).status).toBe(400);
    expect((await post('QMS-1', link('Long', 'g'.repeat(256)))).status).toBe(400);
    expect((await post('QMS-99', link('Nowhere'))).status).toBe(404);
    fixture.jira.site.addIssue(fixture.jira.site.project('SEC')!, {});
    expect((await post('SEC-1', link('Hidden'), ADMIN)).status).toBe(404);
    expect((await post('QMS-1', link('No licence'), NO_ACCESS)).status).toBe(401);
    expect((await get('QMS-1', '?other=1')).status).toBe(400);
    expect(fixture.jira.site.issue('QMS-1')!.issue.remoteLinks).toEqual([]);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
