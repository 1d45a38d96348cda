import { assertRequestsConform, type RecordedRequest } from '../../support/openapi';
import { MemoryAuditLog } from '../../../src/adapters/memory/memory-audit-log';
import { MemoryJiraSiteStore } from '../../../src/adapters/memory/memory-jira-site-store';
import { MemoryLeases } from '../../../src/adapters/memory/memory-leases';
import { userActor } from '../../../src/core/actor';
import { capaProvisioningTarget, EFFECTIVENESS_GATE_MODULE_KEY, RECORD_VALIDATOR_MODULE_KEY } from '../../../src/core/capa/provisioning/capa-target';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../../src/core/capa/provisioning/provision-record';
import type { ProvisioningTarget } from '../../../src/core/capa/provisioning/provisioning-target';
import { SEPARATION_OF_DUTIES } from '../../../src/core/capa/workflow-shape';
import { fixedClock } from '../../../src/core/ports/clock';
import type { WorkflowShape } from '../../../src/core/ports/jira-provisioning';
import { createProvisionJira } from '../../../src/core/usecases/jira/provision-jira';
import { startAdapter, type AdapterFixture } from './adapter-fixture';
import { ADMIN } from './jira-stand-in-fixture';

const ari = (key: string) => `ari:cloud:ecosystem::extension/app-1/env-1/static/${key}`;
const GATE = ari(EFFECTIVENESS_GATE_MODULE_KEY);

/**
 * What part 1 of the Jira work provisioned: today's workflows without the effectiveness gate
 * and separation of duties, the only rules part 2 adds to them.
 */
function part1(shape: WorkflowShape): WorkflowShape {
  return {
    ...shape,
    transitions: shape.transitions.map((transition) => ({
      ...transition,
      validators: transition.validators.filter((rule) => rule.parameters.key !== GATE),
      conditions: transition.conditions.filter((rule) => rule.ruleKey !== SEPARATION_OF_DUTIES),
    })),
  };
}

function target(version: 'part-1' | 'part-2', resolutions: ReadonlyArray<{ id: string; name: string }>, overrideGroupId: string | null): ProvisioningTarget {
  const { target: current } = capaProvisioningTarget({
    overrideGroupId,
    language: 'en',
    appVersion: version === 'part-1' ? '2.0.0' : '3.0.0',
    validatorKey: ari(RECORD_VALIDATOR_MODULE_KEY),
    gateKey: GATE,
    resolutions,
  });
  if (version === 'part-2') return current;
  return { ...current, workflows: current.workflows.map((workflow) => ({ ...workflow, build: (statusIds) => part1(workflow.build(statusIds)) })) };
}

describe('provisioning upgrades a project provisioned by part 1 to the effectiveness gate (core use case over the Forge adapter and the Jira stand-in)', () => {
  let fixture: AdapterFixture;
  let version: 'part-1' | 'part-2';
  beforeEach(() => {
    fixture = startAdapter();
    version = 'part-1';
  });
  afterEach(() => fixture.close());

  const clock = fixedClock('2026-12-02T08:00:00.000Z');
  const leases = new MemoryLeases(clock);
  const admin = userActor(ADMIN);
  const input = { projectKey: 'QMS', language: 'en' as const };
  let suffix = 0;
  const provisioning = () =>
    createProvisionJira({
      jira: fixture.provisioning,
      appProperties: fixture.properties,
      leases,
      jiraSite: new MemoryJiraSiteStore(),
      clock,
      audit: new MemoryAuditLog(),
      newAuditSuffix: () => `s${(suffix += 1)}`,
      target: (_language, resolutions, { overrideGroupId }) => ({ target: target(version, resolutions, overrideGroupId), missingResolutions: [] }),
    });
  const plan = () => fixture.as(() => provisioning().plan(admin, input));
  const step = (approved: readonly string[]) => fixture.as(() => provisioning().step(admin, { ...input, approved }));
  const runToEnd = async () => {
    let current = await plan();
    for (let i = 0; i < 40 && !current.complete; i += 1) current = (await step(current.approvals)).plan;
    return current;
  };
  const record = () => fixture.as(async () => (await fixture.properties.get(PROVISION_RECORD_KEY)) as ProvisionRecord);
  const requests = () => fixture.runtime.productRequests;
  const updates = () => requests().filter((request) => request.method === 'POST' && request.path === '/rest/api/3/workflows/update');
  // Reads that are POSTs (workflows by id, the issue count, validation) and the app's own record are not writes to Jira.
  const writes = () =>
    requests().filter((request) => request.method !== 'GET' && !/\/(workflows|search\/approximate-count|workflows\/(create|update)\/validation)$/.test(request.path.split('?')[0]!) && !request.path.startsWith('/rest/forge/'));
  const siteWorkflow = async (kind: string) => fixture.jira.site.workflows.get((await record()).workflows[kind]!.id)!;

  async function provisionedByPart1(): Promise<void> {
    expect((await runToEnd()).complete).toBe(true);
    const close = (await siteWorkflow('corrective-action')).transitions.find((transition) => transition.name === 'Close as effective')!;
    // Part 1's workflow: no gate, no four eyes.
    expect(close.validators).toEqual([]);
    expect(close.conditions?.conditions ?? []).toEqual([]);
    // Part 1's record had no override group.
    const { overrideGroupId: _none, ...stored } = await record();
    await fixture.as(() => fixture.properties.put(PROVISION_RECORD_KEY, stored));
    requests().length = 0;
    version = 'part-2';
  }

  it('plans an update of the corrective action workflow only, writing nothing while it plans', async () => {
    await provisionedByPart1();
    const shown = await plan();
    expect(shown.blocked).toBeNull();
    expect(shown.items.filter((item) => item.kind === 'workflow').map((item) => [item.id, item.change, item.conflict])).toEqual([
      ['workflow:corrective-action', 'update', null],
      ['workflow:improvement', 'none', null],
    ]);
    expect(shown.pending).toEqual(['workflow:corrective-action']);
    expect(writes()).toEqual([]);
  });

  it('upgrades through one /workflows/update the spec documents, after which Close as effective carries the gate and separation of duties, and a second run writes nothing (stand-in behaviour: confirm on a dev site)', async () => {
    await provisionedByPart1();
    const before = (await record()).workflows['corrective-action']!;
    const done = await runToEnd();
    expect(done.complete).toBe(true);
    expect(updates()).toHaveLength(1);
    expect(writes().map((request) => request.path)).toEqual(['/rest/api/3/workflows/update']);
    assertRequestsConform(requests().map((request) => ({ ...request, remote: 'jira' })) as unknown as RecordedRequest[]);
    expect(requests().every((request) => request.status < 400)).toBe(true);

    const { statuses, workflows, overrideGroupId } = await record();
    expect(overrideGroupId).toBeNull();
    const after = workflows['corrective-action']!;
    expect(after).toMatchObject({ id: before.id, appVersion: '3.0.0' });
    expect(after.built).not.toBe(before.built);
    expect(workflows.improvement!.appVersion).toBe('2.0.0');
    const transitions = (await siteWorkflow('corrective-action')).transitions;
    const close = transitions.find((transition) => transition.name === 'Close as effective')!;
    expect(close.validators).toEqual([
      { ruleKey: 'forge:expression-validator', parameters: { key: GATE, config: JSON.stringify({ kind: 'effectiveness-gate', implementationStatusId: statuses['ca.implementation']!.id }) } },
    ]);
    expect(close.conditions?.conditions).toEqual([
      { ruleKey: 'system:separation-of-duties', parameters: { fromStatusId: statuses['ca.implementation']!.id, toStatusId: statuses['ca.effectiveness']!.id } },
    ]);
    // No other transition gained either rule.
    const others = transitions.filter((transition) => transition !== close);
    expect(others.flatMap((transition) => transition.validators).filter((rule) => rule.parameters.key === GATE)).toEqual([]);
    expect(others.flatMap((transition) => transition.conditions?.conditions ?? []).filter((rule) => rule.ruleKey === SEPARATION_OF_DUTIES)).toEqual([]);

    requests().length = 0;
    expect((await plan()).complete).toBe(true);
    expect((await step([])).plan.complete).toBe(true);
    expect(writes()).toEqual([]);
  });

  it('restricts the close by override to project administrators until a group is chosen; a group chosen later is an upgrade the plan shows', async () => {
    await provisionedByPart1();
    await runToEnd();
    const override = async () => (await siteWorkflow('corrective-action')).transitions.find((transition) => transition.name === 'Close by override')!;
    expect((await override()).conditions?.conditions).toEqual([{ ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } }]);

    const group = '703ff44a-7dc8-4f4b-9aa6-a65bf3574fa4';
    await fixture.as(async () => fixture.properties.put(PROVISION_RECORD_KEY, { ...(await record()), overrideGroupId: group }));
    requests().length = 0;
    const shown = await plan();
    expect(shown.items.filter((item) => item.kind === 'workflow').map((item) => [item.id, item.change])).toEqual([
      ['workflow:corrective-action', 'update'],
      ['workflow:improvement', 'none'],
    ]);
    expect((await runToEnd()).complete).toBe(true);
    expect(updates()).toHaveLength(1);
    expect((await override()).conditions?.conditions).toEqual([{ ruleKey: 'system:restrict-issue-transition', parameters: { groupIds: group } }]);
    expect((await record()).overrideGroupId).toBe(group);
  });

  it('reports a part-1 workflow an admin has edited as a conflict and never overwrites it', async () => {
    await provisionedByPart1();
    const edited = await siteWorkflow('corrective-action');
    const close = edited.transitions.find((transition) => transition.name === 'Close as effective')!;
    close.name = 'Verified';
    edited.version = { ...edited.version, versionNumber: edited.version.versionNumber + 1 };

    const shown = await plan();
    expect(shown.blocked).toBe('conflicts');
    const item = shown.items.find((candidate) => candidate.id === 'workflow:corrective-action')!;
    expect(item).toMatchObject({ change: 'none', conflict: { reason: 'edited', details: ['2.0.0'] } });
    await expect(step(shown.approvals)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'provisioning-blocked' });
    expect(updates()).toEqual([]);
    expect(close.name).toBe('Verified');
    expect(close.validators).toEqual([]);
  });
});
