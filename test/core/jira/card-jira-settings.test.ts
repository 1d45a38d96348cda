import { ANONYMOUS } from '../../../src/core/actor';
import { AppError } from '../../../src/core/errors';
import { composeUseCases } from '../../../src/resolvers/compose-use-cases';
import { PROVISION_RECORD_KEY } from '../../../src/core/capa/provisioning/provision-record';
import { jiraSiteOf } from '../../../src/core/capa/jira-site';
import { actionSetup, EDITOR, OWNER, provisioned, provisionedTwo, READER } from './action-setup';

const AT = '2026-04-03T09:00:00.000Z';

describe('the Jira part of a card’s settings: its project and automatic raising', () => {
  it('lists the ready projects with the site default, the card’s choice and auto-raise off, copying the set-up into storage when it holds none', async () => {
    const { useCases, context, card, deps } = await actionSetup({ record: provisionedTwo() });
    expect(deps.memory.jiraSite.record).toBeNull();
    const view = await useCases.cardJiraSettings.get(context(EDITOR), { cardId: card.id });
    expect(view).toEqual({
      cardId: card.id,
      version: 1,
      connected: true,
      projects: [
        { id: '10002', key: 'AUD' },
        { id: '10000', key: 'QMS' },
      ],
      siteDefault: { id: '10000', key: 'QMS' },
      projectId: null,
      projectGone: false,
      autoRaise: false,
      canEdit: true,
    });
    expect(deps.memory.jiraSite.record).toMatchObject({ defaultProjectId: '10000' });
    // With the copy in storage, the record is not read again.
    deps.memory.appProperties.values.delete(PROVISION_RECORD_KEY);
    expect((await useCases.cardJiraSettings.get(context(OWNER), { cardId: card.id })).canEdit).toBe(true);
    expect(deps.memory.jiraSite.writes).toBe(1);
  });

  it('tells a reader only that they may not change it: no project, key or default, and no read of the set-up', async () => {
    const { useCases, context, card, deps } = await actionSetup({ record: provisionedTwo() });
    await useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10002', autoRaise: false });
    deps.memory.jiraSite.record = null;
    expect(await useCases.cardJiraSettings.get(context(READER), { cardId: card.id })).toEqual({ cardId: card.id, canEdit: false });
    // Not even storage's copy is made for them: the provisioning record stays unread.
    expect(deps.memory.jiraSite.record).toBeNull();
  });

  it('says Jira is not connected, with nothing to choose, when no project is set up', async () => {
    const { useCases, context, card } = await actionSetup({ record: null });
    expect(await useCases.cardJiraSettings.get(context(EDITOR), { cardId: card.id })).toMatchObject({ connected: false, projects: [], siteDefault: null, canEdit: true });
    await expect(useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: null, autoRaise: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      reason: 'jira-project',
    });
  });

  it('says the same where Jira refuses the app (a site without Jira), copying nothing', async () => {
    const { deps, context, card } = await actionSetup();
    deps.appProperties = { get: () => Promise.reject(new AppError('FORBIDDEN', 'Jira refused the app property (HTTP 403).', [], { reason: 'jira' })), put: async () => undefined };
    const useCases = composeUseCases(deps);
    expect(await useCases.cardJiraSettings.get(context(EDITOR), { cardId: card.id })).toMatchObject({ connected: false });
    expect(deps.memory.jiraSite.writes).toBe(0);
    // Anything else (a record the app cannot read, Jira down) is an error, never "not connected".
    deps.appProperties = { get: () => Promise.reject(new AppError('INTERNAL', 'Jira could not answer (HTTP 503).', [], { reason: 'jira' })), put: async () => undefined };
    await expect(composeUseCases(deps).cardJiraSettings.get(context(EDITOR), { cardId: card.id })).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('saves a ready project and auto-raise as an editor or the process owner, with a version check and an audit entry', async () => {
    const { useCases, context, card, deps } = await actionSetup({ record: provisionedTwo() });
    const saved = await useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10002', autoRaise: true });
    expect(saved).toMatchObject({ version: 2, projectId: '10002', autoRaise: true, projectGone: false, canEdit: true });
    expect((await deps.settings.get(card.id))?.jira).toEqual({ projectId: '10002', autoRaise: true });
    const [entry] = (await deps.audit.list(card.id)).items.filter((item) => item.action === 'jira.settings-saved');
    expect(entry).toMatchObject({
      actor: EDITOR,
      at: AT,
      data: { settingsVersion: 2, projectId: '10002', projectKey: 'AUD', autoRaise: true, previousProjectId: null, previousAutoRaise: false },
    });
    // Someone who read version 1 loses nothing of this save.
    await expect(useCases.cardJiraSettings.save(context(OWNER), { cardId: card.id, expectedVersion: 1, projectId: null, autoRaise: false })).rejects.toMatchObject({ code: 'CONFLICT', reason: 'version' });
    expect(await useCases.cardJiraSettings.save(context(OWNER), { cardId: card.id, expectedVersion: 2, projectId: null, autoRaise: true })).toMatchObject({ version: 3, projectId: null });
  });

  it('refuses a project that is not set up, a reader and a signed-out caller, changing nothing and auditing nothing', async () => {
    const { useCases, context, card, deps } = await actionSetup({ record: provisionedTwo() });
    const save = (actor: Parameters<typeof context>[0], projectId: string | null) => useCases.cardJiraSettings.save(context(actor), { cardId: card.id, expectedVersion: 1, projectId, autoRaise: false });
    await expect(save(EDITOR, '10001')).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'jira-project-not-ready', params: { project: '10001' } });
    await expect(save(READER, '10002')).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    await expect(save(ANONYMOUS, '10002')).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'sign-in' });
    expect((await deps.settings.get(card.id))?.version).toBe(1);
    expect((await deps.audit.list(card.id)).items.filter((item) => item.action === 'jira.settings-saved')).toEqual([]);
    // Unchanged settings make no new version and no entry.
    expect(await save(EDITOR, null)).toMatchObject({ version: 1 });
    expect((await deps.audit.list(card.id)).items.filter((item) => item.action === 'jira.settings-saved')).toEqual([]);
  });

  it('keeps a chosen project that stopped being set up, says so, and lets the toggle change without choosing again', async () => {
    const { useCases, context, card, deps } = await actionSetup({ record: provisionedTwo() });
    await useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10002', autoRaise: false });
    await deps.jiraSite.put(jiraSiteOf(provisioned(), AT));
    const gone = await useCases.cardJiraSettings.get(context(EDITOR), { cardId: card.id });
    expect(gone).toMatchObject({ projectId: '10002', projectGone: true, projects: [{ id: '10000', key: 'QMS' }] });
    expect(await useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 2, projectId: '10002', autoRaise: true })).toMatchObject({ version: 3, autoRaise: true, projectGone: true });
  });

  describe('automatic raising, which creates issues as the app, only by someone Jira lets create issues in the card’s project', () => {
    const saved = async (deps: Awaited<ReturnType<typeof actionSetup>>['deps'], cardId: string) => ({
      jira: (await deps.settings.get(cardId))?.jira,
      entries: (await deps.audit.list(cardId)).items.filter((item) => item.action === 'jira.settings-saved'),
    });

    it('asks Jira as the user once when it is turned on, refuses a project they may not create in, and records whose say-so it rests on', async () => {
      const { useCases, context, card, deps, jira } = await actionSetup({ record: provisionedTwo() });
      jira.creatable = new Set(['10000']);
      await expect(useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10002', autoRaise: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        reason: 'jira-create',
        params: { project: 'AUD' },
      });
      expect(await saved(deps, card.id)).toEqual({ jira: { projectId: null, autoRaise: false }, entries: [] });
      expect(jira.calls).toEqual(['mayCreateIssues']);
      // The site default (QMS) is where it would go when the card names none: that is the project asked about.
      expect(await useCases.cardJiraSettings.save(context(OWNER), { cardId: card.id, expectedVersion: 1, projectId: null, autoRaise: true })).toMatchObject({ version: 2, autoRaise: true });
      const { entries } = await saved(deps, card.id);
      expect(entries).toEqual([
        expect.objectContaining({ actor: OWNER, data: expect.objectContaining({ autoRaise: true, previousAutoRaise: false, createPermissionCheckedIn: '10000' }) }),
      ]);
      expect(jira.calls).toEqual(['mayCreateIssues', 'mayCreateIssues']);
    });

    it('asks again when the project changes while it is on, to the site default too, and not when it is turned off or left alone', async () => {
      const { useCases, context, card, deps, jira } = await actionSetup({ record: provisionedTwo() });
      jira.creatable = new Set(['10000']);
      const save = (expectedVersion: number, projectId: string | null, autoRaise: boolean) => useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion, projectId, autoRaise });
      // Off, any ready project may be chosen without asking Jira: nothing is created there by the app.
      expect(await save(1, '10002', false)).toMatchObject({ version: 2 });
      expect(jira.calls).toEqual([]);
      await expect(save(2, '10002', true)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira-create' });
      expect(await save(2, '10000', true)).toMatchObject({ version: 3 });
      await expect(save(3, '10002', true)).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'jira-create' });
      expect(await save(3, null, true)).toMatchObject({ version: 4, projectId: null });
      expect(jira.calls).toEqual(['mayCreateIssues', 'mayCreateIssues', 'mayCreateIssues', 'mayCreateIssues']);
      // Off again, and back to a project while off: nothing to ask.
      expect(await save(4, null, false)).toMatchObject({ version: 5 });
      expect(await save(5, '10002', false)).toMatchObject({ version: 6 });
      expect(jira.calls).toHaveLength(4);
      const checked = (await saved(deps, card.id)).entries.map((entry) => [entry.data.settingsVersion, entry.data.createPermissionCheckedIn]);
      expect(checked.sort(([a], [b]) => Number(a) - Number(b))).toEqual([
        [2, null],
        [3, '10000'],
        [4, '10000'],
        [5, null],
        [6, null],
      ]);
    });

    it('refuses it to someone without Jira, and where it would have no project to go to, saving nothing', async () => {
      const { useCases, context, card, deps, jira } = await actionSetup({ record: provisionedTwo() });
      jira.access = 'none';
      await expect(useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: '10000', autoRaise: true })).rejects.toMatchObject({
        code: 'FORBIDDEN',
        reason: 'jira-create',
        params: { project: 'QMS' },
      });
      jira.access = 'full';
      await deps.jiraSite.put({ ...jiraSiteOf(provisionedTwo(), AT), defaultProjectId: null });
      await expect(useCases.cardJiraSettings.save(context(EDITOR), { cardId: card.id, expectedVersion: 1, projectId: null, autoRaise: true })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        reason: 'jira-no-project',
      });
      expect(await saved(deps, card.id)).toEqual({ jira: { projectId: null, autoRaise: false }, entries: [] });
    });
  });
});
