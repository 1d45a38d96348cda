import { createJiraStandIn, JIRA_DEFAULTS } from '../../workbench/runtime';
import { WorkbenchIssueAnswer, WorkbenchIssuesAnswer } from '../../workbench/common/workbench-jira-issue';
import { WORKBENCH_SITE_URL, workbenchHashOf } from '../../workbench/common/workbench-site';
import { startServerWith, type ServerFixture } from './workbench-server-fixture';

const REPORTER = { accountId: 'acc-qm', name: 'Quality manager' };

describe('the workbench’s Jira pages: the stand-in’s issues, read by the host', () => {
  const jira = createJiraStandIn({
    users: [REPORTER],
    projects: [
      { id: '10000', key: 'QMS', name: 'Quality management', style: 'classic', issues: [{ fields: { summary: 'Seeded' } }] },
      { id: '10001', key: 'MKT', name: 'Marketing board', style: 'next-gen' },
    ],
    now: () => Date.UTC(2026, 11, 4, 9),
  });
  const qms = jira.site.project('QMS')!;
  const raised = jira.site.addIssue(qms, {
    statusId: JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID,
    reporter: REPORTER.accountId,
    fields: { summary: 'Off target' },
    properties: { 'process-cards.action': { kind: 'corrective-action', link: { cardId: 'card-1', kpiId: 'kpi-2', pageId: '101' } } },
  });
  raised.remoteLinks.push({ id: 1, globalId: undefined, relationship: 'Process card', application: undefined, object: { url: `${WORKBENCH_SITE_URL}/wiki/spaces/QMS/pages/101`, title: 'Marketing' } });

  let fixture: ServerFixture;
  beforeAll(async () => {
    fixture = await startServerWith({}, {}, undefined, jira.site);
  });
  afterAll(() => fixture.stop());

  it('lists every project’s issues, newest first, with type, status and its category, reporter, the card link and remote links', async () => {
    const response = await fetch(`${fixture.url}/__workbench/jira/issues`);
    expect(response.status).toBe(200);
    const { projects } = WorkbenchIssuesAnswer.parse(await response.json());
    expect(projects.map((project) => [project.key, project.issues.map((issue) => issue.key)])).toEqual([['QMS', ['QMS-2', 'QMS-1']], ['MKT', []]]);
    expect(projects[0]!.issues[0]).toEqual({
      key: 'QMS-2',
      projectKey: 'QMS',
      type: 'Task',
      summary: 'Off target',
      status: { name: 'In Progress', category: 'IN_PROGRESS' },
      reporter: 'Quality manager',
      created: '2026-12-04T09:00:00.000Z',
      link: { cardId: 'card-1', kpiId: 'kpi-2', pageId: '101' },
      remoteLinks: [{ title: 'Marketing', url: `${WORKBENCH_SITE_URL}/wiki/spaces/QMS/pages/101`, relationship: 'Process card' }],
    });
    expect(projects[0]!.issues[1]).toMatchObject({ key: 'QMS-1', reporter: null, link: null, remoteLinks: [] });
  });

  it('shows one issue with its properties as stored, and says when there is none', async () => {
    const response = await fetch(`${fixture.url}/__workbench/jira/issues/qms-2`);
    const { issue } = WorkbenchIssueAnswer.parse(await response.json());
    expect(issue).toMatchObject({ key: 'QMS-2', properties: { 'process-cards.action': { kind: 'corrective-action', link: { cardId: 'card-1' } } } });
    const missing = await fetch(`${fixture.url}/__workbench/jira/issues/QMS-99`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'No issue QMS-99 in the Jira stand-in.' });
  });
});

describe('the workbench’s site URL, as the host’s router reads the app’s links on it', () => {
  it('is https, as a real site’s is, so the app makes its links', () => {
    expect(new URL(WORKBENCH_SITE_URL).protocol).toBe('https:');
  });

  it.each([
    [`${WORKBENCH_SITE_URL}/browse/QMS-12`, '#/jira/browse/QMS-12'],
    [`${WORKBENCH_SITE_URL}/wiki/spaces/QMS/pages/101`, '#/page/101'],
    [`${WORKBENCH_SITE_URL}/wiki/pages/viewpage.action?pageId=101`, '#/page/101'],
    [`${WORKBENCH_SITE_URL}/issues/?jql=processCardId%20%3D%20%22c%22`, '#/jira/issues'],
  ])('takes %s to the workbench’s %s', (url, hash) => {
    expect(workbenchHashOf(url)).toBe(hash);
  });

  it.each([['https://example.atlassian.net/browse/QMS-12'], [`${WORKBENCH_SITE_URL}/wiki/spaces/QMS/overview`], ['not a url']])('leaves %s alone', (url) => {
    expect(workbenchHashOf(url)).toBeNull();
  });
});
