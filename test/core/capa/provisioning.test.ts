import { isUsableProject } from '../../../src/core/capa/provisioning/provision-record';
import { ADMIN, change, record, setup } from './provisioning-setup';

describe('provisioning a project for corrective actions and improvements', () => {
  it('on an empty site, plans everything as new, writes nothing while planning, then completes step by step', async () => {
    const { jira, provisioning, input, runToEnd, project, appProperties } = setup();
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan.blocked).toBeNull();
    expect(plan.items.map((item) => [item.id, item.change])).toEqual([
      ['status:open', 'create'],
      ['status:closed', 'create'],
      ['status:root-cause', 'create'],
      ['issue-type:corrective-action', 'create'],
      ['issue-type:improvement', 'create'],
      ['workflow:corrective-action', 'create'],
      ['workflow:improvement', 'create'],
      // The workflows reach the project before their types do.
      ['workflow-scheme', 'copy'],
      ['issue-type-scheme', 'copy'],
    ]);
    expect(plan.addsToDefaultScheme).toBe(true);
    expect(jira.writes).toEqual([]);
    const done = await runToEnd();
    expect(done.complete).toBe(true);
    expect(jira.writes).toEqual([
      'createStatuses:Open,Closed,CA: Root cause analysis',
      'createIssueType:Corrective action',
      'createIssueType:Improvement',
      'createWorkflow:Process Cards: Corrective action',
      'createWorkflow:Process Cards: Improvement',
      expect.stringMatching(/^createWorkflowScheme:QMS: Default Workflow Scheme \+ Process Cards$/),
      expect.stringMatching(/^assignWorkflowScheme:/),
      expect.stringMatching(/^createIssueTypeScheme:QMS: Default Issue Type Scheme \+ Process Cards$/),
      expect.stringMatching(/^assignIssueTypeScheme:/),
    ]);
    // The plan named the copies as they were made.
    expect(plan.items.find((item) => item.id === 'workflow-scheme')?.name).toBe('QMS: Default Workflow Scheme + Process Cards');
    // The project's own schemes hold our types; the shared defaults are untouched.
    const types = await jira.issueTypeSchemeOf(project.id);
    const ids = Object.values(record(appProperties).issueTypes).map((type) => type.id);
    expect(types.issueTypeIds).toEqual(expect.arrayContaining(ids));
    expect(types.id).not.toBe('10000');
    const flows = await jira.workflowSchemeOf(project.id);
    expect(flows.issueTypeMappings[ids[0]!]).toBe('Process Cards: Corrective action');
    expect(jira.flowSchemes.get('default')!.issueTypeMappings).toEqual({});
    expect(record(appProperties).projects[project.id]).toMatchObject({ complete: true, issueTypeSchemeAssigned: true, workflowSchemeAssigned: true });
  });

  it('makes the first project it completes the default for corrective actions, and keeps it when a second one completes', async () => {
    const { jira, provisioning, runToEnd, project, appProperties } = setup();
    let plan = await provisioning().plan(ADMIN, { projectKey: 'QMS', language: 'en' });
    await provisioning().step(ADMIN, { projectKey: 'QMS', language: 'en', approved: plan.approvals });
    // Half-way, no project is complete, so none is the default yet.
    expect(record(appProperties).defaultProjectId).toBeNull();
    await runToEnd();
    expect(record(appProperties).defaultProjectId).toBe(project.id);
    const ops = jira.addProject({ key: 'OPS' });
    const second = { projectKey: 'OPS', language: 'en' as const };
    plan = await provisioning().plan(ADMIN, second);
    for (let i = 0; i < 30 && !plan.complete; i += 1) {
      await provisioning().step(ADMIN, { ...second, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, second);
    }
    expect(record(appProperties).projects[ops.id]?.complete).toBe(true);
    expect(record(appProperties).defaultProjectId).toBe(project.id);
  });

  it('brings storage’s copy up to the record after a step that changed it, so the Confluence side sees the project at once', async () => {
    const { provisioning, input, runToEnd, project, appProperties, jiraSite } = setup();
    await provisioning().plan(ADMIN, input);
    expect(jiraSite.writes).toBe(0);
    const plan = await provisioning().plan(ADMIN, input);
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    // Statuses made, no project ready yet: the copy says so.
    expect(jiraSite.record).toMatchObject({ projects: [], defaultProjectId: null });
    await runToEnd();
    expect(jiraSite.record).toMatchObject({ projects: [{ id: project.id, key: 'QMS' }], defaultProjectId: project.id });
    expect(jiraSite.record?.issueTypes['corrective-action']).toBe(record(appProperties).issueTypes['corrective-action']?.id);
    // Nine steps changed the record; the copy changed four times (first made, each issue type, the project ready).
    const writes = jiraSite.writes;
    expect(writes).toBe(4);
    await provisioning().step(ADMIN, { ...input, approved: [] });
    expect(jiraSite.writes).toBe(writes);
  });

  it('running it again changes nothing (no writes at all)', async () => {
    const { jira, provisioning, input, runToEnd, audit } = setup();
    await runToEnd();
    const before = jira.writes.length;
    const audited = (await audit.list('site:jira')).items.length;
    const again = await provisioning().plan(ADMIN, input);
    expect(again.complete).toBe(true);
    expect(again.items.every((item) => item.change === 'none')).toBe(true);
    await provisioning().step(ADMIN, { ...input, approved: [] });
    expect(jira.writes.length).toBe(before);
    expect((await audit.list('site:jira')).items).toHaveLength(audited);
  });

  it('records who made each step and what it made in the site’s Jira audit trail', async () => {
    const { provisioning, input, audit } = setup();
    const plan = await provisioning().plan(ADMIN, input);
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    const { items } = await audit.list('site:jira');
    expect(items).toEqual([
      expect.objectContaining({
        actor: ADMIN,
        action: 'jira.provisioned',
        summary: 'Provisioning of QMS: create Open, create Closed, create CA: Root cause analysis (changed)',
        data: expect.objectContaining({ projectKey: 'QMS', outcome: 'changed' }),
      }),
    ]);
  });

  it('reuses a status of the same name and category, and passes over one of another category', async () => {
    const { jira, provisioning, input, runToEnd } = setup();
    const open = jira.addStatus('Open', 'TODO');
    jira.addStatus('Closed', 'IN_PROGRESS');
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan.items.find((item) => item.id === 'status:open')).toMatchObject({ change: 'reuse', jiraId: open.id });
    expect(plan.items.find((item) => item.id === 'status:closed')).toMatchObject({ change: 'create', name: 'CA: Closed' });
    await runToEnd();
    expect(jira.writes[0]).toBe('createStatuses:CA: Closed,CA: Root cause analysis');
  });

  it('completes a half-done earlier run without making anything twice', async () => {
    const { jira, provisioning, input, runToEnd } = setup();
    const plan = await provisioning().plan(ADMIN, input);
    // Statuses and the first issue type, then the run stopped.
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    const resumed = await provisioning().plan(ADMIN, input);
    expect(change(resumed, 'status:open')).toBe('none');
    expect(change(resumed, 'issue-type:corrective-action')).toBe('none');
    expect(change(resumed, 'issue-type:improvement')).toBe('create');
    await runToEnd();
    expect(jira.writes.filter((write) => write.startsWith('createIssueType:'))).toHaveLength(2);
    expect(jira.writes.filter((write) => write.startsWith('createStatuses'))).toHaveLength(1);
  });

  it('resumes a scheme copy made but not yet assigned, without a second copy', async () => {
    const { jira, provisioning, input, runToEnd } = setup();
    let plan = await provisioning().plan(ADMIN, input);
    while (plan.pending[0] !== 'issue-type-scheme') {
      await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, input);
    }
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    expect(change(await provisioning().plan(ADMIN, input), 'issue-type-scheme')).toBe('copy');
    await runToEnd();
    expect(jira.writes.filter((write) => write.startsWith('createIssueTypeScheme'))).toHaveLength(1);
  });

  it('reports a workflow an admin edited and writes nothing, not even what else is missing', async () => {
    const { jira, provisioning, input, runToEnd, appProperties } = setup();
    await runToEnd();
    const id = record(appProperties).workflows['corrective-action']!.id;
    jira.flows.get(id)!.transitions.push({ name: 'Shortcut', type: 'GLOBAL', from: [], to: jira.flows.get(id)!.statuses[0]!, validators: [], actions: [], conditions: [] });
    jira.types.splice(jira.types.findIndex((type) => type.name === 'Improvement'), 1);
    const writes = jira.writes.length;
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan.blocked).toBe('conflicts');
    expect(plan.items.find((item) => item.id === 'workflow:corrective-action')?.conflict).toMatchObject({ reason: 'edited' });
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'provisioning-blocked' });
    expect(jira.writes.length).toBe(writes);
  });

  it('reports an issue type of our name that the record does not name, instead of making a second', async () => {
    const { jira, provisioning, input } = setup();
    jira.addIssueType('Corrective action');
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan.blocked).toBe('conflicts');
    expect(plan.items.find((item) => item.id === 'issue-type:corrective-action')?.conflict?.reason).toBe('name-taken');
  });

  it('upgrades our own workflow from an earlier app version, after the plan shows it', async () => {
    const { jira, provisioning, input, runToEnd, setVersion } = setup();
    await runToEnd();
    setVersion('2');
    const plan = await provisioning().plan(ADMIN, input);
    expect(change(plan, 'workflow:corrective-action')).toBe('update');
    expect(plan.complete).toBe(false);
    const after = await runToEnd();
    expect(after.complete).toBe(true);
    expect(jira.writes.filter((write) => write.startsWith('updateWorkflow'))).toHaveLength(2);
    expect(jira.writes.filter((write) => write.startsWith('createWorkflow:'))).toHaveLength(2);
  });

  it('switches the workflow scheme of a project with issues through Jira’s task, waiting for it', async () => {
    const { jira, provisioning, input, runToEnd, appProperties, project } = setup({ issueCount: 12 });
    jira.switchPolls = 2;
    const done = await runToEnd();
    expect(done.complete).toBe(true);
    expect(jira.writes.some((write) => write.startsWith('switchWorkflowScheme'))).toBe(true);
    expect(jira.writes.some((write) => write.startsWith('assignWorkflowScheme'))).toBe(false);
    expect((await provisioning().plan(ADMIN, input)).switching).toBeNull();
    expect(record(appProperties).projects[project.id]).toMatchObject({ complete: true, switchTaskId: null, workflowSchemeAssigned: true });
  });

  it('records a scheme switch that failed and switches again on the next step', async () => {
    const { jira, provisioning, input, runToEnd, appProperties, project } = setup({ issueCount: 5 });
    jira.switchPolls = 5;
    let plan = await provisioning().plan(ADMIN, input);
    while (!plan.switching) {
      await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, input);
    }
    const task = jira.tasks.get(plan.switching.taskId)!;
    task.state = 'FAILED';
    const failed = await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    expect(failed.done.outcome).toBe('failed');
    expect(record(appProperties).projects[project.id]).toMatchObject({ switchTaskId: null, workflowSchemeAssigned: false });
    jira.switchPolls = 1;
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write.startsWith('switchWorkflowScheme'))).toHaveLength(2);
  });

  it('takes a switch whose task Jira no longer has as done when the project uses our copy', async () => {
    const { jira, provisioning, input, runToEnd } = setup({ issueCount: 5 });
    jira.switchPolls = 50;
    let plan = await provisioning().plan(ADMIN, input);
    while (!plan.switching) {
      await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
      plan = await provisioning().plan(ADMIN, input);
    }
    const task = jira.tasks.get(plan.switching.taskId)!;
    jira.projects.get(task.projectId)!.workflowSchemeId = task.schemeId;
    jira.tasks.delete(plan.switching.taskId);
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write.startsWith('switchWorkflowScheme'))).toHaveLength(1);
  });

  it('keeps a project usable for raising while an upgrade is under way', async () => {
    const { provisioning, input, runToEnd, setVersion, appProperties, project } = setup();
    await runToEnd();
    setVersion('2');
    const plan = await provisioning().plan(ADMIN, input);
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    const stored = record(appProperties).projects[project.id]!;
    expect(stored.complete).toBe(false);
    expect(isUsableProject(stored)).toBe(true);
  });

  it('explains a team-managed project and writes nothing', async () => {
    const { jira, provisioning, input } = setup({ style: 'team-managed' });
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan).toMatchObject({ blocked: 'team-managed', items: [], complete: false });
    await expect(provisioning().step(ADMIN, { ...input, approved: [] })).rejects.toMatchObject({ reason: 'provisioning-blocked' });
    expect(jira.writes).toEqual([]);
  });

  it('says when the project does not exist', async () => {
    const { provisioning } = setup();
    expect((await provisioning().plan(ADMIN, { projectKey: 'NOPE', language: 'en' })).blocked).toBe('project-not-found');
  });

  it('writes nothing the admin did not approve (the plan changed since they looked)', async () => {
    const { jira, provisioning, input } = setup();
    await expect(provisioning().step(ADMIN, { ...input, approved: ['status:open'] })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'plan-changed' });
    expect(jira.writes).toEqual([]);
  });

  it('writes nothing whose change or name differs from what the admin approved', async () => {
    const { jira, provisioning, input } = setup();
    jira.addStatus('Open', 'TODO');
    const shown = await provisioning().plan(ADMIN, input);
    expect(shown.items.find((item) => item.id === 'status:open')?.change).toBe('reuse');
    // Before the run starts, the site's Open is moved to another category: "Open" would now be created under another name.
    jira.statusList.find((status) => status.name === 'Open')!.category = 'DONE';
    await expect(provisioning().step(ADMIN, { ...input, approved: shown.approvals })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'plan-changed' });
    expect(jira.writes).toEqual([]);
  });

  it('keeps the language of the first run: a second run in the other language makes no second pair of types', async () => {
    const { jira, provisioning, runToEnd } = setup();
    await runToEnd();
    const ru = await provisioning().plan(ADMIN, { projectKey: 'QMS', language: 'ru' });
    expect(ru).toMatchObject({ language: 'en', languageFixed: true, complete: true });
    expect(jira.types.map((type) => type.name)).toEqual(['Corrective action', 'Improvement']);
  });

  it('refuses anyone but a signed-in user', async () => {
    const { provisioning, input } = setup();
    await expect(provisioning().plan({ kind: 'anonymous' }, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
