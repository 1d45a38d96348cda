import { ANONYMOUS, userActor, type Actor } from '../../../src/core/actor';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../../src/core/capa/provisioning/provision-record';
import { JIRA_AUDIT_KEY } from '../../../src/core/usecases/jira/jira-default-project';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { memoryDependencies } from '../../support/memory-dependencies';
import { provisioned, provisionedTwo } from './action-setup';

const ADMIN = userActor('acc-admin');

function setup(record: ProvisionRecord = provisionedTwo()) {
  const deps = memoryDependencies({});
  deps.memory.clock.set('2026-12-02T08:00:00.000Z');
  deps.memory.appProperties.values.set(PROVISION_RECORD_KEY, record);
  const stored = () => deps.memory.appProperties.values.get(PROVISION_RECORD_KEY) as ProvisionRecord;
  return { deps, useCases: composeUseCases(deps), stored };
}

describe('the site default project, chosen on the Jira admin page', () => {
  it('lists the projects set up, the half-done ones as not ready, with the default marked, and copies the set-up into storage', async () => {
    const record = provisionedTwo();
    record.projects['10001'] = { ...record.projects['10000']!, projectId: '10001', projectKey: 'HALF', workflowSchemeAssigned: false, complete: false };
    const { useCases, deps } = setup(record);
    expect(await useCases.jiraDefaultProject.projects(ADMIN)).toEqual({
      projects: [
        { id: '10002', key: 'AUD', ready: true, isDefault: false },
        { id: '10001', key: 'HALF', ready: false, isDefault: false },
        { id: '10000', key: 'QMS', ready: true, isDefault: true },
      ],
      defaultProjectId: '10000',
    });
    expect(deps.memory.jiraSite.record).toMatchObject({ defaultProjectId: '10000', projects: [{ key: 'AUD' }, { key: 'QMS' }] });
  });

  it('makes another ready project the default: the record, storage’s copy and an audit entry under site:jira', async () => {
    const { useCases, deps, stored } = setup();
    const view = await useCases.jiraDefaultProject.setDefault(ADMIN, { projectId: '10002', expectedDefaultProjectId: '10000' });
    expect(view.defaultProjectId).toBe('10002');
    expect(view.projects.filter((project) => project.isDefault).map((project) => project.key)).toEqual(['AUD']);
    expect(stored().defaultProjectId).toBe('10002');
    expect({ ...stored(), defaultProjectId: '10000' }).toEqual(provisionedTwo());
    expect(deps.memory.jiraSite.record?.defaultProjectId).toBe('10002');
    const { items } = await deps.audit.list(JIRA_AUDIT_KEY);
    expect(items).toEqual([
      expect.objectContaining({
        actor: ADMIN,
        at: '2026-12-02T08:00:00.000Z',
        action: 'jira.default-set',
        data: { projectId: '10002', projectKey: 'AUD', previousProjectId: '10000' },
      }),
    ]);
    // Choosing the default it already is writes nothing and audits nothing.
    await useCases.jiraDefaultProject.setDefault(ADMIN, { projectId: '10002', expectedDefaultProjectId: '10002' });
    expect((await deps.audit.list(JIRA_AUDIT_KEY)).items).toHaveLength(1);
  });

  it('refuses a project that is not ready or not set up, a default changed meanwhile, a non-admin and a signed-out caller, changing nothing', async () => {
    const record = provisionedTwo();
    record.projects['10001'] = { ...record.projects['10000']!, projectId: '10001', projectKey: 'HALF', issueTypeSchemeAssigned: false, complete: false };
    const { useCases, deps, stored } = setup(record);
    const set = (projectId: string, expectedDefaultProjectId: string | null = '10000', actor: Actor = ADMIN) => useCases.jiraDefaultProject.setDefault(actor, { projectId, expectedDefaultProjectId });
    await expect(set('10001')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'jira-project-not-ready', params: { project: 'HALF' } });
    await expect(set('99999')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'jira-project-not-ready', params: { project: '99999' } });
    await expect(set('10002', null)).rejects.toMatchObject({ code: 'CONFLICT', reason: 'jira-default-changed' });
    await expect(set('10002', '10000', ANONYMOUS)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    deps.memory.jira.admin = false;
    await expect(set('10002')).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    await expect(useCases.jiraDefaultProject.projects(ADMIN)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira' });
    expect(stored()).toEqual(record);
    expect(deps.memory.jiraSite.writes).toBe(0);
    expect((await deps.audit.list(JIRA_AUDIT_KEY)).items).toEqual([]);
  });

  it('takes the change back when it cannot be audited', async () => {
    const { useCases, deps, stored } = setup();
    deps.audit.append = () => Promise.reject(new Error('storage down'));
    await expect(useCases.jiraDefaultProject.setDefault(ADMIN, { projectId: '10002', expectedDefaultProjectId: '10000' })).rejects.toThrow('storage down');
    expect(stored()).toEqual(provisionedTwo());
    expect(deps.memory.jiraSite.writes).toBe(0);
  });

  it('shows a default that is being set up again as none, as the cards see it', async () => {
    const { useCases } = setup({ ...provisioned(false) });
    expect(await useCases.jiraDefaultProject.projects(ADMIN)).toEqual({ projects: [{ id: '10000', key: 'QMS', ready: false, isDefault: false }], defaultProjectId: null });
  });
});
