import { JIRA_DEFAULTS } from '../../../workbench/runtime';
import { MEMBER } from './jira-stand-in-fixture';
import { startAdapter, type AdapterFixture } from './adapter-fixture';
import { correctiveAction } from './provisioning-session';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, DONE_STATUS_ID: DONE, TASK_TYPE_ID: TASK, SUBTASK_TYPE_ID: SUBTASK } = JIRA_DEFAULTS;

describe('ForgeJiraProvisioning: projects, statuses, issue types and workflows, asked as the invoking user', () => {
  let fixture: AdapterFixture;
  beforeEach(() => {
    fixture = startAdapter();
  });
  afterEach(() => fixture.close());

  it('reads a project’s style as company- or team-managed, and a project the user cannot browse as none (stand-in behaviour: confirm on a dev site)', async () => {
    expect(await fixture.as((jira) => jira.project('QMS'))).toEqual({ id: '10000', key: 'QMS', name: 'Quality', style: 'company-managed' });
    expect(await fixture.as((jira) => jira.project('10001'))).toEqual({ id: '10001', key: 'TEAM', name: 'Team board', style: 'team-managed' });
    expect(await fixture.as((jira) => jira.project('SEC'))).toBeNull();
    expect(await fixture.as((jira) => jira.project('SEC'), MEMBER)).toMatchObject({ key: 'SEC' });
    expect(await fixture.as((jira) => jira.project('NOPE'))).toBeNull();
    fixture.runtime.reset();
    expect(await fixture.as((jira) => jira.project('../issue/1'))).toBeNull();
    expect(fixture.runtime.productRequests).toEqual([]);
  });

  it('counts a project’s issues (stand-in behaviour: confirm on a dev site)', async () => {
    expect(await fixture.as((jira) => jira.issueCount('10000'))).toBe(2);
    expect(await fixture.as((jira) => jira.issueCount('10003'))).toBe(0);
    expect(await fixture.failure((jira) => jira.issueCount('QMS'))).toMatchObject({ code: 'VALIDATION' });
  });

  it('creates statuses in order and finds them by name and by id, fifty names a request', async () => {
    const created = await fixture.as((jira) =>
      jira.createStatuses([
        { name: 'Verified', category: 'DONE', description: 'Effectiveness verified' },
        { name: 'Analysis', category: 'IN_PROGRESS', description: '' },
      ]),
    );
    expect(created.map((status) => [status.name, status.category])).toEqual([['Verified', 'DONE'], ['Analysis', 'IN_PROGRESS']]);
    expect(fixture.jira.site.statuses.get(created[0]!.id)!.description).toBe('Effectiveness verified');
    fixture.runtime.reset();
    const names = [...Array.from({ length: 60 }, (_, index) => `Nothing ${index}`), 'Verified', 'Done'];
    const found = await fixture.as((jira) => jira.statusesByName(names));
    expect(found.map((status) => status.name).sort()).toEqual(['Done', 'Verified']);
    expect(fixture.runtime.productRequests).toHaveLength(2);
    expect(await fixture.as((jira) => jira.statuses([created[1]!.id, '99999', TODO]))).toEqual([
      { id: created[1]!.id, name: 'Analysis', category: 'IN_PROGRESS' },
      { id: TODO, name: 'To Do', category: 'TODO' },
    ]);
    expect(await fixture.as((jira) => jira.createStatuses([]))).toEqual([]);
  });

  it('creates a standard issue type, which Jira adds to the default scheme', async () => {
    const type = await fixture.as((jira) => jira.createIssueType({ name: 'Corrective action', description: 'ISO 9001 §10.2' }));
    expect(type).toEqual({ id: expect.any(String), name: 'Corrective action', description: 'ISO 9001 §10.2', hierarchyLevel: 0 });
    expect(await fixture.as((jira) => jira.issueTypes())).toEqual([
      { id: TASK, name: 'Task', description: expect.any(String), hierarchyLevel: 0 },
      { id: SUBTASK, name: 'Sub-task', description: expect.any(String), hierarchyLevel: -1 },
      type,
    ]);
    expect(fixture.jira.site.issueTypeSchemes.get(JIRA_DEFAULTS.DEFAULT_ISSUE_TYPE_SCHEME_ID)!.issueTypeIds).toContain(type.id);
  });

  it('creates a workflow and reads it back in the shape it was written, rules and all (stand-in behaviour: confirm on a dev site)', async () => {
    const shape = correctiveAction();
    expect(await fixture.as((jira) => jira.validateWorkflow(shape))).toEqual([]);
    const created = await fixture.as((jira) => jira.createWorkflow(shape));
    expect(created).toEqual({ ...shape, id: expect.any(String), version: { id: expect.any(String), versionNumber: 0 }, isEditable: true });
    expect(await fixture.as((jira) => jira.workflows([created.id, 'gone']))).toEqual([created]);
    expect(await fixture.as((jira) => jira.workflows([]))).toEqual([]);
  });

  it('finds a workflow by its exact name, and none by a name no workflow has', async () => {
    const created = await fixture.as((jira) => jira.createWorkflow(correctiveAction()));
    fixture.runtime.reset();
    expect(await fixture.as((jira) => jira.workflowsByName([created.name, 'No such workflow']))).toEqual([created]);
    expect(fixture.runtime.productRequests).toHaveLength(1);
    expect(await fixture.as((jira) => jira.workflowsByName([]))).toEqual([]);
    expect(fixture.runtime.productRequests).toHaveLength(1);
  });

  it('reads the initial status first and the rest by id, whatever order they were written in', async () => {
    const shape = { ...correctiveAction(), statuses: [TODO, DONE, DOING] };
    const created = await fixture.as((jira) => jira.createWorkflow(shape));
    expect(created.statuses).toEqual([TODO, DOING, DONE]);
  });

  it('passes on Jira’s objections to a workflow, and one naming a status Jira lacks', async () => {
    const shape = correctiveAction();
    const [create, start, close] = shape.transitions;
    const objections = await fixture.as((jira) => jira.validateWorkflow({ ...shape, transitions: [create!, start!, { ...close!, from: [TODO] }] }));
    expect(objections).toEqual([expect.stringContaining('leaves no particular status')]);
    expect(await fixture.as((jira) => jira.validateWorkflow({ ...shape, statuses: [...shape.statuses, '99999'] }))).toEqual(['Jira has no status 99999.']);
    expect(await fixture.failure((jira) => jira.createWorkflow({ ...shape, statuses: [...shape.statuses, '99999'] }))).toMatchObject({ code: 'NOT_FOUND', reason: 'jira' });
    expect(await fixture.failure((jira) => jira.createWorkflow({ ...shape, transitions: [start!, close!] }))).toMatchObject({ code: 'INTERNAL', reason: 'jira' });
  });

  it('updates a workflow from the version read, and refuses a stale one as a CONFLICT', async () => {
    const shape = correctiveAction();
    const created = await fixture.as((jira) => jira.createWorkflow(shape));
    const [verified] = await fixture.as((jira) => jira.createStatuses([{ name: 'Verified', category: 'DONE', description: 'kept' }]));
    const wider = { ...shape, statuses: [...shape.statuses, verified!.id], transitions: [...shape.transitions, { ...shape.transitions[1]!, name: 'Verify', from: [DONE], to: verified!.id }] };
    const updated = await fixture.as((jira) => jira.updateWorkflow(created, wider));
    expect(updated).toEqual({ ...wider, id: created.id, version: { id: expect.any(String), versionNumber: 1 }, isEditable: true });
    expect(fixture.jira.site.statuses.get(verified!.id)!.description).toBe('kept');
    expect(await fixture.failure((jira) => jira.updateWorkflow(created, shape))).toMatchObject({ code: 'CONFLICT', reason: 'jira' });
  });

  it('refuses to read a workflow whose conditions the port cannot hold (any one of several)', async () => {
    const created = await fixture.as((jira) => jira.createWorkflow(correctiveAction()));
    const close = fixture.jira.site.workflows.get(created.id)!.transitions.find((transition) => transition.name === 'Close')!;
    close.conditions = { operation: 'ANY', conditions: [{ ruleKey: 'system:a', parameters: {} }, { ruleKey: 'system:b', parameters: {} }], conditionGroups: [] };
    const failure = await fixture.failure((jira) => jira.workflows([created.id]));
    expect(failure).toMatchObject({ code: 'INTERNAL', reason: 'jira', message: expect.stringContaining("transition 'Close'") });
    close.conditions = { operation: 'ALL', conditions: [{ ruleKey: 'system:a', parameters: {} }], conditionGroups: [{ operation: 'ANY', conditions: [{ ruleKey: 'system:b', parameters: {} }], conditionGroups: [] }] };
    const [read] = await fixture.as((jira) => jira.workflows([created.id]));
    expect(read!.transitions.find((transition) => transition.name === 'Close')!.conditions.map((rule) => rule.ruleKey)).toEqual(['system:a', 'system:b']);
  });
});
