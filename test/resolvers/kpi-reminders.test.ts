import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { ImportCardResult } from '../../src/contracts/resolver-contracts';
import { installWorkbenchClock } from '../../workbench/runtime/workbench-clock';
import { readSummary, SUMMARY_ENTITY } from '../../src/adapters/forge/measurement-entities';
import { EDITOR, importPayload, startHandlerHarness } from './forge-handler-harness';
import { ForgeCardSettingsStore } from '../../src/adapters/forge/forge-card-settings-store';
import { ForgeJiraSiteStore } from '../../src/adapters/forge/forge-jira-site-store';
import { ForgeCardStore } from '../../src/adapters/forge/forge-card-store';
import { emptySettings } from '../../src/core/settings/card-settings';
import { fromIssueProperty } from '../../src/core/capa/action-property';
import { ACTION_PROPERTY_KEY } from '../../src/core/capa/ca-record';
import { JIRA_DEFAULTS } from '../../workbench/runtime';
import { assertRequestsConform, checkScopeCoverage } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');

describe('the daily reminder run through the manifest’s scheduled trigger, queue and consumer', () => {
  let clock: ReturnType<typeof installWorkbenchClock>;
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    clock = installWorkbenchClock({ startAt: '2026-03-05T09:00:00.000Z' });
    harness = startHandlerHarness({ now: () => Date.now() });
  });
  afterEach(() => {
    harness.close();
    clock.uninstall();
  });

  const importCard = async (localId: string) => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR, localId });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    const kpiId = card.content.kpis[0]!.id;
    const recorded = await harness.call('kpi/record', { cardId: card.id, kpiId, period: { key: '2026-01' }, value: 97, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR, localId });
    if (!recorded.ok) throw new Error('not recorded');
    return { cardId: card.id, kpiId };
  };
  const summaryOf = async (cardId: string) => readSummary(await kvs.entity(SUMMARY_ENTITY).get(cardId));

  it('gives an imported card its KPI summary at once, so the daily run reminds of its first values too', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR, localId: 'm-9' });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    const summary = await summaryOf(card.id);
    expect(Object.keys(summary.kpis).sort()).toEqual(card.content.kpis.map((kpi) => kpi.id).sort());
    expect(summary.kpis[card.content.kpis[0]!.id]).toMatchObject({ status: 'no-data', due: { periodKey: '2026-02', state: 'due' } });
  });

  it('enqueues every card, and the consumer marks February overdue once, however often its event is delivered', async () => {
    const cards = [await importCard('m-1'), await importCard('m-2')];
    expect((await summaryOf(cards[0]!.cardId)).kpis[cards[0]!.kpiId]?.due).toMatchObject({ periodKey: '2026-02', state: 'due' });

    clock.set('2026-03-12T06:00:00.000Z');
    harness.runtime.reset();
    const run = await harness.runtime.scheduledTriggers.run('kpi-reminders');
    expect(run).toMatchObject({ outcome: 'success' });
    expect(harness.runtime.queues.pushes).toHaveLength(1);
    expect(harness.runtime.queues.pushedEvents()).toHaveLength(1);
    const report = await harness.runtime.queues.drain({ redeliver: 'all' });
    expect(report).toMatchObject({ failed: 0 });
    expect(report.delivered).toBe(2);

    for (const { cardId, kpiId } of cards) {
      const summary = await summaryOf(cardId);
      expect(summary.kpis[kpiId]).toMatchObject({ status: 'overdue', due: { periodKey: '2026-02', state: 'overdue' } });
      expect(summary.remindersRunDate).toBe('2026-03-12');
    }
    // The redelivered event found today's mark and wrote nothing: one entry per card.
    const entries = await kvs.entity('audit-entry').query().index('by-card', { partition: [cards[0]!.cardId] }).limit(20).getMany();
    expect(entries.results.filter((entry) => (entry.value as { action: string }).action === 'kpi.due-changed')).toHaveLength(1);
  });

  it('raises a corrective action as the app for a card that raises them automatically, once however often the event is delivered', async () => {
    clock.set('2026-04-05T09:00:00.000Z');
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR, localId: 'm-auto' });
    if (!imported.ok) throw new Error(imported.error.message);
    const card = imported.data.view.card;
    const kpi = card.content.kpis[0]!;
    for (const [period, value] of [['2026-01', 80], ['2026-02', 85], ['2026-03', 90]] as const) {
      const recorded = await harness.call('kpi/record', { cardId: card.id, kpiId: kpi.id, period: { key: period }, value, comment: '', expectedRevision: 0, requestId: randomUUID() }, { accountId: EDITOR, localId: 'm-auto' });
      if (!recorded.ok) throw new Error('not recorded');
    }
    await harness.runtime.runInvocation(undefined, async () => {
      const ownerRoleId = (await new ForgeCardStore({ error: () => undefined }).get(card.id))!.content.responsibility.ownerRoleId!;
      const settings = (await new ForgeCardSettingsStore().get(card.id)) ?? emptySettings(card.id);
      await new ForgeCardSettingsStore().save({
        settings: { ...settings, roleMapping: { [ownerRoleId]: { people: [{ accountId: EDITOR, name: 'Editor' }], groups: [] } }, jira: { projectId: null, autoRaise: true } },
        expectedVersion: settings.version,
        savedBy: EDITOR,
        savedAt: new Date().toISOString(),
        audit: { schemaVersion: 1, id: 'settings-1', cardId: card.id, at: new Date().toISOString(), actor: { kind: 'user', accountId: EDITOR }, action: 'settings.saved', summary: '', data: {} },
      });
      // Storage's copy of a set-up whose corrective actions go to QMS as its Task type (the stand-in's project has it).
      await new ForgeJiraSiteStore().put({ schemaVersion: 1, projects: [{ id: '10000', key: 'QMS' }], defaultProjectId: '10000', issueTypes: { 'corrective-action': JIRA_DEFAULTS.TASK_TYPE_ID, improvement: null }, updatedAt: new Date().toISOString() });
    });

    clock.set('2026-04-06T06:00:00.000Z');
    harness.runtime.reset();
    expect(await harness.runtime.scheduledTriggers.run('kpi-reminders')).toMatchObject({ outcome: 'success' });
    expect(await harness.runtime.queues.drain({ redeliver: 'all' })).toMatchObject({ failed: 0, delivered: 2 });

    const made = harness.jira.site.project('QMS')!.issues.filter((issue) => issue.properties.has(ACTION_PROPERTY_KEY));
    expect(made).toHaveLength(1);
    expect(made[0]!.reporter).toBe(EDITOR);
    expect(fromIssueProperty(made[0]!.properties.get(ACTION_PROPERTY_KEY))).toMatchObject({ source: 'kpi-breach', breachId: expect.stringMatching(/^breach-/), link: { cardId: card.id, kpiId: kpi.id } });
    const jiraRequests = harness.runtime.productRequests.filter((request) => request.path.startsWith('/rest/api/3/'));
    // The first delivery creates (as the app); the redelivery finds the breach's claim and asks Jira nothing.
    expect(jiraRequests.map((request) => `${request.provider} ${request.method} ${request.path}`)).toEqual(['app POST /rest/api/3/issue']);
    const recorded = jiraRequests.map((request) => ({ ...request, remote: 'jira' as const }));
    assertRequestsConform(recorded);
    expect(checkScopeCoverage(readManifestScopes(), recorded, []).uncovered).toEqual([]);
    expect((await summaryOf(card.id)).linkedActions).toMatchObject({ byKpi: { [kpi.id]: { new: 1 } }, unlinked: [{ issueKey: made[0]!.key }] });
    const entries = await kvs.entity('audit-entry').query().index('by-card', { partition: [card.id] }).limit(50).getMany();
    expect(entries.results.filter((entry) => (entry.value as { action: string }).action === 'action.auto-raised')).toHaveLength(1);
  });
});
