import { AppError } from '../../../src/core/errors';
import { PROVISIONING_LEASE, PROVISIONING_LEASE_SECONDS } from '../../../src/core/usecases/jira/provision-jira';
import { ADMIN, change, record, setup } from './provisioning-setup';

describe('provisioning: a create whose record was lost is adopted, and only then', () => {
  it('adopts the statuses a step made when the record’s save after them was lost', async () => {
    const { jira, provisioning, input, appProperties, runToEnd } = setup();
    const plan = await provisioning().plan(ADMIN, input);
    appProperties.losing = true;
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'INTERNAL' });
    // What was about to be made is in the record; what was made is not.
    expect(record(appProperties).intent).toMatchObject({ kind: 'statuses', statuses: [{ ref: 'open', name: 'Open', category: 'TODO' }, { ref: 'closed' }, { ref: 'root-cause' }] });
    expect(record(appProperties).statuses).toEqual({});
    const resumed = await provisioning().plan(ADMIN, input);
    expect(['status:open', 'status:closed', 'status:root-cause'].map((id) => change(resumed, id))).toEqual(['none', 'none', 'none']);
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write.startsWith('createStatuses'))).toHaveLength(1);
    // Adopted as made by the app, not as reused from the site.
    expect(Object.values(record(appProperties).statuses).map((status) => status.created)).toEqual([true, true, true]);
    expect(record(appProperties)).not.toHaveProperty('intent');
  });

  it('adopts an issue type of exactly the name it was about to make, a standard type', async () => {
    const { jira, provisioning, input, appProperties, runUntil, runToEnd } = setup();
    const plan = await runUntil('issue-type:corrective-action');
    appProperties.losing = true;
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(record(appProperties).issueTypes['corrective-action']).toBeUndefined();
    const resumed = await provisioning().plan(ADMIN, input);
    expect(resumed.items.find((item) => item.id === 'issue-type:corrective-action')).toMatchObject({ change: 'none', conflict: null });
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write === 'createIssueType:Corrective action')).toHaveLength(1);
    expect(record(appProperties).issueTypes['corrective-action']?.id).toBe(jira.types.find((type) => type.name === 'Corrective action')!.id);
  });

  it('leaves an issue type of that name but another shape a conflict (a sub-task type)', async () => {
    const { jira, provisioning, input, appProperties, runUntil } = setup();
    const plan = await runUntil('issue-type:corrective-action');
    appProperties.losing = true;
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'INTERNAL' });
    jira.types.find((type) => type.name === 'Corrective action')!.hierarchyLevel = -1;
    const resumed = await provisioning().plan(ADMIN, input);
    expect(resumed.blocked).toBe('conflicts');
    expect(resumed.items.find((item) => item.id === 'issue-type:corrective-action')?.conflict?.reason).toBe('name-taken');
  });

  it('leaves an issue type of our name that no intent names a conflict, as before', async () => {
    const { jira, provisioning, input } = setup();
    jira.addIssueType('Corrective action');
    const plan = await provisioning().plan(ADMIN, input);
    expect(plan.items.find((item) => item.id === 'issue-type:corrective-action')?.conflict?.reason).toBe('name-taken');
  });

  it('adopts a workflow of the name it was about to make whose shape fingerprints as the one sent', async () => {
    const { jira, provisioning, input, appProperties, runUntil, runToEnd } = setup();
    const plan = await runUntil('workflow:corrective-action');
    appProperties.losing = true;
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(record(appProperties).intent).toMatchObject({ kind: 'workflow', ref: 'corrective-action', name: 'Process Cards: Corrective action' });
    const made = [...jira.flows.values()].find((workflow) => workflow.name === 'Process Cards: Corrective action')!;
    const resumed = await provisioning().plan(ADMIN, input);
    expect(resumed.items.find((item) => item.id === 'workflow:corrective-action')).toMatchObject({ change: 'none', jiraId: made.id, conflict: null });
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write === 'createWorkflow:Process Cards: Corrective action')).toHaveLength(1);
    expect(record(appProperties).workflows['corrective-action']).toMatchObject({ id: made.id, built: record(appProperties).workflows['corrective-action']!.fingerprint });
  });

  it('does not adopt a workflow of that name changed since it was made: Jira refuses a second, and nothing is written', async () => {
    const { jira, provisioning, input, appProperties, runUntil } = setup();
    const plan = await runUntil('workflow:corrective-action');
    appProperties.losing = true;
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'INTERNAL' });
    const made = [...jira.flows.values()].find((workflow) => workflow.name === 'Process Cards: Corrective action')!;
    made.transitions.push({ name: 'Shortcut', type: 'GLOBAL', from: [], to: made.statuses[0]!, validators: [], actions: [], conditions: [] });
    const resumed = await provisioning().plan(ADMIN, input);
    expect(change(resumed, 'workflow:corrective-action')).toBe('create');
    const writes = jira.writes.length;
    await expect(provisioning().step(ADMIN, { ...input, approved: resumed.approvals })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'jira-refused' });
    expect(jira.writes).toHaveLength(writes);
    expect(record(appProperties).workflows['corrective-action']).toBeUndefined();
  });

  it('records the intent in one save before each create, and a run without losses ends with none', async () => {
    const { provisioning, input, appProperties, runUntil } = setup();
    const plan = await runUntil('issue-type:improvement');
    const before = appProperties.puts;
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    // The intent, then the record with what was made.
    expect(appProperties.puts - before).toBe(2);
    expect(record(appProperties)).not.toHaveProperty('intent');
  });
});

describe('provisioning: one step at a time on the site', () => {
  it('refuses a second step while one is running, with its own reason, and writes nothing for it', async () => {
    const { jira, provisioning, input, leases } = setup();
    const plan = await provisioning().plan(ADMIN, input);
    const [first, second] = await Promise.allSettled([provisioning().step(ADMIN, { ...input, approved: plan.approvals }), provisioning().step(ADMIN, { ...input, approved: plan.approvals })]);
    expect(first.status).toBe('fulfilled');
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'CONFLICT', reason: 'provisioning-running' } });
    expect(jira.writes).toEqual(['createStatuses:Open,Closed,CA: Root cause analysis']);
    expect(leases.held.size).toBe(0);
  });

  it('gives the lease back when a step fails, so the next may run', async () => {
    const { provisioning, input, leases } = setup();
    await expect(provisioning().step(ADMIN, { ...input, approved: [] })).rejects.toMatchObject({ reason: 'plan-changed' });
    expect(leases.held.size).toBe(0);
  });

  it('waits out a step that died holding the lease until the lease’s time is up, the dead holder’s key still there', async () => {
    const { provisioning, input, leases, jira, clock } = setup();
    await leases.take(PROVISIONING_LEASE, PROVISIONING_LEASE_SECONDS);
    const plan = await provisioning().plan(ADMIN, input);
    clock.set(new Date(clock.now().getTime() + (PROVISIONING_LEASE_SECONDS - 1) * 1000));
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'provisioning-running' });
    expect(jira.writes).toEqual([]);
    clock.set(new Date(clock.now().getTime() + 2000));
    expect(leases.held.has(PROVISIONING_LEASE)).toBe(true);
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    expect(jira.writes).toHaveLength(1);
    expect(leases.held.size).toBe(0);
  });

  it('takes no lease for anyone but a signed-in user', async () => {
    const { provisioning, input, leases } = setup();
    await expect(provisioning().step({ kind: 'anonymous' }, { ...input, approved: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(leases.held.size).toBe(0);
  });
});

describe('provisioning: the issue count is approximate', () => {
  it('switches the scheme when Jira refuses the direct assignment of a project counted empty', async () => {
    const { jira, runToEnd, appProperties, project } = setup({ issueCount: 3, countedIssues: 0 });
    expect((await runToEnd()).complete).toBe(true);
    expect(jira.writes.filter((write) => write.startsWith('switchWorkflowScheme'))).toHaveLength(1);
    expect(jira.writes.some((write) => write.startsWith('assignWorkflowScheme'))).toBe(false);
    expect(record(appProperties).projects[project.id]).toMatchObject({ workflowSchemeAssigned: true, switchTaskId: null, complete: true });
  });

  it('passes on any other failure of the assignment', async () => {
    const { jira, provisioning, input, runUntil } = setup();
    jira.assignWorkflowScheme = async () => {
      throw new AppError('FORBIDDEN', 'Jira refused the workflow scheme assignment (HTTP 403).', [], { reason: 'jira' });
    };
    let plan = await runUntil('workflow-scheme');
    await provisioning().step(ADMIN, { ...input, approved: plan.approvals });
    plan = await provisioning().plan(ADMIN, input);
    await expect(provisioning().step(ADMIN, { ...input, approved: plan.approvals })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(jira.writes.some((write) => write.startsWith('switchWorkflowScheme'))).toBe(false);
  });
});
