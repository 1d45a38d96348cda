import { randomUUID } from 'node:crypto';
import { createJiraStandIn, installForgeRuntime, JIRA_DEFAULTS, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { WorkbenchTransitionOutcome, WorkbenchTransitionsAnswer } from '../../workbench/common/workbench-jira-transitions';
import { startServerWith, send, type ServerFixture } from './workbench-server-fixture';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, TASK_TYPE_ID } = JIRA_DEFAULTS;
const MEMBER = { accountId: 'acc-member', name: 'Member' };
const OUTSIDER = { accountId: 'acc-outsider', name: 'No Jira', jiraAccess: false };

describe('the workbench issue page’s workflow buttons: Jira’s transitions as the current user', () => {
  const jira = createJiraStandIn({ users: [MEMBER, OUTSIDER], projects: [{ id: '10000', key: 'QMS', name: 'Quality', style: 'classic', issues: [{}] }] });
  const rule = { ruleKey: 'forge:expression-validator', parameters: { key: 'ari:cloud:ecosystem::extension/other/env/static/check', config: '{}' } };
  const transition = (id: string, name: string, to: string, validators: Array<typeof rule> = []) => ({
    id, name, description: '', type: 'DIRECTED' as const, toStatusId: to, fromStatusIds: [TODO], validators, actions: [], conditions: undefined, properties: {},
  });
  const workflow = {
    id: randomUUID(), name: 'Flow', description: '', isEditable: true,
    statuses: [TODO, DOING].map((statusId) => ({ statusId, properties: {} })),
    transitions: [{ ...transition('1', 'Create', TODO), type: 'INITIAL' as const, fromStatusIds: [] }, transition('11', 'Start', DOING), transition('21', 'Guarded', DOING, [rule])],
    version: { id: randomUUID(), versionNumber: 1 }, created: jira.site.timestamp(), updated: jira.site.timestamp(),
  };
  jira.site.workflows.set(workflow.id, workflow);
  jira.site.project('QMS')!.workflowSchemeId = jira.site.addWorkflowScheme({ name: 'QMS', description: '', defaultWorkflow: 'jira', issueTypeMappings: { [TASK_TYPE_ID]: 'Flow' } }).id;

  let runtime: ForgeRuntimeHandle;
  let fixture: ServerFixture;
  let changes = 0;
  beforeAll(async () => {
    runtime = installForgeRuntime({ productHandlers: [jira] });
    fixture = await startServerWith({}, {}, undefined, jira.site, { jira, afterChange: () => (changes += 1) });
  });
  afterAll(async () => {
    await fixture.stop();
    runtime.close();
  });

  const list = async (accountId: string) => fetch(`${fixture.url}/__workbench/jira/issues/QMS-1/transitions?accountId=${accountId}`);

  it('lists the transitions for the user, and says why when Jira will not answer them', async () => {
    const listed = await list(MEMBER.accountId);
    expect(WorkbenchTransitionsAnswer.parse(await listed.json()).transitions).toEqual([
      { id: '11', name: 'Start', to: 'In Progress' },
      { id: '21', name: 'Guarded', to: 'In Progress' },
    ]);
    const refused = await list(OUTSIDER.accountId);
    expect(refused.status).toBe(401);
  });

  it('answers Jira’s refusal with its messages, changing nothing; a transition taken moves the issue and sets its events going', async () => {
    const refused = await send(fixture, 'POST', '/__workbench/jira/issues/QMS-1/transitions', { accountId: MEMBER.accountId, transitionId: '21' });
    expect(WorkbenchTransitionOutcome.parse(refused.json)).toEqual({ outcome: 'refused', messages: [expect.stringContaining('not installed')] });
    expect([jira.site.issue('QMS-1')!.issue.statusId, changes]).toEqual([TODO, 0]);
    const taken = await send(fixture, 'POST', '/__workbench/jira/issues/QMS-1/transitions', { accountId: MEMBER.accountId, transitionId: '11' });
    expect(taken.json).toEqual({ outcome: 'done' });
    expect([jira.site.issue('QMS-1')!.issue.statusId, changes]).toEqual([DOING, 1]);
    expect((await send(fixture, 'POST', '/__workbench/jira/issues/QMS-1/transitions', { transitionId: '11' })).status).toBe(400);
  });
});
