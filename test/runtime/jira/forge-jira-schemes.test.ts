import { installForgeRuntime, JIRA_DEFAULTS } from '../../../workbench/runtime';
import { ForgeJiraProvisioning } from '../../../src/adapters/forge/forge-jira-provisioning';
import { ADMIN } from './jira-stand-in-fixture';
import { startAdapter, type AdapterFixture } from './adapter-fixture';
import { correctiveAction } from './provisioning-session';

const { TASK_TYPE_ID: TASK, SUBTASK_TYPE_ID: SUBTASK, DEFAULT_ISSUE_TYPE_SCHEME_ID: DEFAULT_SCHEME, IN_PROGRESS_STATUS_ID: DOING } = JIRA_DEFAULTS;

describe('ForgeJiraProvisioning: issue type and workflow schemes, and the switch task', () => {
  let fixture: AdapterFixture;
  beforeEach(() => {
    fixture = startAdapter();
  });
  afterEach(() => fixture.close());

  it('reads a project’s issue type scheme, what it holds and how many projects use it', async () => {
    // QMS, SEC and OPS are classic; the admin may not browse SEC, but Jira lists it to an admin.
    expect(await fixture.as((jira) => jira.issueTypeSchemeOf('10000'))).toEqual({
      id: DEFAULT_SCHEME,
      name: 'Default Issue Type Scheme',
      isDefault: true,
      issueTypeIds: [TASK, SUBTASK],
      defaultIssueTypeId: null,
      projectCount: 3,
    });
    expect(await fixture.failure((jira) => jira.issueTypeSchemeOf('10001'))).toMatchObject({ code: 'NOT_FOUND', reason: 'jira' });
  });

  it('creates a scheme, adds a type, assigns it, and reads it as the project’s own', async () => {
    const type = await fixture.as((jira) => jira.createIssueType({ name: 'Corrective action', description: '' }));
    const scheme = await fixture.as((jira) => jira.createIssueTypeScheme({ name: 'QMS: Process Cards', description: 'QMS', issueTypeIds: [TASK], defaultIssueTypeId: TASK }));
    expect(scheme).toEqual({ id: expect.any(String), name: 'QMS: Process Cards', isDefault: false, issueTypeIds: [TASK], defaultIssueTypeId: TASK, projectCount: 0 });
    await fixture.as((jira) => jira.addIssueTypesToScheme(scheme.id, [type.id]));
    await fixture.as((jira) => jira.assignIssueTypeScheme(scheme.id, '10000'));
    expect(await fixture.as((jira) => jira.issueTypeSchemeOf('10000'))).toEqual({ ...scheme, issueTypeIds: [TASK, type.id], projectCount: 1 });
    expect((await fixture.as((jira) => jira.issueTypeSchemeOf('10003'))).projectCount).toBe(2);
    expect(await fixture.failure((jira) => jira.addIssueTypesToScheme('99999', [type.id]))).toMatchObject({ code: 'NOT_FOUND', reason: 'jira' });
    expect(await fixture.failure((jira) => jira.assignIssueTypeScheme(scheme.id, '10001'))).toMatchObject({ code: 'INTERNAL', reason: 'jira' });
  });

  it('counts a scheme’s projects over every page of projects and every hundred ids', async () => {
    fixture.close();
    const many = Array.from({ length: 230 }, (_, index) => ({ id: String(20000 + index), key: `P${index}`, name: `Project ${index}`, style: 'classic' as const }));
    fixture = startAdapter({ projects: many });
    expect((await fixture.as((jira) => jira.issueTypeSchemeOf('20000'))).projectCount).toBe(230);
    expect((await fixture.as((jira) => jira.workflowSchemeOf('20229'))).projectCount).toBe(230);
    const paths = fixture.runtime.productRequests.map((request) => request.path.split('?')[0]);
    expect(paths.filter((path) => path === '/rest/api/3/project/search')).toHaveLength(6);
    expect(paths.filter((path) => path === '/rest/api/3/workflowscheme/project')).toHaveLength(3);
  });

  it('reads the Default Workflow Scheme with no id; a new scheme, assigned to a project without issues, with its own (stand-in behaviour: confirm on a dev site)', async () => {
    expect(await fixture.as((jira) => jira.workflowSchemeOf('10000'))).toEqual({ id: null, name: 'Default Workflow Scheme', defaultWorkflow: 'jira', issueTypeMappings: {}, projectCount: 3 });
    const workflow = await fixture.as((jira) => jira.createWorkflow(correctiveAction()));
    const scheme = await fixture.as((jira) => jira.createWorkflowScheme({ name: 'QMS: Process Cards', description: '', defaultWorkflow: 'jira', issueTypeMappings: { [TASK]: workflow.name } }));
    expect(scheme).toEqual({ id: expect.stringMatching(/^\d+$/), name: 'QMS: Process Cards', defaultWorkflow: 'jira', issueTypeMappings: { [TASK]: workflow.name }, projectCount: 0 });
    await fixture.as((jira) => jira.assignWorkflowScheme(scheme.id!, '10003'));
    expect(await fixture.as((jira) => jira.workflowSchemeOf('10003'))).toEqual({ ...scheme, projectCount: 1 });
    expect((await fixture.as((jira) => jira.workflowSchemeOf('10000'))).projectCount).toBe(2);
    // A project with issues: Jira's 400 is the caller's cue to switch instead (stand-in behaviour: confirm on a dev site).
    expect(await fixture.failure((jira) => jira.assignWorkflowScheme(scheme.id!, '10000'))).toMatchObject({ code: 'CONFLICT', reason: 'jira-refused' });
    expect(await fixture.failure((jira) => jira.workflowSchemeOf('10001'))).toMatchObject({ code: 'NOT_FOUND', reason: 'jira' });
  });

  it('switches a project with issues by a task, polled until it completes (stand-in behaviour: confirm on a dev site)', async () => {
    const workflow = await fixture.as((jira) => jira.createWorkflow(correctiveAction()));
    const scheme = await fixture.as((jira) => jira.createWorkflowScheme({ name: 'QMS: Process Cards', description: '', defaultWorkflow: workflow.name, issueTypeMappings: {} }));
    const { taskId } = await fixture.as((jira) => jira.switchWorkflowScheme(scheme.id!, '10000'));
    expect(await fixture.failure((jira) => jira.switchWorkflowScheme(scheme.id!, '10000'))).toMatchObject({ code: 'CONFLICT', reason: 'jira' });
    expect(await fixture.as((jira) => jira.task(taskId))).toEqual({ state: 'RUNNING', message: null });
    expect(await fixture.as((jira) => jira.task(taskId))).toEqual({ state: 'COMPLETE', message: 'Task completed.' });
    expect((await fixture.as((jira) => jira.workflowSchemeOf('10000'))).id).toBe(scheme.id);
    expect(await fixture.failure((jira) => jira.task('424242'))).toMatchObject({ code: 'NOT_FOUND', reason: 'jira' });
  });

  it('reports a task that failed, with Jira’s message', async () => {
    const scheme = await fixture.as((jira) => jira.createWorkflowScheme({ name: 'Other', description: '', defaultWorkflow: 'jira', issueTypeMappings: {} }));
    fixture.jira.failNextTask('Workflow migration failed.');
    const { taskId } = await fixture.as((jira) => jira.switchWorkflowScheme(scheme.id!, '10000'));
    await fixture.as((jira) => jira.task(taskId));
    expect(await fixture.as((jira) => jira.task(taskId))).toEqual({ state: 'FAILED', message: 'Workflow migration failed.' });
  });

  it('finds the task from the Location header when the answer has no body (stand-in behaviour: confirm on a dev site)', async () => {
    fixture.close();
    const bare = installForgeRuntime({
      productHandlers: [{ remote: 'jira', handle: (request) => (request.path.endsWith('/switch') ? { status: 303, headers: { location: 'http://localhost/rest/api/3/task/777' } } : undefined) }],
    });
    try {
      expect(await bare.runInvocation(ADMIN, () => new ForgeJiraProvisioning().switchWorkflowScheme('10500', '10000'))).toEqual({ taskId: '777' });
    } finally {
      bare.close();
    }
  });

  it('refuses a switch that would leave issues in a status the new workflow lacks (the port gives no mappings)', async () => {
    const shape = correctiveAction();
    const withoutDoing = { ...shape, statuses: shape.statuses.filter((id) => id !== DOING), transitions: shape.transitions.filter((transition) => transition.to !== DOING) };
    const workflow = await fixture.as((jira) => jira.createWorkflow(withoutDoing));
    fixture.jira.site.project('QMS')!.issues[0]!.statusId = DOING;
    const scheme = await fixture.as((jira) => jira.createWorkflowScheme({ name: 'Narrow', description: '', defaultWorkflow: workflow.name, issueTypeMappings: {} }));
    expect(await fixture.failure((jira) => jira.switchWorkflowScheme(scheme.id!, '10000'))).toMatchObject({ code: 'INTERNAL', reason: 'jira' });
  });
});
