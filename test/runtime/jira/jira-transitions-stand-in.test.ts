import { randomUUID } from 'node:crypto';
import { JIRA_DEFAULTS, type JiraStandInUser } from '../../../workbench/runtime';
import type { SiteTransition } from '../../../workbench/runtime/products/jira-site-types';
import { assertRequestsConform, type RecordedRequest } from '../../support/openapi';
import { ADMIN, MEMBER, NO_ACCESS, USERS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, DONE_STATUS_ID: DONE, TASK_TYPE_ID } = JIRA_DEFAULTS;
const APPROVER: JiraStandInUser = { accountId: 'jira-approver', name: 'Approver', groupIds: ['grp-approvers'] };

const transition = (id: string, name: string, from: string[], to: string, rules: Partial<SiteTransition> = {}): SiteTransition => ({
  id,
  name,
  description: '',
  type: from.length === 0 ? 'GLOBAL' : 'DIRECTED',
  toStatusId: to,
  fromStatusIds: from,
  validators: [],
  actions: [],
  conditions: undefined,
  properties: {},
  ...rules,
});

/** QMS's tasks on a workflow of our own: Start, Approve (approvers only, never whoever started), Close (global, resolution Done), Reopen (an app's validator). */
function useWorkflow(fixture: JiraFixture): void {
  const site = fixture.jira.site;
  const workflow = {
    id: randomUUID(),
    name: 'Flow',
    description: '',
    isEditable: true,
    statuses: [TODO, DOING, DONE].map((statusId) => ({ statusId, properties: {} })),
    transitions: [
      transition('1', 'Create', [], TODO, { type: 'INITIAL' }),
      transition('11', 'Start', [TODO], DOING),
      transition('21', 'Approve', [DOING], DONE, {
        conditions: {
          operation: 'ALL',
          conditions: [
            { ruleKey: 'system:restrict-issue-transition', parameters: { groupIds: 'grp-approvers', permissionKeys: 'ADMINISTER_PROJECTS' } },
            { ruleKey: 'system:separation-of-duties', parameters: { fromStatusId: TODO, toStatusId: DOING } },
          ],
          conditionGroups: [],
        },
        actions: [{ ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10000', mode: 'replace' } }],
      }),
      transition('31', 'Close', [], DONE, { actions: [{ ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10001', mode: 'replace' } }] }),
      transition('41', 'Reopen', [DONE], TODO, {
        validators: [{ ruleKey: 'forge:expression-validator', parameters: { key: 'ari:cloud:ecosystem::extension/other-app/env/static/check', config: '{}' } }],
      }),
    ],
    version: { id: randomUUID(), versionNumber: 1 },
    created: site.timestamp(),
    updated: site.timestamp(),
  };
  site.workflows.set(workflow.id, workflow);
  const scheme = site.addWorkflowScheme({ name: 'QMS', description: '', defaultWorkflow: 'jira', issueTypeMappings: { [TASK_TYPE_ID]: 'Flow' } });
  site.project('QMS')!.workflowSchemeId = scheme.id;
}

describe('the Jira stand-in: an issue’s transitions', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira({ users: [...USERS, APPROVER] });
    useWorkflow(fixture);
  });
  afterEach(() => fixture.close());

  const names = async (accountId: string, key = 'QMS-1', query = '') => {
    const answer = await fixture.asUser(accountId, 'GET', `/rest/api/3/issue/${key}/transitions${query}`);
    expect(answer.status).toBe(200);
    return (answer.body as { transitions: Array<{ name: string; isAvailable: boolean }> }).transitions.map((each) => (each.isAvailable ? each.name : `(${each.name})`));
  };
  const move = (accountId: string, id: string, key = 'QMS-1') => fixture.asUser(accountId, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
  const conform = () => {
    assertRequestsConform(fixture.runtime.productRequests.map((request) => ({ ...request, remote: 'jira' })) as unknown as RecordedRequest[]);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  };

  it('lists the transitions out of the current status the caller passes the conditions of, and hides the rest unless asked', async () => {
    expect(await names(MEMBER)).toEqual(['Start', 'Close']);
    expect((await move(MEMBER, '11')).status).toBe(204);
    // Approvers by group and project administrators may approve; the member may not.
    expect(await names(MEMBER)).toEqual(['Close']);
    expect(await names(MEMBER, 'QMS-1', '?includeUnavailableTransitions=true')).toEqual(['(Approve)', 'Close']);
    expect(await names(APPROVER.accountId)).toEqual(['Approve', 'Close']);
    expect(await names(ADMIN)).toEqual(['Approve', 'Close']);
    expect(await names(APPROVER.accountId, 'QMS-1', '?transitionId=31')).toEqual(['Close']);
    conform();
  });

  it('refuses a transition that does not leave the status, or whose conditions the caller fails, changing nothing', async () => {
    const { issue } = fixture.jira.site.issue('QMS-1')!;
    expect(await move(MEMBER, '21')).toMatchObject({ status: 400, body: { errorMessages: ["Transition id '21' is not valid for this issue."] } });
    expect(await move(MEMBER, '99')).toMatchObject({ status: 400 });
    expect((await move(MEMBER, '11')).status).toBe(204);
    expect(await move(MEMBER, '21')).toMatchObject({ status: 400, body: { errorMessages: ["Transition id '21' is not valid for this issue."] } });
    expect(issue.statusId).toBe(DOING);
    expect(issue.changelog).toHaveLength(1);
    conform();
  });

  it('keeps four eyes: whoever made the Start transition may not approve, even in the approvers’ group (stand-in behaviour: confirm on a dev site)', async () => {
    expect((await move(APPROVER.accountId, '11')).status).toBe(204);
    expect(await names(APPROVER.accountId)).toEqual(['Close']);
    expect((await move(APPROVER.accountId, '21')).status).toBe(400);
    expect((await move(ADMIN, '21')).status).toBe(204);
    conform();
  });

  it('moves the issue, sets the resolution the post function names and writes both into the changelog', async () => {
    const { issue } = fixture.jira.site.issue('QMS-1')!;
    expect((await move(MEMBER, '11')).status).toBe(204);
    expect((await move(APPROVER.accountId, '21')).status).toBe(204);
    expect(issue).toMatchObject({ statusId: DONE, fields: { resolution: '10000' } });
    const changelog = await fixture.asApp('GET', '/rest/api/3/issue/QMS-1/changelog');
    expect((changelog.body as { values: unknown[] }).values.at(-1)).toMatchObject({
      author: { accountId: APPROVER.accountId },
      items: [
        { fieldId: 'status', from: DOING, to: DONE },
        expect.objectContaining({ fieldId: 'resolution', to: '10000', toString: 'Done' }),
      ],
    });
    conform();
  });

  it('refuses a transition whose validator belongs to an app that is not installed', async () => {
    expect((await move(MEMBER, '31')).status).toBe(204);
    expect(await move(MEMBER, '41')).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('not installed')] } });
    expect(fixture.jira.site.issue('QMS-1')!.issue.statusId).toBe(DONE);
    conform();
  });

  it('answers 404 for an issue the caller cannot see, 401 for someone without Jira, and refuses what it does not emulate', async () => {
    expect((await fixture.asUser(MEMBER, 'GET', '/rest/api/3/issue/QMS-9/transitions')).status).toBe(404);
    expect((await fixture.asUser(NO_ACCESS, 'GET', '/rest/api/3/issue/QMS-1/transitions')).status).toBe(401);
    expect((await fixture.asUser(MEMBER, 'POST', '/rest/api/3/issue/QMS-1/transitions', { transition: { id: '11' }, fields: { summary: 'x' } })).status).toBe(400);
    expect(await fixture.asUser(MEMBER, 'POST', '/rest/api/3/issue/QMS-1/transitions', {})).toMatchObject({ status: 400, body: { errors: { transition: 'The transition is required.' } } });
    expect(fixture.jira.site.issue('QMS-1')!.issue.changelog).toEqual([]);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
    // The stand-in's own refusal (not an answer Jira documents): screens' fields are not emulated.
    expect((await fixture.asUser(MEMBER, 'GET', '/rest/api/3/issue/QMS-1/transitions?expand=transitions.fields')).status).toBe(400);
  });
});
