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
    const view = await useCases.cardJiraSettings.get(context(READER), { cardId: card.id });
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
      canEdit: false,
    });
    expect(deps.memory.jiraSite.record).toMatchObject({ defaultProjectId: '10000' });
    // With the copy in storage, the record is not read again.
    deps.memory.appProperties.values.delete(PROVISION_RECORD_KEY);
    expect((await useCases.cardJiraSettings.get(context(OWNER), { cardId: card.id })).canEdit).toBe(true);
    expect(deps.memory.jiraSite.writes).toBe(1);
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
});
