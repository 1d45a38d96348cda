import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { kvs } from '@forge/kvs';
import type { ImportCardResult } from '../../src/contracts/resolver-contracts';
import { installWorkbenchClock } from '../../workbench/runtime/workbench-clock';
import { readSummary, SUMMARY_ENTITY } from '../../src/adapters/forge/measurement-entities';
import { EDITOR, importPayload, startHandlerHarness } from './forge-handler-harness';

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
});
