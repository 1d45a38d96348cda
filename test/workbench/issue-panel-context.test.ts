import { createJiraStandIn } from '../../workbench/runtime';
import { WorkbenchIssueAnswer } from '../../workbench/common/workbench-jira-issue';
import { WORKBENCH_SITE_URL } from '../../workbench/common/workbench-site';
import { issuePanelExtension, showsActionPanel } from '../../workbench/server/issue-panel-extension';
import { PROVISION_RECORD_KEY } from '../../src/core/capa/provisioning/provision-record';
import { startServerWith, type ServerFixture } from './workbench-server-fixture';

describe('the issue panel in the workbench: where Jira would show it, and the context Jira would give it', () => {
  const jira = createJiraStandIn({
    users: [{ accountId: 'acc-qm', name: 'Quality manager' }],
    projects: [{ id: '10000', key: 'QMS', name: 'Quality management', style: 'classic', issues: [{ fields: { summary: 'A task' } }] }],
  });
  const qms = jira.site.project('QMS')!;
  const task = qms.issues[0]!;
  const ourType = jira.site.addIssueType({ name: 'Corrective action', description: '', hierarchyLevel: 0, entityId: 'entity-ca' });
  const action = jira.site.addIssue(qms, { issueTypeId: ourType.id, fields: { summary: 'Audit finding' } });

  let fixture: ServerFixture;
  beforeAll(async () => {
    fixture = await startServerWith({}, {}, undefined, jira.site);
  });
  afterAll(() => fixture.stop());
  afterEach(() => jira.site.appProperties.delete(PROVISION_RECORD_KEY));

  const provision = () => jira.site.appProperties.set(PROVISION_RECORD_KEY, { issueTypes: { 'corrective-action': { id: ourType.id, name: 'Corrective action' } } });

  it('shows no panel before provisioning names the types, then only on them', async () => {
    expect(showsActionPanel(jira.site, ourType.id)).toBe(false);
    provision();
    expect(showsActionPanel(jira.site, ourType.id)).toBe(true);
    expect(showsActionPanel(jira.site, task.issueTypeId)).toBe(false);
    const detail = async (key: string) => WorkbenchIssueAnswer.parse(await (await fetch(`${fixture.url}/__workbench/jira/issues/${key}`)).json()).issue;
    expect(await detail(action.key)).toMatchObject({ actionPanel: true, id: action.id, typeId: ourType.id, projectId: '10000' });
    expect(await detail(task.key)).toMatchObject({ actionPanel: false });
  });

  it('builds the panel’s extension context from the stand-in’s issue, and none for an issue it would not show on', () => {
    provision();
    expect(issuePanelExtension(jira.site, action.key)).toEqual({
      issue: { id: action.id, key: action.key, type: 'Corrective action', typeId: ourType.id },
      project: { id: '10000', key: 'QMS', type: 'software' },
      isNewToIssue: false,
      location: `${WORKBENCH_SITE_URL}/browse/${action.key}`,
    });
    expect(issuePanelExtension(jira.site, task.key)).toBeUndefined();
    expect(issuePanelExtension(jira.site, 'QMS-99')).toBeUndefined();
    expect(issuePanelExtension(jira.site, undefined)).toBeUndefined();
  });
});
