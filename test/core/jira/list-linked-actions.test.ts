import { ANONYMOUS, userActor } from '../../../src/core/actor';
import { actionSetup, EDITOR, READER, SITE } from './action-setup';

describe('the card’s linked actions', () => {
  it('lists what was raised from the card for a reader, open first, with links into Jira, in one search', async () => {
    const { raise, useCases, context, card, kpi, jira } = await actionSetup();
    await raise(EDITOR, { summary: 'First' });
    await raise(EDITOR, { summary: 'Second', kind: 'improvement' });
    jira.issues[1]!.statusCategory = 'done';
    jira.issues[1]!.statusName = 'Reviewed';
    jira.calls.length = 0;
    const listed = await useCases.actions.list(context(READER), { cardId: card.id });
    expect(listed).toEqual({
      jira: 'ok',
      target: 'ready',
      issues: [
        { id: expect.any(String), key: 'QMS-1', summary: 'First', statusName: 'Registered', statusCategory: 'new', kind: 'corrective-action', kpiId: kpi.id, url: `${SITE.url}/browse/QMS-1` },
        { id: expect.any(String), key: 'QMS-2', summary: 'Second', statusName: 'Reviewed', statusCategory: 'done', kind: 'improvement', kpiId: kpi.id, url: `${SITE.url}/browse/QMS-2` },
      ],
      more: false,
      jiraUrl: `${SITE.url}/issues/?jql=${encodeURIComponent(`processCardId = "${card.id}"`)}`,
    });
    expect(jira.calls).toEqual(['searchLinkedActions']);
  });

  it('says when the reader has no Jira, or Jira is not set up, without a search where none can help', async () => {
    const { useCases, context, card, jira } = await actionSetup();
    jira.access = 'none';
    expect(await useCases.actions.list(context(READER), { cardId: card.id })).toEqual({ jira: 'no-access', target: 'ready', issues: [], more: false });
    expect(await useCases.actions.list(context(ANONYMOUS), { cardId: card.id })).toEqual({ jira: 'no-access', target: 'ready', issues: [], more: false });
    expect(jira.calls).toEqual(['searchLinkedActions']);
    const unprovisioned = await actionSetup({ record: null });
    expect(await unprovisioned.useCases.actions.list(unprovisioned.context(READER), { cardId: unprovisioned.card.id })).toEqual({ jira: 'not-set-up', target: 'not-set-up', issues: [], more: false });
    expect(unprovisioned.jira.calls).toEqual([]);
  });

  it('says where a raise would go: nowhere when the card names no project and the site has no default, or its project is gone', async () => {
    const { raise, useCases, context, card, deps } = await actionSetup();
    await raise(EDITOR);
    const settings = (await deps.settings.get(card.id))!;
    const save = (projectId: string | null, version: number) =>
      deps.settings.save({
        settings: { ...settings, version, jira: { projectId, autoRaise: false } },
        expectedVersion: version,
        savedBy: 'acc-editor',
        savedAt: deps.now(),
        audit: { schemaVersion: 1, id: `s-${version}`, cardId: card.id, at: deps.now(), actor: EDITOR, action: 'settings.saved', summary: '', data: {} },
      });
    await save('99999', settings.version);
    // Its issues are still listed: they stay in Jira.
    expect(await useCases.actions.list(context(READER), { cardId: card.id })).toMatchObject({ jira: 'ok', target: 'project-gone', issues: [{ key: 'QMS-1' }] });
    const record = deps.memory.appProperties.values.get('process-cards.provisioning') as { defaultProjectId: string | null };
    deps.memory.appProperties.values.set('process-cards.provisioning', { ...record, defaultProjectId: null });
    await save(null, settings.version + 1);
    expect(await useCases.actions.list(context(READER), { cardId: card.id })).toMatchObject({ jira: 'ok', target: 'no-project' });
  });

  it('says there are more in Jira past the page, and gives no Jira links without the site’s address', async () => {
    const { raise, useCases, context, card } = await actionSetup();
    for (let index = 0; index < 51; index += 1) await raise(EDITOR, { summary: `Action ${index}` });
    const listed = await useCases.actions.list(context(READER, { site: undefined }), { cardId: card.id });
    expect(listed.issues).toHaveLength(50);
    expect(listed).toMatchObject({ jira: 'ok', more: true });
    expect(listed).not.toHaveProperty('jiraUrl');
    expect(listed.issues[0]).toMatchObject({ key: 'QMS-51', url: null });
  });

  it('shows a card whose page the reader cannot see to nobody, as the card itself', async () => {
    const { useCases, context, card, jira } = await actionSetup();
    const elsewhere = await useCases.actions.list(context(userActor('acc-outsider'), { location: { spaceId: 's', pageId: '99999' } }), { cardId: card.id }).catch((error: unknown) => error);
    expect(elsewhere).toMatchObject({ code: 'FORBIDDEN', reason: 'view' });
    await expect(useCases.actions.list(context(READER), { cardId: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND', reason: 'card' });
    expect(jira.calls).toEqual([]);
  });
});
