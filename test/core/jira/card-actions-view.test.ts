import { ANONYMOUS } from '../../../src/core/actor';
import { AppError } from '../../../src/core/errors';
import { jiraSiteOf } from '../../../src/core/capa/jira-site';
import { createExportMacroCard } from '../../../src/core/usecases/export-macro-card';
import type { MacroCardResult } from '../../../src/core/results/macro-results';
import { actionSetup, EDITOR, OWNER, provisioned, READER, SITE } from './action-setup';
import { retakenCounts } from '../../../src/core/usecases/jira/card-actions-view';
import { applyIssueStatus } from '../../../src/core/capa/tracked-actions';

const jiraDown = () => new AppError('INTERNAL', 'Jira could not answer (HTTP 503).', [], { reason: 'jira' });

/** The card shown by a macro configured to show it, as the macro's first render does. */
async function rendered() {
  const setup = await actionSetup();
  const { deps, useCases, context, card } = setup;
  const render = async (...args: Parameters<typeof context>): Promise<MacroCardResult> => {
    const [actor, extra] = args;
    return useCases.getCardForMacro(context(actor, { configCardId: card.id, ...extra }));
  };
  const actionsOf = async (...args: Parameters<typeof context>) => (await render(...args)).view?.actions;
  const summary = async () => (await deps.measurements.getSummary(card.id))!;
  // The macro's first render records its config (a write); the renders the tests look at come after it.
  await render(EDITOR);
  setup.jira.calls.length = 0;
  return { ...setup, render, actionsOf, summary };
}

describe('the KPIs’ linked actions on the macro’s first render', () => {
  it('shows a reader each KPI’s issues from one search, open first, and keeps the counts when they changed', async () => {
    const { raise, jira, kpi, actionsOf, summary, deps } = await rendered();
    await raise(EDITOR, { summary: 'First' });
    await raise(EDITOR, { summary: 'Second' });
    expect((await summary()).linkedActions.byKpi).toEqual({ [kpi.id]: { new: 2, indeterminate: 0, done: 0 } });
    jira.issues[0]!.statusCategory = 'done';
    jira.issues[0]!.statusName = 'Closed';
    jira.calls.length = 0;
    deps.memory.clock.set('2026-04-05T08:00:00.000Z');
    const before = (await summary()).version;

    expect(await actionsOf(READER)).toEqual({
      shown: 'issues',
      byKpi: {
        [kpi.id]: [
          expect.objectContaining({ key: 'QMS-2', summary: 'Second', statusCategory: 'new', url: `${SITE.url}/browse/QMS-2` }),
          expect.objectContaining({ key: 'QMS-1', summary: 'First', statusName: 'Closed', statusCategory: 'done', url: `${SITE.url}/browse/QMS-1` }),
        ],
      },
      more: false,
      jiraUrl: expect.stringMatching(new RegExp(`^${SITE.url}/issues/\\?jql=`)),
      repairLinks: false,
    });
    expect(jira.calls).toEqual(['searchLinkedActions']);
    expect(await summary()).toMatchObject({ version: before + 1, linkedActions: { byKpi: { [kpi.id]: { new: 1, indeterminate: 0, done: 1 } }, countedAt: '2026-04-05T08:00:00.000Z' } });
    // The same counts again: nothing written.
    await actionsOf(READER);
    expect((await summary()).version).toBe(before + 1);
  });

  it('never lowers the stored counts from a reader who sees fewer issues (Jira shows each reader only what they may browse)', async () => {
    const { raise, jira, kpi, actionsOf, summary } = await rendered();
    await raise(EDITOR, { summary: 'First' });
    await raise(EDITOR, { summary: 'Second' });
    const version = (await summary()).version;
    const hidden = jira.issues.splice(0, 1);
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues', byKpi: { [kpi.id]: [expect.objectContaining({ key: 'QMS-2' })] } });
    expect((await summary()).version).toBe(version);
    expect((await summary()).linkedActions.byKpi).toEqual({ [kpi.id]: { new: 2, indeterminate: 0, done: 0 } });
    // The same two issues, one moved on: the counts follow.
    jira.issues.unshift(...hidden);
    jira.issues[1]!.statusCategory = 'indeterminate';
    await actionsOf(READER);
    expect((await summary()).linkedActions.byKpi).toEqual({ [kpi.id]: { new: 1, indeterminate: 1, done: 0 } });
  });

  it('shows only the stored counts, and why, to a reader Jira refuses, one signed out, and when Jira is not set up; never searching where nothing can be found', async () => {
    const { raise, jira, kpi, actionsOf, summary, deps } = await rendered();
    await raise(EDITOR);
    const counts = { [kpi.id]: { new: 1, indeterminate: 0, done: 0 } };
    const version = (await summary()).version;
    jira.calls.length = 0;
    expect(await actionsOf(ANONYMOUS)).toEqual({ shown: 'counts', reason: 'signed-out', byKpi: counts, countedAt: null });
    expect(jira.calls).toEqual([]);
    jira.access = 'none';
    expect(await actionsOf(READER)).toEqual({ shown: 'counts', reason: 'no-access', byKpi: counts, countedAt: null });
    expect(jira.calls).toEqual(['searchLinkedActions']);
    // Jira's refusal is remembered: the next renders within a day ask nothing, the first after it asks again.
    expect(await actionsOf(READER)).toMatchObject({ shown: 'counts', reason: 'no-access' });
    expect(jira.calls).toEqual(['searchLinkedActions']);
    jira.access = 'full';
    deps.memory.clock.set(new Date(deps.memory.clock.now().getTime() + 23 * 3_600_000).toISOString());
    expect(await actionsOf(READER)).toMatchObject({ shown: 'counts', reason: 'no-access' });
    deps.memory.clock.set(new Date(deps.memory.clock.now().getTime() + 2 * 3_600_000).toISOString());
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues' });
    expect(jira.calls).toEqual(['searchLinkedActions', 'searchLinkedActions']);
    jira.calls.length = 0;
    deps.memory.jiraSite.record = { ...jiraSiteOf(provisioned(), deps.now()), defaultProjectId: null };
    expect(await actionsOf(READER)).toMatchObject({ shown: 'counts', reason: 'no-project', byKpi: counts });
    deps.memory.jiraSite.record = null;
    expect(await actionsOf(READER)).toMatchObject({ shown: 'counts', reason: 'not-connected', byKpi: counts });
    expect(jira.calls).toEqual([]);
    expect((await summary()).version).toBe(version);
  });

  it('still searches for a card whose chosen project was since removed: its issues stay in Jira', async () => {
    const { raise, jira, actionsOf, deps, card } = await rendered();
    await raise(EDITOR);
    const settings = (await deps.settings.get(card.id))!;
    await deps.settings.save({
      settings: { ...settings, jira: { ...settings.jira, projectId: '99999' } },
      expectedVersion: settings.version,
      savedBy: 'acc-editor',
      savedAt: deps.now(),
      audit: { schemaVersion: 1, id: 'y', cardId: card.id, at: deps.now(), actor: EDITOR, action: 'settings.saved', summary: '', data: {} },
    });
    jira.calls.length = 0;
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues' });
    expect(jira.calls).toEqual(['searchLinkedActions']);
  });

  it('shows the card with the stored counts when Jira fails, and says so in the log', async () => {
    const { raise, jira, actionsOf, logged, render } = await rendered();
    await raise(EDITOR);
    logged.length = 0;
    jira.failures.searchLinkedActions.push(jiraDown());
    const shown = await render(READER);
    expect(shown.view?.card.content.kpis).toHaveLength(1);
    expect(shown.view?.actions).toMatchObject({ shown: 'counts', reason: 'unavailable' });
    expect(logged).toEqual([[expect.stringContaining('Could not search Jira'), expect.objectContaining({ code: 'INTERNAL' })]]);
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues' });
  });

  it('says "more in Jira" past 50 issues and keeps the counts as they were: the search did not see them all', async () => {
    const { raise, actionsOf, summary, kpi } = await rendered();
    for (let index = 0; index < 51; index += 1) await raise(EDITOR, { summary: `Action ${index}` });
    const version = (await summary()).version;
    const actions = await actionsOf(READER);
    expect(actions).toMatchObject({ shown: 'issues', more: true });
    if (actions?.shown !== 'issues') throw new Error('no issues shown');
    expect(actions.byKpi[kpi.id]).toHaveLength(50);
    expect((await summary()).version).toBe(version);
  });

  it('keeps an issue whose link failed, asks an editor (not a reader) to repair it, and the repair links it and forgets it', async () => {
    const { raise, jira, actionsOf, summary, useCases, context, card, kpi, deps } = await rendered();
    jira.failures.addRemoteLink.push(jiraDown(), jiraDown());
    const raised = await raise(OWNER);
    expect(raised.linked).toBe(false);
    expect((await summary()).linkedActions).toMatchObject({ byKpi: { [kpi.id]: { new: 1 } }, unlinked: [{ issueId: raised.issue.id, issueKey: 'QMS-1', kpiId: kpi.id }] });
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues', repairLinks: false });
    expect(await actionsOf(EDITOR)).toMatchObject({ shown: 'issues', repairLinks: true });
    await expect(useCases.actions.repairLinks(context(READER), { cardId: card.id })).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'edit' });
    expect(jira.issues[0]!.remoteLinks).toEqual([]);

    jira.calls.length = 0;
    expect(await useCases.actions.repairLinks(context(EDITOR), { cardId: card.id })).toEqual({ repaired: ['QMS-1'], remaining: [] });
    expect(jira.calls).toEqual(['addRemoteLink']);
    expect(jira.issues[0]!.remoteLinks).toEqual([{ globalId: 'process-cards:page=65537', url: SITE.pageUrl, title: card.content.title, summary: kpi.name }]);
    expect((await summary()).linkedActions.unlinked).toEqual([]);
    const [entry] = (await deps.audit.list(card.id)).items.filter((item) => item.action === 'action.links-repaired');
    expect(entry).toMatchObject({ actor: EDITOR, data: { issueKeys: ['QMS-1'] } });
    expect(await actionsOf(EDITOR)).toMatchObject({ repairLinks: false });
    // Nothing left: a second repair asks Jira nothing.
    jira.calls.length = 0;
    expect(await useCases.actions.repairLinks(context(EDITOR), { cardId: card.id })).toEqual({ repaired: [], remaining: [] });
    expect(jira.calls).toEqual([]);
  });

  it('asks Confluence once for the page and once for the reader’s groups when the repair needs them, within the first render’s 2 calls', async () => {
    const { raise, jira, actionsOf, deps, card, kpi } = await rendered();
    jira.failures.addRemoteLink.push(jiraDown(), jiraDown());
    await raise(EDITOR);
    // The process owner and the KPI's owner are groups: telling whether a reader holds them takes the reader's groups.
    const settings = (await deps.settings.get(card.id))!;
    const group = { people: [], groups: [{ groupId: 'g-quality', name: 'Quality' }] };
    await deps.settings.save({
      settings: { ...settings, roleMapping: { [card.content.responsibility.ownerRoleId!]: group, [kpi.ownerRoleId!]: group } },
      expectedVersion: settings.version,
      savedBy: 'acc-editor',
      savedAt: deps.now(),
      audit: { schemaVersion: 1, id: 'groups', cardId: card.id, at: deps.now(), actor: EDITOR, action: 'roles.mapped', summary: '', data: {} },
    });
    const pageAccess = jest.spyOn(deps.permissions, 'pageAccess');
    const groupsOf = jest.spyOn(deps.directory, 'groupsOf');
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues', repairLinks: false });
    expect(pageAccess).toHaveBeenCalledTimes(1);
    expect(groupsOf).toHaveBeenCalledTimes(1);
  });

  it('keeps a link Jira still refuses for the next render', async () => {
    const { raise, jira, summary, useCases, context, card } = await rendered();
    jira.failures.addRemoteLink.push(jiraDown(), jiraDown(), jiraDown());
    await raise(EDITOR);
    expect(await useCases.actions.repairLinks(context(EDITOR), { cardId: card.id })).toEqual({ repaired: [], remaining: ['QMS-1'] });
    expect((await summary()).linkedActions.unlinked).toHaveLength(1);
  });

  it('asks Jira nothing for an export, which shows the card alone', async () => {
    const { raise, jira, deps, context, card } = await rendered();
    await raise(EDITOR);
    jira.calls.length = 0;
    const exported = await createExportMacroCard(deps)(context(EDITOR, { configCardId: card.id }));
    expect(JSON.stringify(exported)).toContain(card.content.title);
    expect(jira.calls).toEqual([]);
  });
});

describe('counts retaken from a reader’s complete search', () => {
  it('track the issues as the search saw them, so a late older event is ignored and the next one moves the right count', async () => {
    const { raise, jira, actionsOf, summary, kpi, deps } = await rendered();
    await raise(EDITOR);
    jira.issues[0]!.statusCategory = 'indeterminate';
    deps.memory.clock.set('2026-04-05T08:00:00.000Z');
    await actionsOf(READER);
    const digest = (await summary()).linkedActions;
    const issueId = jira.issues[0]!.id;
    expect(digest.byKpi[kpi.id]).toEqual({ new: 0, indeterminate: 1, done: 0 });
    expect(digest.issues[issueId]).toMatchObject({ kpiId: kpi.id, statusCategory: 'indeterminate', changedAt: Date.parse('2026-04-05T08:00:00.000Z') });
    const change = { issueId, kpiId: kpi.id, resolution: null };
    expect(applyIssueStatus(digest, { ...change, statusCategory: 'indeterminate', changedAt: Date.parse('2026-04-05T07:59:00.000Z') })).toBeNull();
    expect(applyIssueStatus(digest, { ...change, statusCategory: 'done', changedAt: Date.parse('2026-04-05T09:00:00.000Z') })?.byKpi[kpi.id]).toEqual({ new: 0, indeterminate: 0, done: 1 });
  });

  it('are left to the next render when this one wrote already (its config observed): ≤ 3 storage requests', async () => {
    const setup = await actionSetup();
    const { raise, jira, deps, useCases, context, card } = setup;
    await raise(EDITOR);
    jira.issues[0]!.statusCategory = 'done';
    const writeSummary = jest.spyOn(deps.measurements, 'writeSummary');
    const render = () => useCases.getCardForMacro(context(READER, { configCardId: card.id }));
    expect((await render()).view?.actions).toMatchObject({ shown: 'issues' });
    expect(writeSummary).not.toHaveBeenCalled();
    await render();
    expect(writeSummary).toHaveBeenCalledTimes(1);
  });

  const c = (open: number, progress: number, done: number) => ({ new: open, indeterminate: progress, done });

  it('takes each KPI’s counts only where the reader saw as many of its issues as are counted', () => {
    // A reader who may browse only another project's issues sees KPI B's, never counted, and none of A's.
    expect(retakenCounts({ B: c(2, 0, 0) }, { A: c(2, 0, 0) })).toEqual({ A: c(2, 0, 0), B: c(2, 0, 0) });
    expect(retakenCounts({ A: c(0, 1, 1) }, { A: c(2, 0, 0) })).toEqual({ A: c(0, 1, 1) });
    expect(retakenCounts({ A: c(1, 0, 0) }, { A: c(2, 0, 0), B: c(1, 0, 0) })).toBeNull();
    expect(retakenCounts({ A: c(2, 0, 0) }, { A: c(2, 0, 0) })).toBeNull();
    expect(retakenCounts({}, {})).toBeNull();
  });

  it('writes once on the first render and leaves a summary written meanwhile as it is', async () => {
    const { raise, jira, actionsOf, deps } = await rendered();
    await raise(EDITOR);
    jira.issues[0]!.statusCategory = 'done';
    const writeSummary = jest.spyOn(deps.measurements, 'writeSummary').mockRejectedValueOnce(new AppError('CONFLICT', 'changed', [], { reason: 'measurement-changed' }));
    const getSummary = jest.spyOn(deps.measurements, 'getSummary');
    expect(await actionsOf(READER)).toMatchObject({ shown: 'issues' });
    expect(writeSummary).toHaveBeenCalledTimes(1);
    // The one read is the render's batch (the memory reader reads the summary there): no re-read after the conflict.
    expect(getSummary).toHaveBeenCalledTimes(1);
  });
});
