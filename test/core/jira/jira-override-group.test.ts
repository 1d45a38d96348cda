import { ANONYMOUS, userActor } from '../../../src/core/actor';
import { overrideRestriction } from '../../../src/core/capa/provisioning/capa-target';
import { PROVISION_RECORD_KEY, ProvisionRecord } from '../../../src/core/capa/provisioning/provision-record';
import { JIRA_AUDIT_KEY } from '../../../src/core/usecases/jira/jira-audit-key';
import { PROVISIONING_LEASE } from '../../../src/core/usecases/jira/provision-jira';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { memoryDependencies } from '../../support/memory-dependencies';
import { provisionedTwo } from './action-setup';

const ADMIN = userActor('acc-admin');
const AUDITORS = { id: '6e87dc72-0001-421f-9382-2fee8b652487', name: 'qms-auditors' };
const MANAGERS = { id: '6e87dc72-0002-421f-9382-2fee8b652487', name: 'qms-managers' };

function setup(record: ProvisionRecord = provisionedTwo()) {
  const deps = memoryDependencies({});
  deps.memory.clock.set('2026-12-02T08:00:00.000Z');
  deps.memory.appProperties.values.set(PROVISION_RECORD_KEY, record);
  deps.memory.jira.groups.push(AUDITORS, MANAGERS, { id: 'f00', name: 'jira-software-users' });
  const stored = () => ProvisionRecord.parse(deps.memory.appProperties.values.get(PROVISION_RECORD_KEY));
  const audited = async () => (await deps.audit.list(JIRA_AUDIT_KEY)).items;
  return { deps, overrideGroup: composeUseCases(deps).jiraOverrideGroup, stored, audited };
}

describe('who may close by override, chosen on the Jira admin page', () => {
  it('is project administrators until a group is chosen; the admin finds groups by part of the name, in any case', async () => {
    const { overrideGroup } = setup();
    expect(await overrideGroup.current(ADMIN)).toEqual({ group: null });
    expect(await overrideGroup.find(ADMIN, 'QMS')).toEqual({ groups: [AUDITORS, MANAGERS], total: 2 });
    expect(await overrideGroup.find(ADMIN, 'nothing like it')).toEqual({ groups: [], total: 0 });
  });

  it('restricts it to the group chosen, as Jira names it: the record, an audit entry under site:jira, and the workflows built from it', async () => {
    const { overrideGroup, stored, audited } = setup();
    // The page sends the name it showed; Jira's name for the id is what is kept.
    const view = await overrideGroup.set(ADMIN, { group: { id: AUDITORS.id, name: 'qms-auditors' }, expectedGroupId: null });
    expect(view).toEqual({ group: AUDITORS });
    expect(await overrideGroup.current(ADMIN)).toEqual({ group: AUDITORS });
    expect(stored()).toEqual({ ...provisionedTwo(), overrideGroupId: AUDITORS.id, overrideGroupName: AUDITORS.name });
    expect(overrideRestriction(stored().overrideGroupId)).toEqual([{ ruleKey: 'system:restrict-issue-transition', parameters: { groupIds: AUDITORS.id } }]);
    expect(await audited()).toEqual([
      expect.objectContaining({
        actor: ADMIN,
        at: '2026-12-02T08:00:00.000Z',
        action: 'jira.override-group-set',
        data: { groupId: AUDITORS.id, groupName: AUDITORS.name, previousGroupId: null },
      }),
    ]);
    // The same group again changes nothing and audits nothing; back to project administrators is a change.
    await overrideGroup.set(ADMIN, { group: AUDITORS, expectedGroupId: AUDITORS.id });
    expect(await audited()).toHaveLength(1);
    expect(await overrideGroup.set(ADMIN, { group: null, expectedGroupId: AUDITORS.id })).toEqual({ group: null });
    expect(stored()).toEqual(provisionedTwo());
    // Newest first.
    expect((await audited()).map((entry) => entry.data)).toEqual([
      { groupId: null, groupName: null, previousGroupId: AUDITORS.id },
      { groupId: AUDITORS.id, groupName: AUDITORS.name, previousGroupId: null },
    ]);
  });

  it('refuses a group Jira does not know by that id, a change made meanwhile, a step running, a non-admin and a signed-out caller, changing nothing', async () => {
    const { overrideGroup, deps, stored, audited } = setup();
    await expect(overrideGroup.set(ADMIN, { group: { id: 'ffffffff-0000-4000-8000-000000000000', name: 'qms-auditors' }, expectedGroupId: null })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'jira-group',
    });
    await expect(overrideGroup.set(ADMIN, { group: { id: AUDITORS.id, name: 'renamed-since' }, expectedGroupId: null })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'jira-group' });
    await expect(overrideGroup.set(ADMIN, { group: AUDITORS, expectedGroupId: MANAGERS.id })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'jira-override-group-changed' });
    const held = await deps.leases.take(PROVISIONING_LEASE, 60);
    await expect(overrideGroup.set(ADMIN, { group: AUDITORS, expectedGroupId: null })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'provisioning-running' });
    await deps.leases.release(PROVISIONING_LEASE, held!);
    await expect(overrideGroup.set(ANONYMOUS, { group: AUDITORS, expectedGroupId: null })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    deps.memory.jira.admin = false;
    await expect(overrideGroup.set(ADMIN, { group: AUDITORS, expectedGroupId: null })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    await expect(overrideGroup.find(ADMIN, 'qms')).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    await expect(overrideGroup.current(ADMIN)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    expect(stored()).toEqual(provisionedTwo());
    expect(await audited()).toEqual([]);
    // The lease was given back after each refusal: a step may run.
    expect(await deps.leases.take(PROVISIONING_LEASE, 60)).not.toBeNull();
  });

  it('takes the change back when it cannot be audited', async () => {
    const { overrideGroup, deps, stored } = setup();
    deps.audit.append = () => Promise.reject(new Error('storage down'));
    await expect(overrideGroup.set(ADMIN, { group: AUDITORS, expectedGroupId: null })).rejects.toThrow('storage down');
    expect(stored()).toEqual(provisionedTwo());
  });
});
